// `npm run bench`: the cost of leaving a private group through the app as the group grows, measured over HTTP against
// the sandbox (the packaged app in the real Apps-Engine, its code in a Deno subprocess); the README's "Performance and
// reliability" section explains the figures. `-- --json` prints one JSON object on stdout; progress goes to stderr.
import { resolve } from 'node:path';

import { packagedApp } from '../scripts/packagedApp';
import { machineFacts } from './machine';
import { readOptions } from './options';
import { formatReport } from './report';
import { summarize } from './results';
import { runBench } from './runBench';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	const machine = machineFacts();
	// The zip is rebuilt when the app's sources are newer, so the figures are those of the app as it stands.
	const appZip = options.appZip ?? packagedApp(root);
	const measurements = await runBench(options, appZip, (line) => console.error(line));
	const result = summarize(measurements, machine);
	if (options.json) {
		process.stdout.write(`${JSON.stringify(result)}\n`);
	} else {
		console.log(formatReport(result));
	}
	if (!result.denoStopped) {
		throw new Error("the app's Deno subprocess survived the sandbox's stop");
	}
}

main().catch((error: unknown) => {
	console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	process.exit(1);
});
