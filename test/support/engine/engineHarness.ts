import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SandboxEngine, type SandboxEngineOptions } from '../../../sandbox/engine/SandboxEngine';
import type { AppHttpResponse } from '../../../sandbox/http/AppsGateway';
import { Workspace } from '../../../sandbox/workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../../sandbox/workspace/records';

// Integration tests host the packaged app in the real engine; these helpers keep each test short.

const root = join(__dirname, '..', '..', '..');

function appManifest(): { nameSlug: string; version: string; permissions: Array<{ name: string }> } {
	return JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as ReturnType<typeof appManifest>;
}

/** dist/<nameSlug>_<version>.zip, which `npm run package` writes (npm test packages before jest). */
export function packagedAppZip(): string {
	const app = appManifest();
	const zip = join(root, 'dist', `${app.nameSlug}_${app.version}.zip`);
	if (!existsSync(zip)) {
		throw new Error(`${zip} is missing: run \`npm run package\` first`);
	}
	return zip;
}

/** The permissions app.json declares but `withheld`, which must be among them (withholding an undeclared one tests nothing). */
export function declaredPermissionsWithout(withheld: string): string[] {
	const declared = appManifest().permissions.map(({ name }) => name);
	if (!declared.includes(withheld)) {
		throw new Error(`app.json does not declare ${withheld}`);
	}
	return declared.filter((name) => name !== withheld);
}

export interface SandboxEngineHarness {
	/** A fresh workspace whose first user is the admin 'root', who installs the app. */
	workspace: Workspace;
	admin: WorkspaceUser;
	/** The engine hosting the packaged app; started in beforeAll, stopped in afterAll. */
	engine(): SandboxEngine;
	/** A new user with a unique username (roles default to ['user'], as in the workspace). */
	user(profile?: { roles?: string[]; language?: string }): WorkspaceUser;
	/** A unique room name. */
	groupName(): string;
	/** The arguments of every error line the app wrote to its log (Rocket.Chat's "View Logs"), oldest first. */
	loggedErrors(): Promise<unknown[][]>;
	/** The same for its warning lines. */
	loggedWarnings(): Promise<unknown[][]>;
}

/**
 * Registers, in the calling describe, a beforeAll that starts the packaged app in the real engine over a fresh
 * workspace and an afterAll that stops it (Deno subprocess included). `options` are passed to SandboxEngine.start.
 */
export function useSandboxEngine(options: Omit<SandboxEngineOptions, 'workspace' | 'appZip'> = {}): SandboxEngineHarness {
	const workspace = new Workspace();
	const admin = workspace.createUser({ username: 'root', roles: ['admin', 'user'] });
	let started: SandboxEngine | undefined;
	let serial = 0;

	beforeAll(async () => {
		started = await SandboxEngine.start({ ...options, workspace, appZip: packagedAppZip() });
	});

	afterAll(async () => {
		await started?.stop();
	});

	const engine = (): SandboxEngine => {
		if (started === undefined) {
			throw new Error('the engine is not started: use it inside a test or hook');
		}
		return started;
	};

	const loggedLines = async (severity: string) =>
		(await engine().logs.getEntriesFor(engine().appId)).flatMap((entry) =>
			entry.entries.filter((line) => line.severity === severity).map((line) => line.args),
		);
	return {
		workspace,
		admin,
		engine,
		user: ({ roles, language } = {}) => workspace.createUser({ username: `user${++serial}`, roles, language }),
		groupName: () => `group${++serial}`,
		loggedErrors: () => loggedLines('error'),
		loggedWarnings: () => loggedLines('warning'),
	};
}

/** The accessor calls the app made while `work` ran, by method, and their total. */
export async function accessorCallsDuring<T>(
	engine: SandboxEngine,
	work: () => Promise<T>,
): Promise<{ result: T; calls: Record<string, number>; total: number }> {
	const before = engine.accessorCalls();
	const result = await work();
	const calls: Record<string, number> = {};
	for (const [method, count] of Object.entries(engine.accessorCalls())) {
		const made = count - (before[method] ?? 0);
		if (made > 0) {
			calls[method] = made;
		}
	}
	return { result, calls, total: Object.values(calls).reduce((sum, count) => sum + count, 0) };
}

/** POST groups.leave to the app's endpoint as `user`, past Rocket.Chat's HTTP front (no user: as if a request reached it without one). */
export function leaveThroughEndpoint(engine: SandboxEngine, user: WorkspaceUser | undefined, content: unknown): Promise<AppHttpResponse> {
	return engine.executeApi(engine.appId, 'groups.leave', {
		method: 'post',
		headers: { 'content-type': 'application/json' },
		query: {},
		params: {},
		content,
		user,
	});
}

/** /leavegroup typed by `sender` in `room`, as Rocket.Chat runs it; false when no app provides the command. */
export function runLeavegroup(engine: SandboxEngine, sender: WorkspaceUser, room: WorkspaceRoom, params = ''): Promise<boolean> {
	return engine.runCommand({ command: 'leavegroup', params, senderId: sender._id, roomId: room._id });
}

/** A private group owned by `owner` with `members`, in a workspace that already holds them. */
export function privateGroup(workspace: Workspace, name: string, owner: WorkspaceUser, members: WorkspaceUser[] = []): WorkspaceRoom {
	return workspace.createRoom({ t: 'p', name, creatorId: owner._id, memberIds: members.map((member) => member._id) });
}

/**
 * What the hosted app told `user`, oldest first: its private (ephemeral) replies, and the messages its own user wrote
 * in their direct room — where a reply goes once the room it was typed in is gone from the user's client.
 */
export function toldTo(workspace: Workspace, user: WorkspaceUser): Array<{ rid: string; msg: string; direct: boolean }> {
	const appUsers = workspace.users().filter((candidate) => candidate.type === 'app');
	const direct = appUsers.flatMap((appUser) => {
		const room = workspace.findDirectRoom([appUser._id, user._id]);
		return room ? workspace.messagesOfRoom(room._id).filter((message) => message.u._id === appUser._id) : [];
	});
	return [
		...workspace.notificationsOf(user._id).map(({ rid, msg, ts }) => ({ rid, msg, ts, direct: false })),
		...direct.map(({ rid, msg, ts }) => ({ rid, msg, ts, direct: true })),
	]
		.sort((a, b) => a.ts.getTime() - b.ts.getTime())
		.map(({ rid, msg, direct: isDirect }) => ({ rid, msg, direct: isDirect }));
}

export function isMember(workspace: Workspace, room: WorkspaceRoom, user: WorkspaceUser): boolean {
	return workspace.findSubscription(room._id, user._id) !== undefined;
}

/** Whether a process with that pid still exists. */
export function processExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * The engine reports some failures with console.error, as they reach Rocket.Chat's server log. A test that provokes
 * one captures it with this, to assert it, instead of printing a stack trace in a passing run.
 */
export function captureConsoleErrors(): () => string[] {
	let spy: jest.SpyInstance | undefined;
	beforeEach(() => {
		spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
	});
	afterEach(() => spy?.mockRestore());
	return () => (spy?.mock.calls ?? []).map((args: unknown[]) => args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
}
