// Starts the sandbox as `npm start` does (scripts/start.ts) as a child process, and stops it.
// It runs under a NODE_ENV other than `test` so that the engine enforces the app's declared permissions (the engine grants
// every permission when NODE_ENV is `test`, which jest sets).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { descendantsOf, isAlive, type ProcessInfo } from './processTree';

const repoRoot = path.resolve(__dirname, '../../..');
const startTimeoutMs = 90_000;
const stopTimeoutMs = 15_000;
const descendantGraceMs = 3_000;
const listeningLine = /Sandbox listening on (http:\/\/\S+)/;

export interface SandboxProcess {
	url: string;
	pid: number;
	adminUsername: string;
	adminPassword: string;
	/** Everything the sandbox printed so far (stdout and stderr), for failure messages. */
	output(): string;
	/** How the sandbox exited without being asked to, and its last output; waits up to `waitMs` for such an exit. */
	crashReport(waitMs?: number): Promise<string | undefined>;
	/**
	 * SIGTERM (or `how.signal`, to the whole process group with `how.group`, as a terminal's Ctrl-C sends SIGINT), then
	 * waits for the exit; fails when the sandbox or any of its descendants (its Deno child) outlives it. Resolves to how
	 * long the exit took, in ms.
	 */
	stop(how?: { signal?: NodeJS.Signals; group?: boolean }): Promise<number>;
}

export interface SandboxOptions {
	/** Extra environment for the sandbox, e.g. the engine's APPS_ENGINE_RUNTIME_TIMEOUT. */
	env?: Record<string, string>;
	/** What follows `npm start --`; `--empty` (the admin alone) when not given. */
	args?: string[];
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) {
			resolve();
		} else {
			child.once('exit', () => resolve());
		}
	});
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<'timeout'>((resolve) => {
		timer = setTimeout(() => resolve('timeout'), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxProcess> {
	const adminUsername = 'admin';
	const adminPassword = `e2e-${randomBytes(12).toString('hex')}`;
	// `node --import tsx` is what `tsx scripts/start.ts` runs, minus tsx's wrapper process: the sandbox is then our
	// direct child, so signals reach it and its Deno child is its own child.
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...(options.args ?? ['--empty'])], {
		cwd: repoRoot,
		env: {
			...process.env,
			NODE_ENV: 'e2e',
			PORT: '0',
			BIND_IP: '127.0.0.1',
			ADMIN_USERNAME: adminUsername,
			ADMIN_PASS: adminPassword,
			...options.env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group, as a terminal gives a foreground job, so that a test can signal the group as Ctrl-C does.
		detached: true,
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const pid = child.pid;
	if (pid === undefined) {
		throw new Error('the sandbox process did not start');
	}

	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => fail(`did not print "Sandbox listening on …" within ${startTimeoutMs} ms`), startTimeoutMs);
		const onData = (): void => {
			const match = listeningLine.exec(output);
			if (match) {
				clearTimeout(timer);
				child.stdout?.off('data', onData);
				child.off('exit', onExit);
				resolve(match[1]);
			}
		};
		const onExit = (code: number | null, signal: NodeJS.Signals | null): void => fail(`exited (code ${code}, signal ${signal}) before listening`);
		function fail(reason: string): void {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(new Error(`sandbox ${reason}:\n${output.slice(-4000)}`));
		}
		child.stdout?.on('data', onData);
		child.once('exit', onExit);
	});

	// Remember every descendant seen (the Deno child is replaced when the engine restarts it): if the sandbox dies,
	// its children are re-parented and could no longer be found under it.
	const seen = new Map<number, ProcessInfo>();
	const remember = (): void => descendantsOf(pid).forEach((info) => seen.set(info.pid, info));
	remember();
	const watch = setInterval(remember, 500).unref();
	let stopping = false;
	let crash: string | undefined;
	child.once('exit', (code, signal) => {
		clearInterval(watch);
		if (!stopping) {
			crash = `the sandbox exited unexpectedly (code ${code}, signal ${signal}); its last output:\n${output.slice(-2000)}`;
		}
	});

	return {
		url,
		pid,
		adminUsername,
		adminPassword,
		output: () => output,
		async crashReport(waitMs = 0) {
			await within(exited(child), waitMs);
			return crash;
		},
		async stop(how = {}) {
			const crashed = crash !== undefined;
			stopping = true;
			remember();
			const descendants = [...seen.values()];
			const signal = how.signal ?? 'SIGTERM';
			const startedAt = Date.now();
			if (how.group) {
				process.kill(-pid, signal);
			} else {
				child.kill(signal);
			}
			const clean = (await within(exited(child), stopTimeoutMs)) !== 'timeout';
			const tookMs = Date.now() - startedAt;
			if (!clean) {
				child.kill('SIGKILL');
				await exited(child);
			}
			// Grandchildren (the engine's Deno and esbuild services) notice their parent's exit a moment later.
			const deadline = Date.now() + descendantGraceMs;
			while (descendants.some((info) => isAlive(info.pid)) && Date.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			const survivors = descendants.filter((info) => isAlive(info.pid));
			// Never leave a process behind, even when the sandbox failed to stop it; then report the failure.
			survivors.forEach((info) => process.kill(info.pid, 'SIGKILL'));
			if (crashed || !clean || survivors.length > 0) {
				const names = survivors.map((info) => `${info.name}(${info.pid})`).join(', ');
				const failure = crashed
					? 'had already exited (crashed) before stop'
					: `did not stop cleanly on ${signal}${clean ? '' : ' (killed after timeout)'}`;
				throw new Error(`the sandbox ${failure}; survivors: ${names || 'none'}; its last output:\n${output.slice(-2000)}`);
			}
			return tookMs;
		},
	};
}
