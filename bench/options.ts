import { resolve } from 'node:path';

export interface BenchOptions {
	json: boolean;
	/** Member counts of the groups measured. */
	sizes: number[];
	/** Timed rounds: per size one leave, one `/leavegroup` (each by a different member), one baseline, one refusal. */
	samples: number;
	/** Untimed rounds first: Node and Deno compile the hot paths over the first few hundred requests. */
	warmups: number;
	/** A packaged app to measure instead of packaging the working tree. */
	appZip?: string;
	/** Another build measured in the same run, interleaved with this one, every figure given as a ratio to it. */
	compareZip?: string;
	/** Measure /leavegroups (listing and leaving many groups) instead of the single leave. */
	bulk: boolean;
}

const USAGE = `usage: npm run bench -- [--json] [--large | --bulk] [--samples N] [--warmups N] [--app <zip>] [--compare <zip>]
  --json       print one JSON object on stdout (progress goes to stderr)
  --large      add a 100,000-member group to the 10 / 1,000 / 10,000 ones
  --bulk       measure /leavegroups instead: listing 10, 100 and 1,000 groups, and leaving 100
               (default 20 timed rounds after 5 untimed ones)
  --samples N  timed rounds: leaves, /leavegroup commands and baselines per size (default 60)
  --warmups N  untimed rounds before them (default 40)
  --app <zip>  measure this zip instead of the working tree's (packaged when its sources changed)
  --compare <zip>
               also measure this zip (e.g. the previous release), interleaved round by round, and give each
               figure's ratio to it`;

function count(argv: string[], flag: string, fallback: number, least: number): number {
	const at = argv.indexOf(flag);
	if (at === -1) {
		return fallback;
	}
	const value = Number(argv[at + 1]);
	if (!Number.isInteger(value) || value < least) {
		throw new Error(`${flag} needs a whole number of at least ${least}\n${USAGE}`);
	}
	return value;
}

/** `typedIn`: where relative zip paths are read from; npm runs the script at the top level, INIT_CWD is where it was typed. */
export function readOptions(argv: string[], typedIn = process.env.INIT_CWD ?? process.cwd()): BenchOptions {
	const withValue = ['--samples', '--warmups', '--app', '--compare'];
	const known = new Set(['--json', '--large', '--bulk', ...withValue]);
	argv.forEach((arg, index) => {
		const isValue = index > 0 && withValue.includes(argv[index - 1]);
		if (!isValue && !known.has(arg)) {
			throw new Error(`unknown argument ${arg}\n${USAGE}`);
		}
	});
	const zipAfter = (flag: string): string | undefined => {
		const at = argv.indexOf(flag);
		if (at === -1) {
			return undefined;
		}
		if (!argv[at + 1]) {
			throw new Error(`${flag} needs the path of an app zip\n${USAGE}`);
		}
		return resolve(typedIn, argv[at + 1]);
	};
	const appZip = zipAfter('--app');
	const compareZip = zipAfter('--compare');
	const bulk = argv.includes('--bulk');
	if (bulk && (compareZip !== undefined || argv.includes('--large'))) {
		throw new Error(`--bulk measures this build's /leavegroups alone: not with --compare or --large\n${USAGE}`);
	}
	return {
		json: argv.includes('--json'),
		sizes: argv.includes('--large') ? [10, 1_000, 10_000, 100_000] : [10, 1_000, 10_000],
		samples: count(argv, '--samples', bulk ? 20 : 60, 1),
		warmups: count(argv, '--warmups', bulk ? 5 : 40, 0),
		bulk,
		...(appZip === undefined ? {} : { appZip }),
		...(compareZip === undefined ? {} : { compareZip }),
	};
}
