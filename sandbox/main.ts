// The sandbox's command line: builds the workspace (admin account from ADMIN_USERNAME / ADMIN_PASS / ADMIN_EMAIL, demo
// content unless --empty, the server setting Language from OVERWRITE_SETTING_Language as Rocket.Chat's container takes
// it), hosts the app zip given with --app in the real Apps-Engine (or none with --no-app, for `rc-apps deploy` to
// install one), and serves Rocket.Chat's REST slice on BIND_IP:PORT. Ctrl-C / SIGTERM stop it cleanly.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';

import { SandboxEngine } from './engine/SandboxEngine';
import { createSandboxServer } from './http/server';
import { buildWebPage } from './web/build';
import { Workspace } from './workspace/Workspace';
import { type DemoWorkspace, seedDemo } from './workspace/demoSeed';
import type { WorkspaceUser } from './workspace/records';
import { LANGUAGE_SETTING_ID } from './workspace/serverSettings';

// After a crash of the app's subprocess the engine's unload can hang; the sandbox must still exit, Deno child included.
const STOP_DEADLINE_MS = 8_000;

interface Options {
	empty: boolean;
	/** undefined: --no-app, the engine starts with no app installed. */
	appZip?: string;
	/** Rocket.Chat's DISABLE_PRIVATE_APP_INSTALLATION: refuse app uploads. */
	disablePrivateAppInstallation: boolean;
	bindIp: string;
	port: number;
	adminUsername: string;
	adminPassword?: string;
	adminEmail: string;
	/** The workspace's default language (server setting Language); the workspace's own default when not given. */
	language?: string;
}

function readOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
	const appFlag = argv.indexOf('--app');
	const noApp = argv.includes('--no-app');
	if (noApp && appFlag !== -1) {
		throw new Error('--app and --no-app exclude each other');
	}
	if (!noApp && (appFlag === -1 || !argv[appFlag + 1])) {
		throw new Error('--app <zip> names the app to host (a zip from rc-apps package), or --no-app starts with none');
	}
	const port = Number(env.PORT ?? '3000');
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`PORT must be a port number (0 for any free port), not ${env.PORT}`);
	}
	const adminUsername = env.ADMIN_USERNAME || 'admin';
	// Rocket.Chat sets a setting's value at start from OVERWRITE_SETTING_<id>; an empty variable changes nothing.
	const language = env[`OVERWRITE_SETTING_${LANGUAGE_SETTING_ID}`];
	return {
		empty: argv.includes('--empty'),
		// npm runs a workspace's script in the workspace's folder; INIT_CWD is where the command was typed.
		...(noApp ? {} : { appZip: resolve(env.INIT_CWD ?? process.cwd(), argv[appFlag + 1]) }),
		// Read as Rocket.Chat reads it: "true" or "yes", in any case.
		disablePrivateAppInstallation: ['yes', 'true'].includes(String(env.DISABLE_PRIVATE_APP_INSTALLATION).toLowerCase()),
		bindIp: env.BIND_IP || '127.0.0.1',
		port,
		adminUsername,
		...(env.ADMIN_PASS ? { adminPassword: env.ADMIN_PASS } : {}),
		adminEmail: env.ADMIN_EMAIL || `${adminUsername}@sandbox.invalid`,
		...(language ? { language } : {}),
	};
}

function createAdmin(workspace: Workspace, options: Options): { admin: WorkspaceUser; password: string; generated: boolean } {
	const password = options.adminPassword ?? randomBytes(9).toString('base64url');
	const admin = workspace.createUser({
		username: options.adminUsername,
		name: 'Administrator',
		email: options.adminEmail,
		password,
		roles: ['admin', 'user'],
	});
	return { admin, password, generated: options.adminPassword === undefined };
}

function jsonArg(value: Record<string, string>): string {
	return `'${JSON.stringify(value)}'`;
}

function printBanner(
	url: string,
	engine: SandboxEngine,
	options: Options,
	admin: ReturnType<typeof createAdmin>,
	demo: DemoWorkspace | undefined,
	workspace: Workspace,
): void {
	const app = engine.appSummary();
	const zip = options.appZip;
	const language = String(workspace.findSettingById(LANGUAGE_SETTING_ID)?.value ?? '');
	const lines = [
		'',
		`Rocket.Chat apps sandbox: a slice of Rocket.Chat's REST API, the app in the real Apps-Engine ${engine.engineVersion}.`,
		app && zip
			? `  App:   ${app.name} ${app.version}, ${relative(process.cwd(), zip) || zip}  (app id ${engine.appId})`
			: `  App:   none installed (--no-app). Deploy one as to Rocket.Chat, from the app's folder: rc-apps deploy --url ${url} -u ${admin.admin.username} -p <password>`,
		`  Admin: ${admin.admin.username} / ${admin.password}${admin.generated ? '   (generated; set ADMIN_PASS to choose it)' : ''}`,
		`  Workspace language: ${language || "'' (Rocket.Chat's default: users without a preference get English)"}   (server setting Language; set OVERWRITE_SETTING_Language to change it)`,
	];
	if (options.disablePrivateAppInstallation) {
		lines.push('  App uploads are refused (DISABLE_PRIVATE_APP_INSTALLATION), as Rocket.Chat refuses them');
	}
	if (demo) {
		lines.push('  Demo users (username / password):');
		for (const { user, password } of demo.accounts) {
			lines.push(`    ${user.username} / ${password}`);
		}
		lines.push(
			'  Demo rooms:',
			'    demo-team     private group; alice is its only owner, bob and carol are members',
			'    demo-project  private group; bob and carol are both owners, dave is a member',
			'    demo-lobby    public channel, and a DM between alice and bob',
		);
	}
	// Printed with a token issued now, so that the curls work when pasted as they are.
	const caller = demo?.accounts.find(({ user }) => user.username === 'bob') ?? { user: admin.admin, password: admin.password };
	const headers = `-H 'Content-Type: application/json' -H 'X-User-Id: ${caller.user._id}' -H 'X-Auth-Token: ${workspace.issueLoginToken(caller.user._id)}'`;
	lines.push(
		'',
		'Log in:',
		`  curl -s -X POST ${url}/api/v1/login -H 'Content-Type: application/json' -d ${jsonArg({ user: caller.user.username, password: caller.password })}`,
	);
	if (app && app.slashCommands.length > 0) {
		lines.push(`The app's slash commands: ${app.slashCommands.map((command) => `/${command}`).join(', ')}`);
		if (demo) {
			lines.push(`Run /${app.slashCommands[0]} in demo-team (as ${caller.user.username}):`);
			lines.push(
				`  curl -s -X POST ${url}/api/v1/commands.run ${headers} -d ${jsonArg({ command: app.slashCommands[0], params: '', roomId: demo.soleOwnerGroup._id })}`,
			);
		}
	}
	if (app && app.endpoints.length > 0) {
		lines.push(`The app's endpoints (as ${caller.user.username}, with a token issued at start):`);
		lines.push(...app.endpoints.map((path) => `  curl -s -X POST ${url}/api/apps/public/${engine.appId}/${path} ${headers} -d '{}'`));
	}
	lines.push('', `The web page: ${url}/ (sign in as a demo user, or as the admin)`, `Sandbox listening on ${url}`);
	console.log(lines.join('\n'));
}

/** What a started sandbox gives whoever started it (the app's own start script prints its lines from it). */
export interface RunningSandbox {
	url: string;
	engine: SandboxEngine;
	workspace: Workspace;
	demo: DemoWorkspace | undefined;
}

/** Starts the sandbox as `rocketchat-apps-sandbox --app <zip> | --no-app [--empty]` would, and stops it on SIGINT/SIGTERM. */
export async function runSandbox(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunningSandbox> {
	const options = readOptions(argv, env);
	const zip = options.appZip;
	if (zip !== undefined && !existsSync(zip)) {
		throw new Error(`no app zip at ${zip}`);
	}
	const workspace = new Workspace();
	if (options.language !== undefined) {
		workspace.setSettingValue(LANGUAGE_SETTING_ID, options.language);
	}
	const admin = createAdmin(workspace, options);
	const demo = options.empty ? undefined : seedDemo(workspace, admin.admin);

	// The page is built at install; a checkout whose page sources changed since gets it rebuilt here (about a second).
	if (await buildWebPage()) {
		console.log('Built the web page (its sources changed since install).');
	}
	const engine = await SandboxEngine.start({ workspace, ...(zip === undefined ? {} : { appZip: zip }), installerId: admin.admin._id });
	const server = createSandboxServer({ workspace, apps: engine, disablePrivateAppInstallation: options.disablePrivateAppInstallation });

	let stopping = false;
	const stop = (signal: NodeJS.Signals): void => {
		if (stopping) {
			return;
		}
		stopping = true;
		console.log(`\n${signal}: stopping the sandbox`);
		server.close();
		server.closeAllConnections();
		setTimeout(() => {
			const pid = engine.appProcessPid();
			try {
				if (pid !== undefined) {
					process.kill(pid, 'SIGKILL');
				}
			} finally {
				console.error(
					`the engine did not stop within ${STOP_DEADLINE_MS} ms; ${pid === undefined ? 'no Deno child was left' : 'killed its Deno child'}`,
				);
				process.exit(1);
			}
		}, STOP_DEADLINE_MS).unref();
		engine.stop().then(
			() => process.exit(0),
			(error: unknown) => {
				console.error('the engine did not stop cleanly', error);
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);

	try {
		await new Promise<void>((resolveListen, rejectListen) => {
			server.once('error', rejectListen);
			server.listen(options.port, options.bindIp, () => resolveListen());
		});
	} catch (error) {
		await engine.stop();
		throw error;
	}
	const { address, port } = server.address() as AddressInfo;
	const host = address.includes(':') ? `[${address}]` : address;
	const url = `http://${host}:${port}`;
	printBanner(url, engine, options, admin, demo, workspace);
	return { url, engine, workspace, demo };
}

/** The command line: any failure to start is one line and exit code 1. */
export function startFromCommandLine(start: () => Promise<unknown>): void {
	start().catch((error: unknown) => {
		console.error(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	});
}

if (require.main === module) {
	startFromCommandLine(() => runSandbox(process.argv.slice(2)));
}
