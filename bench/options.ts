import { resolve } from 'node:path';

export interface BenchOptions {
	json: boolean;
	/** Member counts of the groups measured. */
	sizes: number[];
	/** Timed leaves through the endpoint per size (each by a different member). */
	leaves: number;
	/** Timed `/leavegroup` commands per size. */
	commands: number;
	/** Untimed requests of each kind per size before the timed ones (JIT, caches, the app's own first-call work). */
	warmups: number;
	/** Timed requests of each kind for the round-trip estimate. */
	probes: number;
	/** A packaged app to measure instead of packaging the working tree. */
	appZip?: string;
}

const USAGE = `usage: npm run bench -- [--json] [--large] [--leaves N] [--commands N] [--app <zip>]
  --json       print one JSON object on stdout (progress goes to stderr)
  --large      add a 100,000-member group to the 10 / 1,000 / 10,000 ones
  --leaves N   timed leaves per size (default 50)
  --commands N timed /leavegroup commands per size (default 30)
  --app <zip>  measure this zip instead of running npm run package first`;

function count(argv: string[], flag: string, fallback: number): number {
	const at = argv.indexOf(flag);
	if (at === -1) {
		return fallback;
	}
	const value = Number(argv[at + 1]);
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
	}
	return value;
}

export function readOptions(argv: string[]): BenchOptions {
	const known = new Set(['--json', '--large', '--leaves', '--commands', '--app']);
	argv.forEach((arg, index) => {
		const isValue = index > 0 && ['--leaves', '--commands', '--app'].includes(argv[index - 1]);
		if (!isValue && !known.has(arg)) {
			throw new Error(`unknown argument ${arg}\n${USAGE}`);
		}
	});
	const appAt = argv.indexOf('--app');
	if (appAt !== -1 && !argv[appAt + 1]) {
		throw new Error(`--app needs the path of an app zip\n${USAGE}`);
	}
	return {
		json: argv.includes('--json'),
		sizes: argv.includes('--large') ? [10, 1_000, 10_000, 100_000] : [10, 1_000, 10_000],
		leaves: count(argv, '--leaves', 50),
		commands: count(argv, '--commands', 30),
		warmups: 5,
		probes: 40,
		...(appAt === -1 ? {} : { appZip: resolve(argv[appAt + 1]) }),
	};
}
