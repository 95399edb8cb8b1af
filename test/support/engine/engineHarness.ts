import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SandboxEngine } from '../../../sandbox/engine/SandboxEngine';
import type { AppHttpResponse } from '../../../sandbox/http/AppsGateway';
import type { Workspace } from '../../../sandbox/workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../../sandbox/workspace/records';

// Integration tests host the packaged app in the real engine; these helpers keep each test short.

const root = join(__dirname, '..', '..', '..');

/** dist/<nameSlug>_<version>.zip, which `npm run package` writes (npm test packages before jest). */
export function packagedAppZip(): string {
	const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as { nameSlug: string; version: string };
	const zip = join(root, 'dist', `${app.nameSlug}_${app.version}.zip`);
	if (!existsSync(zip)) {
		throw new Error(`${zip} is missing: run \`npm run package\` first`);
	}
	return zip;
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

/** POST groups.leave to the app's endpoint as `user` (no user: as an unauthenticated caller). */
export function leaveThroughEndpoint(engine: SandboxEngine, user: WorkspaceUser | undefined, content: unknown): Promise<AppHttpResponse | undefined> {
	return engine.callApi(engine.appId, {
		method: 'post',
		path: 'groups.leave',
		headers: { 'content-type': 'application/json' },
		query: {},
		content,
		user,
	});
}

/** A private group owned by `owner` with `members`, in a workspace that already holds them. */
export function privateGroup(workspace: Workspace, name: string, owner: WorkspaceUser, members: WorkspaceUser[] = []): WorkspaceRoom {
	return workspace.createRoom({ t: 'p', name, creatorId: owner._id, memberIds: members.map((member) => member._id) });
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
