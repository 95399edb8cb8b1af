// One build's sandbox for `npm run bench -- --compare`, in a process of its own (the engine's AppManager is a
// singleton, so two builds cannot share one); compareBuilds.ts drives its rounds over the IPC channel.
import type { BenchOptions } from './options';
import type { Measurements } from './runBench';
import { BenchRun } from './runBench';

export type WorkerRequest = { kind: 'start'; options: BenchOptions; appZip: string; label: string } | { kind: 'round'; timed: boolean } | { kind: 'finish' };

export type WorkerReply = { kind: 'started' } | { kind: 'roundDone' } | { kind: 'finished'; measurements: Measurements } | { kind: 'failed'; error: string };

function reply(message: WorkerReply): void {
	process.send?.(message);
}

let run: BenchRun | undefined;
let label = 'worker';

async function handle(request: WorkerRequest): Promise<void> {
	switch (request.kind) {
		case 'start':
			label = request.label;
			run = await BenchRun.start(request.options, request.appZip, (line) => console.error(`[${label}] ${line}`));
			reply({ kind: 'started' });
			return;
		case 'round':
			await (run as BenchRun).round(request.timed);
			reply({ kind: 'roundDone' });
			return;
		case 'finish':
			// The parent disconnects once it has the measurements; leaving first could lose a large message on the way.
			reply({ kind: 'finished', measurements: await (run as BenchRun).finish() });
			return;
	}
}

process.on('message', (request: WorkerRequest) => {
	handle(request).catch(async (error: unknown) => {
		reply({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		await run?.stop().catch(() => undefined);
	});
});
