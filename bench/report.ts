import { ROUND_TRIP_HOLD_MS } from './benchRequests';
import { fastestGrowingHostWork } from './results';
import type { BenchResult, Comparison, SizeResult } from './results';

function ms(value: number): string {
	return `${value.toFixed(2)} ms`;
}

function times(value: number): string {
	return `${value.toFixed(1)}×`;
}

function members(size: SizeResult): string {
	return size.members.toLocaleString('en-US');
}

/** Right-aligned columns under a header row. */
function table(header: string[], rows: string[][]): string[] {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]): string => `  ${cells.map((cell, column) => cell.padStart(widths[column])).join('  ')}`;
	return [line(header), ...rows.map(line)];
}

/** `accessor:getReader:getRoomReader:getOwners` → `getOwners`: the accessor's own name is what a reader recognises. */
function callList(calls: Record<string, number>): string {
	return Object.entries(calls)
		.map(([method, count]) => `${method.split(':').pop() ?? method} ${count}`)
		.join(', ');
}

/** The probes that disagreed with the usual count, if any: a stall of the machine adds a step to one leave. */
function unsettledRoundTrips(sizes: SizeResult[]): string[] {
	return sizes.flatMap((size) =>
		Object.entries(size.roundTripsSeen)
			.filter(([, seen]) => Object.keys(seen).length > 1)
			.map(
				([kind, seen]) =>
					`  ${members(size)} members, ${kind}: ${Object.entries(seen)
						.map(([trips, times]) => `${trips} round trips in ${times}`)
						.join(', ')}`,
			),
	);
}

type FigureKind = 'ms' | 'ratio' | 'count';

/** The figures the comparison table shows; --json carries every numeric one. */
const COMPARED_FIGURES: Array<[keyof SizeResult, string, FigureKind]> = [
	['leaveMedianMs', 'leave median', 'ms'],
	['leaveP95Ms', 'leave p95', 'ms'],
	['commandMedianMs', '/leavegroup median', 'ms'],
	['baselineMedianMs', 'groups.info baseline', 'ms'],
	['leaveMedianRatio', 'leave / baseline', 'ratio'],
	['leaveP95Ratio', 'p95 / baseline', 'ratio'],
	['commandMedianRatio', 'command / baseline', 'ratio'],
	['roundTripsById', 'round trips by roomId', 'count'],
	['roundTripsByName', 'round trips by roomName', 'count'],
	['roundTripsCommand', 'round trips /leavegroup', 'count'],
	['roundTripsCommandReply', '+ its reply', 'count'],
	['callsById', 'calls by roomId', 'count'],
	['callsByName', 'calls by roomName', 'count'],
	['callsCommand', 'calls /leavegroup', 'count'],
];

function figure(value: number, kind: FigureKind): string {
	return kind === 'ms' ? value.toFixed(2) : kind === 'ratio' ? times(value) : String(value);
}

/** Side by side with the compared build: per size, this build's figure, the compared build's, and their ratio. */
export function formatComparison(comparison: Comparison, current: BenchResult): string {
	const other = comparison.result;
	const sizeOf = (result: BenchResult, members: number): SizeResult => result.sizes.find((size) => size.members === members) as SizeResult;
	const rows = COMPARED_FIGURES.map(([key, label, kind]) => [
		kind === 'ms' ? `${label} (ms)` : label,
		...comparison.ratios.map(({ members: size, figures }) => {
			const ratio = figures[key];
			const mine = figure(sizeOf(current, size)[key] as number, kind);
			const theirs = figure(sizeOf(other, size)[key] as number, kind);
			return `${mine} vs ${theirs} = ${typeof ratio === 'number' ? `${ratio.toFixed(2)}×` : '–'}`;
		}),
	]);
	return [
		'',
		`Compared, interleaved round by round in this run: this build (${current.appZip})`,
		`vs ${comparison.appZip}; each cell: this build vs the compared one = their ratio.`,
		...table(['', ...comparison.ratios.map(({ members: size }) => size.toLocaleString('en-US'))], rows),
		`Peak memory: ${current.peakRssMb} MB vs ${other.peakRssMb} MB. Every numeric figure of every size is in --json (compared.ratios).`,
		"The compared build's goals:",
		...other.goals.map((goal) => `  ${goal.met ? 'met    ' : 'NOT MET'}  ${goal.goal}: ${goal.detail}`),
	].join('\n');
}

export function formatReport(result: BenchResult): string {
	const { sizes, roundTrip, machine } = result;
	const first = sizes[0];
	const operations = [...new Set(sizes.flatMap((size) => Object.keys(size.leaveHostWorkMs.byOperation)))];
	const lines = [
		'',
		`Leave Group: the cost of a leave as the group grows. Real Apps-Engine ${machine.appsEngine}, the app in Deno ${machine.deno};`,
		`every request over HTTP on 127.0.0.1; per size ${first.samples.leaves} leaves, ${first.samples.commands} /leavegroup and ${first.samples.baselines} baselines, each by a different member.`,
		`App: ${result.appZip}`,
		'',
		...table(
			['members', 'leave median', 'leave p95', '/leavegroup median', 'groups.info baseline', 'leave/base', 'p95/base', 'command/base', 'accessor calls'],
			sizes.map((size) => [
				members(size),
				ms(size.leaveMedianMs),
				ms(size.leaveP95Ms),
				ms(size.commandMedianMs),
				ms(size.baselineMedianMs),
				times(size.leaveMedianRatio),
				times(size.leaveP95Ratio),
				times(size.commandMedianRatio),
				String(size.accessorCalls),
			]),
		),
		'',
		`Accessor calls per successful leave (endpoint): ${callList(first.accessorCallsByMethod)}`,
		`Accessor calls per successful /leavegroup (with its private reply): ${callList(first.commandAccessorCallsByMethod)}`,
		'',
		`Sequential round trips per successful leave, from when each accessor call started and ended at the host, every call`,
		`held ${ROUND_TRIP_HOLD_MS} ms so that calls the app sends together overlap (${first.samples.roundTripProbes} leaves of each kind per size):`,
		...table(
			['members', 'by roomId', 'by roomName', '/leavegroup (+ its reply)', 'calls by roomId', 'by roomName', '/leavegroup'],
			sizes.map((size) => [
				members(size),
				String(size.roundTripsById),
				String(size.roundTripsByName),
				`${size.roundTripsCommand} (+${size.roundTripsCommandReply})`,
				String(size.callsById),
				String(size.callsByName),
				String(size.callsCommand),
			]),
		),
		...unsettledRoundTrips(sizes),
		'',
		'Where a leave goes (medians, ms): REST layer = HTTP minus the engine; dispatch = into the app and back with no host call;',
		"reads = a non-member's refused leave (all reads, no removal) minus dispatch; removal = a leave minus that refusal;",
		"beyond = engine minus dispatch minus accessor calls × one round trip: the app's own work plus host work heavier than a",
		'room lookup (see the host table below); ~0 means the round trips are the cost.',
		...table(
			['members', 'total', 'REST layer', 'engine', 'dispatch', 'reads', 'removal + answer', 'calls × round trip', 'beyond'],
			sizes.map(({ leaveTimeBreakdown: split, ...size }) => [
				members(size as SizeResult),
				split.totalMs.toFixed(2),
				split.restLayerMs.toFixed(2),
				split.engineMs.toFixed(2),
				split.dispatchMs.toFixed(2),
				`${split.readsMs.toFixed(2)} (${split.readCalls} calls)`,
				`${split.removalMs.toFixed(2)} (${split.removalCalls} call)`,
				split.accessorRoundTripsMs.toFixed(2),
				split.beyondRoundTripsMs.toFixed(2),
			]),
		),
		`One accessor round trip: ${ms(roundTrip.perAccessorCallMs)} (a refused leave with the room lookup, ${ms(roundTrip.withLookupMedianMs)} in the engine, minus one with no host call, ${ms(roundTrip.dispatchMedianMs)}).`,
		'',
		"The host's own work in a leave: time in the workspace operations the bridges ran (medians, ms per leave):",
		...table(
			['members', 'all', ...operations],
			sizes.map((size) => [
				members(size),
				size.leaveHostWorkMs.total.toFixed(3),
				...operations.map((operation) => (size.leaveHostWorkMs.byOperation[operation] ?? 0).toFixed(3)),
			]),
		),
		`Growing with the group: ${fastestGrowingHostWork(first, sizes[sizes.length - 1])}.`,
		'',
		`Peak memory: ${result.peakRssMb} MB (this Node process ${result.nodePeakRssMb} MB + the app's Deno subprocess ${result.denoPeakRssMb} MB).`,
		`The app's Deno subprocess stopped with the sandbox: ${result.denoStopped ? 'yes' : 'NO'}.`,
		'',
		'Goals:',
		...result.goals.map((goal) => `  ${goal.met ? 'met    ' : 'NOT MET'}  ${goal.goal}: ${goal.detail}`),
		'',
		`Machine: ${machine.nproc} CPUs (${machine.cpuModel}), ${(machine.memoryTotalMb / 1024).toFixed(1)} GB, Linux ${machine.kernel}, Node ${machine.node},`,
		`Deno ${machine.deno}; load average ${machine.loadAverageAtStart.toFixed(2)} at start. Ratios to the baseline compare across machines better than milliseconds.`,
		...(result.compared ? [formatComparison(result.compared, result)] : []),
	];
	return lines.join('\n');
}
