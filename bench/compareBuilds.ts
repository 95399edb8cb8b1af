import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { join } from 'node:path';

import type { WorkerReply, WorkerRequest } from './benchWorker';
import type { BenchOptions } from './options';
import type { Measurements, Progress } from './runBench';
import { ROUND_DESCRIPTION } from './runBench';

/** A bench worker process hosting one build, answering one request at a time. */
class BuildWorker {
	private pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined;

	private constructor(
		private readonly child: ChildProcess,
		readonly label: string,
	) {
		child.on('message', (reply: WorkerReply) => {
			const pending = this.pending;
			this.pending = undefined;
			if (reply.kind === 'failed') {
				pending?.reject(new Error(`${label}: ${reply.error}`));
			} else {
				pending?.resolve(reply);
			}
		});
		child.on('exit', (code, signal) => {
			this.pending?.reject(new Error(`${label}: the bench worker exited (${signal ?? `code ${code}`}) before answering`));
			this.pending = undefined;
		});
	}

	static async start(label: string, options: BenchOptions, appZip: string): Promise<BuildWorker> {
		// The worker inherits this process's execArgv, tsx's loader included; its stdout goes to stderr, so --json stays clean.
		const child = fork(join(__dirname, 'benchWorker.ts'), [], { stdio: ['ignore', 2, 2, 'ipc'] });
		const worker = new BuildWorker(child, label);
		await worker.ask({ kind: 'start', options, appZip, label });
		return worker;
	}

	async round(timed: boolean): Promise<void> {
		await this.ask({ kind: 'round', timed });
	}

	async finish(): Promise<Measurements> {
		const reply = await this.ask({ kind: 'finish' });
		// Its sandbox is stopped: closing the channel lets the worker exit.
		this.child.disconnect();
		if (reply.kind !== 'finished') {
			throw new Error(`${this.label}: expected its measurements, got ${reply.kind}`);
		}
		return reply.measurements;
	}

	kill(): void {
		if (this.child.exitCode === null && this.child.signalCode === null) {
			this.child.kill('SIGTERM');
		}
	}

	private ask(request: WorkerRequest): Promise<WorkerReply> {
		return new Promise((resolve, reject) => {
			this.pending = { resolve, reject };
			this.child.send(request);
		});
	}
}

/**
 * Measures two builds in one run: each in its own sandbox process, both seeded alike, taking turns round by round
 * (the order swapped every round), so a slow spell of the shared machine falls on both builds alike and their figures
 * can be set side by side.
 */
export async function compareBuilds(
	options: BenchOptions,
	appZip: string,
	comparedZip: string,
	progress: Progress,
): Promise<{ current: Measurements; compared: Measurements }> {
	const workers: BuildWorker[] = [];
	try {
		// One after the other: seeding and booting are not timed, and two at once would only crowd two cores.
		workers.push(await BuildWorker.start('this build', options, appZip));
		workers.push(await BuildWorker.start('compared', options, comparedZip));
		const [current, compared] = workers;
		progress(`${options.warmups} untimed rounds, then ${options.samples} timed ones, each build in turn; ${ROUND_DESCRIPTION}`);
		for (let round = 0; round < options.warmups + options.samples; round++) {
			const timed = round >= options.warmups;
			const order = round % 2 === 0 ? [current, compared] : [compared, current];
			for (const worker of order) {
				await worker.round(timed);
			}
			if ((round + 1) % 20 === 0) {
				progress(`  round ${round + 1} of ${options.warmups + options.samples}`);
			}
		}
		return { current: await current.finish(), compared: await compared.finish() };
	} finally {
		// A worker that failed, or was left behind by another's failure, stops its own sandbox on SIGTERM.
		workers.forEach((worker) => worker.kill());
	}
}
