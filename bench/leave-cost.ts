// `npm run bench`: the cost of leaving a private group through the app as the group grows, measured over HTTP against
// the sandbox (the packaged app in the real Apps-Engine, its code in a Deno subprocess); bench/README.md explains the
// figures. `-- --json` prints one JSON object on stdout; progress goes to stderr. `-- --compare <zip>` measures another
// build alongside, interleaved, and gives each figure's ratio to it. `-- --bulk` measures /leavegroups instead.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { packagedApp } from '../scripts/packagedApp';
import { runBulkBench } from './bulkBench';
import { formatBulkReport } from './bulkReport';
import { compareBuilds } from './compareBuilds';
import { machineFacts } from './machine';
import { readOptions } from './options';
import type { BenchOptions } from './options';
import { formatReport } from './report';
import { compare, summarize } from './results';
import type { BenchResult } from './results';
import { runBench } from './runBench';

const root = resolve(__dirname, '..');

async function measure(options: BenchOptions): Promise<BenchResult> {
	const machine = machineFacts();
	const progress = (line: string): void => console.error(line);
	// The zip is rebuilt when the app's sources are newer, so the figures are those of the app as it stands.
	const appZip = options.appZip ?? packagedApp(root);
	if (options.compareZip === undefined) {
		return summarize(await runBench(options, appZip, progress), machine);
	}
	if (!existsSync(options.compareZip)) {
		throw new Error(`--compare: no app zip at ${options.compareZip}`);
	}
	const { current, compared } = await compareBuilds(options, appZip, options.compareZip, progress);
	const result = summarize(current, machine);
	return { ...result, compared: compare(result, summarize(compared, machine)) };
}

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	if (options.bulk) {
		const bulk = await runBulkBench(options.appZip ?? packagedApp(root), options, (line) => console.error(line));
		console.log(options.json ? JSON.stringify(bulk) : formatBulkReport(bulk));
		return;
	}
	const result = await measure(options);
	if (options.json) {
		process.stdout.write(`${JSON.stringify(result)}\n`);
	} else {
		console.log(formatReport(result));
	}
	if (!result.denoStopped || result.compared?.result.denoStopped === false) {
		throw new Error("an app's Deno subprocess survived its sandbox's stop");
	}
}

main().catch((error: unknown) => {
	console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	process.exit(1);
});
