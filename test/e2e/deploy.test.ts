// The admin's install path, run for real: `npm start -- --empty --no-app` (a sandbox with no app), then
// `npm run deploy -- --url … -u admin -p …` (scripts/deploy.mjs, which runs the real rc-apps 1.9.0 deploy), then a
// group left through the deployed app; `--update` replaces it. The sandbox answers rc-apps as Rocket.Chat does
// (apps/meteor/ee/server/apps/communication/rest.ts): GET /api/info, login, GET /api/apps/:id, then the multipart upload.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { UserCreateParamsPOST } from '@rocket.chat/rest-typings';

import { HttpClient, jsonOf } from '../support/e2e/httpClient';
import { login, succeeds, type RestSession } from '../support/e2e/restSession';
import { startSandbox, type SandboxProcess } from '../support/e2e/sandboxProcess';

const repoRoot = path.resolve(__dirname, '../..');
const app = JSON.parse(fs.readFileSync(path.join(repoRoot, 'app.json'), 'utf8')) as { id: string; version: string };
const leavePath = `/api/apps/public/${app.id}/groups.leave`;

// Packaging, then rc-apps compiling and zipping again, takes 15–25 s here.
const DEPLOY_TIMEOUT_MS = 120_000;

interface DeployRun {
	code: number;
	output: string;
}

function deploy(sandbox: SandboxProcess, ...extra: string[]): Promise<DeployRun> {
	const args = ['scripts/deploy.mjs', '--url', sandbox.url, '-u', sandbox.adminUsername, '-p', sandbox.adminPassword, ...extra];
	return new Promise((resolve) => {
		execFile(process.execPath, args, { cwd: repoRoot, timeout: DEPLOY_TIMEOUT_MS, env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
			resolve({ code, output: `${stdout}${stderr}` });
		});
	});
}

/** A member of a new group leaves it through the deployed app's endpoint; answers the HTTP status. */
async function leaveThroughTheApp(http: HttpClient, admin: RestSession, name: string): Promise<number> {
	const member = { username: `${name}-member`, name, email: `${name}@example.com`, password: `${name}-Pass-1a` };
	await succeeds('users.create', admin.client.post('/v1/users.create', member as UserCreateParamsPOST));
	await succeeds('groups.create', admin.client.post('/v1/groups.create', { name, members: [member.username] }));
	const session = await login(http, member.username, member.password);
	const answer = await session.postRaw(leavePath, { roomName: name });
	return answer.status;
}

describe('npm run deploy (rc-apps deploy 1.9.0) into npm start -- --empty --no-app', () => {
	let sandbox: SandboxProcess;
	let http: HttpClient;
	let admin: RestSession;

	beforeAll(async () => {
		sandbox = await startSandbox({ args: ['--empty', '--no-app'] });
		http = new HttpClient(sandbox.url);
		admin = await login(http, sandbox.adminUsername, sandbox.adminPassword);
	}, 120_000);

	afterAll(async () => {
		http?.close();
		await sandbox?.stop();
	}, 30_000);

	it('starts with no app, and says how to deploy one', async () => {
		expect(sandbox.output()).toContain('App:   none installed (--no-app)');
		expect(sandbox.output()).toContain(`npm run deploy -- --url ${sandbox.url} -u ${sandbox.adminUsername} -p <password>`);
		const answer = await admin.getRaw(`/api/apps/${app.id}`);
		expect({ status: answer.status, body: jsonOf(answer) }).toEqual({
			status: 404,
			body: { success: false, error: `No App found by the id of: ${app.id}` },
		});
	});

	it(
		'installs the app, which then leaves a group',
		async () => {
			const run = await deploy(sandbox);
			expect(run).toEqual({ code: 0, output: expect.stringContaining('Uploading App') });
			expect(run.output).not.toContain('App already exists');

			// Read raw: rest-typings declares this GET as a union of two signatures, which its client resolves to `never`.
			const installed = await admin.getRaw(`/api/apps/${app.id}`);
			expect(jsonOf(installed).app).toMatchObject({ id: app.id, version: app.version, status: 'manually_enabled' });
			expect(await leaveThroughTheApp(http, admin, 'deployed-once')).toBe(200);
		},
		DEPLOY_TIMEOUT_MS,
	);

	it(
		'replaces it with --update, and the new one leaves a group too',
		async () => {
			const run = await deploy(sandbox, '--update');
			expect(run).toEqual({ code: 0, output: expect.stringContaining('App already exists - updating it.') });
			expect(await leaveThroughTheApp(http, admin, 'deployed-twice')).toBe(200);
			expect(await sandbox.crashReport()).toBeUndefined();
		},
		DEPLOY_TIMEOUT_MS,
	);
});

describe('npm run deploy into a sandbox started with DISABLE_PRIVATE_APP_INSTALLATION=true', () => {
	let sandbox: SandboxProcess;

	beforeAll(async () => {
		sandbox = await startSandbox({ args: ['--empty', '--no-app'], env: { DISABLE_PRIVATE_APP_INSTALLATION: 'true' } });
	}, 120_000);

	afterAll(async () => {
		await sandbox?.stop();
	}, 30_000);

	it(
		"fails with Rocket.Chat's refusal, and nothing is installed",
		async () => {
			const run = await deploy(sandbox);
			expect(run.code).not.toBe(0);
			expect(run.output).toContain('private_app_install_disabled');
			const http = new HttpClient(sandbox.url);
			try {
				const admin = await login(http, sandbox.adminUsername, sandbox.adminPassword);
				expect((await admin.getRaw(`/api/apps/${app.id}`)).status).toBe(404);
			} finally {
				http.close();
			}
		},
		DEPLOY_TIMEOUT_MS,
	);
});
