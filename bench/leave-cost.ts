// `npm run bench`: the cost of leaving a private group through the app as the group grows, measured over HTTP against
// the sandbox (the packaged app in the real Apps-Engine, its code in a Deno subprocess). See bench/README-less notes in
// the project README, "Performance and reliability". `-- --json` prints one JSON object on stdout; progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { machineFacts } from './machine';
import { readOptions } from './options';
import { formatReport } from './report';
import { summarize } from './results';
import { runBench } from './runBench';

const root = resolve(__dirname, '..');

/** Packages the working tree, so that the figures are those of the app as it stands, and answers the zip's path. */
function packageApp(): string {
	const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as { nameSlug: string; version: string };
	console.error('packaging the app: npm run package');
	const result = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 2, 2] });
	const zip = join(root, 'dist', `${app.nameSlug}_${app.version}.zip`);
	if (result.status !== 0 || !existsSync(zip)) {
		throw new Error(`npm run package failed (exit ${result.status ?? result.signal})`);
	}
	return zip;
}

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	const machine = machineFacts();
	const appZip = options.appZip ?? packageApp();
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
