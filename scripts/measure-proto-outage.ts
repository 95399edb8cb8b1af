// `npm run measure:proto-outage`: what one authenticated request whose body has a `__proto__` key does to the app on
// the sandbox's engine. It sends that request, then a harmless groups.leave every second, and prints when each was
// answered and how — so the README's outage figures come from a run, not from reading. A script, not a test: it
// takes up to two minutes and its figures are timings.
import { request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import { SandboxEngine, Workspace, createSandboxServer } from 'rocketchat-apps-sandbox';

import { packagedApp } from './packagedApp';

const OBSERVE_MS = 120_000;
const PROBE_EVERY_MS = 1_000;
const CLIENT_TIMEOUT_MS = 60_000;

interface Answer {
	sentAtMs: number;
	tookMs: number;
	status: number | 'no answer';
	text: string;
}

async function main(): Promise<void> {
	const appZip = packagedApp(resolve(__dirname, '..'));
	const workspace = new Workspace();
	const admin = workspace.createUser({ username: 'admin', roles: ['admin', 'user'] });
	const caller = workspace.createUser({ username: 'caller', roles: ['user'] });
	const headers = { 'content-type': 'application/json', 'x-user-id': caller._id, 'x-auth-token': workspace.issueLoginToken(caller._id) };
	// Without the sandbox's fail-fast guard: requests meet the engine exactly as on a Rocket.Chat server.
	const engine = await SandboxEngine.start({ workspace, appZip, installerId: admin._id, failFastWhenDown: false });
	const server: Server = createSandboxServer({ workspace, apps: engine });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const leaveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/apps/public/${engine.appId}/groups.leave`;
	const started = performance.now();

	const send = (body: string): Promise<Answer> =>
		new Promise((done) => {
			const sentAtMs = performance.now() - started;
			const answer = (status: Answer['status'], text: string): void => done({ sentAtMs, tookMs: performance.now() - started - sentAtMs, status, text });
			const outgoing = httpRequest(leaveUrl, { method: 'POST', headers, timeout: CLIENT_TIMEOUT_MS }, (response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () => answer(response.statusCode ?? 0, text));
			});
			outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${CLIENT_TIMEOUT_MS / 1000} s`)));
			outgoing.on('error', (error) => answer('no answer', error.message));
			outgoing.end(body);
		});
	// The app's own answer to a room that does not exist: what a working app says.
	const probeBody = JSON.stringify({ roomName: 'no-such-group' });
	const isAppAnswer = (answer: Answer): boolean => answer.status === 400 && answer.text.includes('error-room-not-found');

	try {
		const before = await send(probeBody);
		console.log(`Apps-Engine ${engine.engineVersion}; the app answers in ${before.tookMs.toFixed(1)} ms (${before.status})`);
		const pidBefore = engine.appProcessPid();
		// The engine logs every timed-out request with its stack; the first line of each is kept for the summary.
		const engineErrors: string[] = [];
		const consoleError = console.error;
		console.error = (...parts: unknown[]) => engineErrors.push(String(parts[0]).split('\n')[0]);
		const hostile = send(JSON.stringify({ roomName: 'no-such-group' }).replace('{', '{"__proto__":{},'));
		const probes: Array<Promise<Answer>> = [];
		let backAt: number | undefined;
		while (performance.now() - started < OBSERVE_MS && backAt === undefined) {
			await new Promise((wait) => setTimeout(wait, PROBE_EVERY_MS));
			const probe = send(probeBody);
			probes.push(probe);
			// Back: a probe answered by the app at once, not one that waited out a hang.
			void probe.then((answer) => {
				if (backAt === undefined && isAppAnswer(answer) && answer.tookMs < PROBE_EVERY_MS) {
					backAt = answer.sentAtMs;
				}
			});
		}
		const answers = [await hostile, ...(await Promise.all(probes))];
		console.error = consoleError;
		for (const [index, answer] of answers.entries()) {
			const what = index === 0 ? 'the __proto__ request' : `probe ${index}`;
			const text = answer.text.replace(/\s+/g, ' ').slice(0, 70);
			console.log(
				`${what.padEnd(22)} sent at ${(answer.sentAtMs / 1000).toFixed(1)} s, answered after ${(answer.tookMs / 1000).toFixed(1)} s: ${answer.status} ${text}`,
			);
		}
		console.log(`The engine logged ${engineErrors.length} errors${engineErrors.length > 0 ? `, the first: ${engineErrors[0]}` : ''}`);
		const pidAfter = engine.appProcessPid();
		const runtime = pidAfter === undefined ? 'no runtime' : pidAfter === pidBefore ? 'the same runtime' : 'a new runtime';
		console.log(
			backAt === undefined
				? `The app did not answer again within ${OBSERVE_MS / 1000} s (${runtime}).`
				: `The app answered again from ${(backAt / 1000).toFixed(1)} s after the request (${runtime}).`,
		);
	} finally {
		server.closeAllConnections();
		server.close();
		await engine.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
