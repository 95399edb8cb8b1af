import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SandboxEngine } from '../sandbox/engine/SandboxEngine';
import { createSandboxServer } from '../sandbox/http/server';
import { Workspace } from '../sandbox/workspace/Workspace';
import { AccessorTimeline } from './accessorTimeline';
import { TimedGateway } from './timedGateway';
import { WorkspaceTimer } from './workspaceTimer';

/**
 * The sandbox composed in this process as sandbox/main.ts composes it — workspace, real Apps-Engine, REST server on
 * 127.0.0.1 — but with the engine behind a TimedGateway, its bridges' workspace behind a WorkspaceTimer, and the app's accessor calls
 * on an AccessorTimeline. The engine enforces the app's declared permissions (it is never started with
 * grantAllPermissions), as Rocket.Chat does.
 */
export class BenchSandbox {
	private constructor(
		readonly workspace: Workspace,
		readonly engine: SandboxEngine,
		readonly gateway: TimedGateway,
		/** Times the workspace operations the engine's bridges run. */
		readonly hostTimer: WorkspaceTimer,
		/** When each accessor call started and ended at the host. */
		readonly timeline: AccessorTimeline,
		private readonly server: Server,
		readonly baseUrl: string,
		/** Captured at start: after stop() the engine no longer knows it. */
		readonly appProcessPid: number,
	) {}

	/** `seed` fills the workspace before the engine boots, so the app starts against the full workspace. */
	static async start(appZip: string, seed: (workspace: Workspace) => void): Promise<BenchSandbox> {
		const workspace = new Workspace();
		const admin = workspace.createUser({ username: 'bench-admin', roles: ['admin', 'user'] });
		seed(workspace);
		const hostTimer = new WorkspaceTimer(workspace);
		const engine = await SandboxEngine.start({ workspace: hostTimer.workspace, appZip, installerId: admin._id });
		const gateway = new TimedGateway(engine);
		const server = createSandboxServer({ workspace, apps: gateway });
		try {
			await new Promise<void>((resolve, reject) => {
				server.once('error', reject);
				server.listen(0, '127.0.0.1', () => resolve());
			});
			const pid = engine.appProcessPid();
			if (pid === undefined) {
				throw new Error("the app's Deno subprocess is not running after start");
			}
			const { port } = server.address() as AddressInfo;
			const timeline = AccessorTimeline.attach(engine.appId);
			return new BenchSandbox(workspace, engine, gateway, hostTimer, timeline, server, `http://127.0.0.1:${port}`, pid);
		} catch (error) {
			server.close();
			await engine.stop();
			throw error;
		}
	}

	/** Closes the server and stops the engine; resolves once the app's Deno subprocess has exited. */
	async stop(): Promise<void> {
		this.server.close();
		this.server.closeAllConnections();
		await this.engine.stop();
	}
}
