// The server the end-to-end suite talks to: a real Rocket.Chat with the app installed when RC_URL, ADMIN_USERNAME and
// ADMIN_PASS are set, otherwise a sandbox started for the test file. Everything after this point is plain HTTP.
import fs from 'node:fs';
import path from 'node:path';

import { HttpClient } from './httpClient';
import { login, type RestSession } from './restSession';
import { startSandbox, type SandboxOptions, type SandboxProcess } from './sandboxProcess';

export interface Target {
	kind: 'sandbox' | 'server';
	http: HttpClient;
	admin: RestSession;
	/** The app's id, from app.json: the one installed on the server and hosted by the sandbox. */
	appId: string;
	/** Path of the app's leave endpoint. */
	leavePath: string;
	sandbox?: SandboxProcess;
	stop(): Promise<void>;
}

/** True when the suite targets a real Rocket.Chat server; known before any test runs, so describe names can say so. */
export const targetsRealServer = Boolean(process.env.RC_URL);

function appId(): string {
	const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../app.json'), 'utf8')) as { id: string };
	return manifest.id;
}

export interface TargetOptions extends SandboxOptions {
	/** Always start a sandbox, even when RC_URL is set (the robustness suite needs the sandbox's process and routes). */
	sandboxOnly?: boolean;
	/** Sockets kept per client: enough for the concurrency a test uses. */
	maxSockets?: number;
}

export async function startTarget(options: TargetOptions = {}): Promise<Target> {
	const id = appId();
	const leavePath = `/api/apps/public/${id}/groups.leave`;
	const { RC_URL, ADMIN_USERNAME, ADMIN_PASS } = process.env;
	if (RC_URL && !options.sandboxOnly) {
		if (!ADMIN_USERNAME || !ADMIN_PASS) {
			throw new Error('RC_URL is set: ADMIN_USERNAME and ADMIN_PASS must name an admin of that server');
		}
		const http = new HttpClient(RC_URL, 30_000, options.maxSockets);
		const admin = await login(http, ADMIN_USERNAME, ADMIN_PASS);
		return { kind: 'server', http, admin, appId: id, leavePath, stop: async () => http.close() };
	}
	const sandbox = await startSandbox(options);
	const http = new HttpClient(sandbox.url, 30_000, options.maxSockets);
	try {
		const admin = await login(http, sandbox.adminUsername, sandbox.adminPassword);
		return {
			kind: 'sandbox',
			http,
			admin,
			appId: id,
			leavePath,
			sandbox,
			async stop() {
				http.close();
				await sandbox.stop();
			},
		};
	} catch (error) {
		http.close();
		await sandbox.stop();
		throw error;
	}
}
