import type { Sample } from './benchRequests';
import type { MachineFacts } from './machine';
import { roundTripsAroundRemoval } from './roundTrips';
import type { Measurements, SizeMeasurements } from './runBench';
import { median, percentile, round } from './statistics';

export interface SizeResult {
	members: number;
	leaveMedianMs: number;
	leaveP95Ms: number;
	commandMedianMs: number;
	/** Accessor calls the app made per successful leave through the endpoint (the most any leave made at this size). */
	accessorCalls: number;
	baselineMedianMs: number;
	leaveMedianRatio: number;
	leaveP95Ratio: number;
	commandMedianRatio: number;
	accessorCallsByMethod: Record<string, number>;
	/** Per successful /leavegroup, the private reply to the sender included. */
	commandAccessorCalls: number;
	commandAccessorCallsByMethod: Record<string, number>;
	/** Where a leave's time goes (medians, ms); see TimeBreakdown. */
	leaveTimeBreakdown: TimeBreakdown;
	commandEngineMedianMs: number;
	/** The bridges' workspace operations during a leave (medians, ms): the host's own work, apart from the round trips. */
	leaveHostWorkMs: HostWork;
	/**
	 * Sequential round trips of a successful leave, counted from its accessor calls' start and end at the host (see
	 * roundTrips.ts): by roomId, by roomName, and `/leavegroup` typed in the group up to its removal. Each is the count
	 * most probes showed (noise can only add steps, never remove one); roundTripsSeen has them all.
	 */
	roundTripsById: number;
	roundTripsByName: number;
	roundTripsCommand: number;
	/** What `/leavegroup`'s private reply adds after the removal. */
	roundTripsCommandReply: number;
	/** The most accessor calls any of those probes made: by id, by name, and `/leavegroup` with its reply. */
	callsById: number;
	callsByName: number;
	callsCommand: number;
	/** How many probes showed each count of round trips (`{"2": 60}`); the command's counts are up to its removal. */
	roundTripsSeen: { byId: Record<string, number>; byName: Record<string, number>; command: Record<string, number> };
	samples: { leaves: number; commands: number; baselines: number; roundTripProbes: number };
}

/**
 * A successful leave's time split by what was measured around it: the REST layer (the whole HTTP request minus the
 * time inside the engine), and inside the engine: entering the app and coming back without a host call (dispatch),
 * the reads (a non-member's refused leave, which makes every read of a leave and stops there, minus dispatch), and
 * the rest (a successful leave minus that refusal: the removal's round trip, the removal itself, the success answer).
 * accessorRoundTripsMs prices the leave's calls at one round trip of a cheap call (the room lookup) each; what the
 * engine time leaves after dispatch and those round trips is the app's own work plus host work heavier than that
 * lookup (see leaveHostWorkMs) — an estimate that noise, and the reads the app makes side by side, can push below zero.
 */
export interface TimeBreakdown {
	totalMs: number;
	restLayerMs: number;
	engineMs: number;
	dispatchMs: number;
	readsMs: number;
	readCalls: number;
	removalMs: number;
	removalCalls: number;
	accessorRoundTripsMs: number;
	beyondRoundTripsMs: number;
}

export interface HostWork {
	total: number;
	byOperation: Record<string, number>;
}

/** The price of one accessor round trip, from two refusals of the endpoint that differ only by the accessor calls they make. */
export interface RoundTripEstimate {
	/** Engine time of a request the app answers without calling the host: entering the app and coming back. */
	dispatchMedianMs: number;
	dispatchAccessorCalls: number;
	/** Engine time of a request whose only host call is the room lookup. */
	withLookupMedianMs: number;
	withLookupAccessorCalls: number;
	perAccessorCallMs: number;
	samples: number;
}

export interface Goal {
	goal: string;
	met: boolean;
	detail: string;
}

/** Another build measured in the same run, interleaved round by round with this one. */
export interface Comparison {
	appZip: string;
	result: BenchResult;
	/** Per size, each figure of this build divided by the compared build's (null where the compared figure is 0). */
	ratios: Array<{ members: number; figures: Record<string, number | null> }>;
}

export interface BenchResult {
	appZip: string;
	sizes: SizeResult[];
	peakRssMb: number;
	nodePeakRssMb: number;
	denoPeakRssMb: number;
	roundTrip: RoundTripEstimate;
	goals: Goal[];
	machine: MachineFacts;
	seedSeconds: number;
	denoStopped: boolean;
	compared?: Comparison;
}

const MAX_ACCESSOR_CALLS = 5;
const MAX_ROUND_TRIPS = { byId: 2, byName: 3, command: 2 };
const MAX_LARGE_TO_SMALL_RATIO = 1.5;
const SMALL_GROUP = 10;
const LARGE_GROUP = 10_000;

function sum(values: Record<string, number>): number {
	return Object.values(values).reduce((sofar, value) => sofar + value, 0);
}

/** The most calls any sample made, with that sample's breakdown: the goal is about every leave, not the typical one. */
function mostCalls(samples: Sample[]): { count: number; byMethod: Record<string, number> } {
	const worst = samples.reduce((most, sample) => (sum(sample.calls) > sum(most.calls) ? sample : most));
	return { count: sum(worst.calls), byMethod: worst.calls };
}

/** Per probe, the round trips up to the removal, and those after it. */
function probeRoundTrips(samples: Sample[]): Array<{ leave: number; after: number }> {
	return samples.map((sample) => roundTripsAroundRemoval(sample.timeline));
}

function tally(counts: number[]): Record<string, number> {
	const seen: Record<string, number> = {};
	for (const count of counts) {
		seen[count] = (seen[count] ?? 0) + 1;
	}
	return seen;
}

/** The count seen most often; on a tie the smaller, since a stall of the machine can only add a step. */
function usual(seen: Record<string, number>): number {
	const [most] = Object.entries(seen).sort(([a, timesA], [b, timesB]) => timesB - timesA || Number(a) - Number(b));
	if (!most) {
		throw new Error('no round-trip probe was made');
	}
	return Number(most[0]);
}

function medianOf(samples: Sample[], value: (sample: Sample) => number): number {
	return median(samples.map(value));
}

function hostWork(samples: Sample[]): HostWork {
	const operations = [...new Set(samples.flatMap((sample) => Object.keys(sample.hostMs)))];
	return {
		total: round(
			medianOf(samples, (sample) => sum(sample.hostMs)),
			4,
		),
		byOperation: Object.fromEntries(
			operations.map((operation) => [
				operation,
				round(
					medianOf(samples, (sample) => sample.hostMs[operation] ?? 0),
					4,
				),
			]),
		),
	};
}

function breakDown(size: SizeMeasurements, dispatchMs: number, perCallMs: number, leaveCalls: number): TimeBreakdown {
	const engine = medianOf(size.leaves, (sample) => sample.engineMs);
	const reads = medianOf(size.outsiderLeaves, (sample) => sample.engineMs);
	const readCalls = mostCalls(size.outsiderLeaves).count;
	return {
		totalMs: round(medianOf(size.leaves, (sample) => sample.ms)),
		restLayerMs: round(medianOf(size.leaves, (sample) => sample.ms - sample.engineMs)),
		engineMs: round(engine),
		dispatchMs: round(dispatchMs),
		readsMs: round(reads - dispatchMs),
		readCalls,
		removalMs: round(engine - reads),
		removalCalls: leaveCalls - readCalls,
		accessorRoundTripsMs: round(leaveCalls * perCallMs),
		beyondRoundTripsMs: round(engine - dispatchMs - leaveCalls * perCallMs),
	};
}

function summarizeSize(size: SizeMeasurements, dispatchMs: number, perCallMs: number): SizeResult {
	const baseline = median(size.baselines);
	const leaveMedian = medianOf(size.leaves, (sample) => sample.ms);
	const leaveP95 = percentile(
		size.leaves.map((sample) => sample.ms),
		0.95,
	);
	const commandMedian = medianOf(size.commands, (sample) => sample.ms);
	const leaveCalls = mostCalls(size.leaves);
	const commandCalls = mostCalls(size.commands);
	const probes = size.roundTripProbes;
	const command = probeRoundTrips(probes.command);
	const seen = {
		byId: tally(probeRoundTrips(probes.byId).map((trips) => trips.leave)),
		byName: tally(probeRoundTrips(probes.byName).map((trips) => trips.leave)),
		command: tally(command.map((trips) => trips.leave)),
	};
	return {
		members: size.members,
		leaveMedianMs: round(leaveMedian),
		leaveP95Ms: round(leaveP95),
		commandMedianMs: round(commandMedian),
		accessorCalls: leaveCalls.count,
		baselineMedianMs: round(baseline),
		leaveMedianRatio: round(leaveMedian / baseline, 2),
		leaveP95Ratio: round(leaveP95 / baseline, 2),
		commandMedianRatio: round(commandMedian / baseline, 2),
		accessorCallsByMethod: leaveCalls.byMethod,
		commandAccessorCalls: commandCalls.count,
		commandAccessorCallsByMethod: commandCalls.byMethod,
		leaveTimeBreakdown: breakDown(size, dispatchMs, perCallMs, leaveCalls.count),
		commandEngineMedianMs: round(medianOf(size.commands, (sample) => sample.engineMs)),
		leaveHostWorkMs: hostWork(size.leaves),
		roundTripsById: usual(seen.byId),
		roundTripsByName: usual(seen.byName),
		roundTripsCommand: usual(seen.command),
		roundTripsCommandReply: usual(tally(command.map((trips) => trips.after))),
		callsById: mostCalls(probes.byId).count,
		callsByName: mostCalls(probes.byName).count,
		callsCommand: mostCalls(probes.command).count,
		roundTripsSeen: seen,
		samples: {
			leaves: size.leaves.length,
			commands: size.commands.length,
			baselines: size.baselines.length,
			roundTripProbes: probes.byId.length,
		},
	};
}

function estimateRoundTrip(measurements: Measurements, dispatch: number): RoundTripEstimate {
	const withLookup = medianOf(measurements.namingUnknownRoom, (sample) => sample.engineMs);
	const dispatchCalls = mostCalls(measurements.namingNoRoom).count;
	const lookupCalls = mostCalls(measurements.namingUnknownRoom).count;
	if (lookupCalls <= dispatchCalls) {
		throw new Error(`the round-trip probes made ${dispatchCalls} and ${lookupCalls} accessor calls; the estimate needs the second to make more`);
	}
	return {
		dispatchMedianMs: round(dispatch),
		dispatchAccessorCalls: dispatchCalls,
		withLookupMedianMs: round(withLookup),
		withLookupAccessorCalls: lookupCalls,
		perAccessorCallMs: round((withLookup - dispatch) / (lookupCalls - dispatchCalls)),
		samples: measurements.namingNoRoom.length,
	};
}

/** The host operation whose time per leave grew most from the small group to the large one, in words. */
export function fastestGrowingHostWork(small: SizeResult, large: SizeResult): string {
	const growths = Object.entries(large.leaveHostWorkMs.byOperation).map(([operation, ms]) => ({
		operation,
		from: small.leaveHostWorkMs.byOperation[operation] ?? 0,
		to: ms,
	}));
	const engineGrowth = large.leaveTimeBreakdown.engineMs - small.leaveTimeBreakdown.engineMs;
	const fastest = growths.sort((a, b) => b.to - b.from - (a.to - a.from))[0];
	if (!fastest) {
		return 'the bridges made no workspace call';
	}
	return (
		`in the engine a leave took ${engineGrowth.toFixed(2)} ms more; the host operation that grew most is Workspace.${fastest.operation} ` +
		`(sandbox/workspace/Workspace.ts), ${fastest.from.toFixed(3)} → ${fastest.to.toFixed(3)} ms per leave`
	);
}

function checkGoals(sizes: SizeResult[]): Goal[] {
	const overBudget = sizes.filter((size) => size.accessorCalls > MAX_ACCESSOR_CALLS);
	const goals: Goal[] = [
		{
			goal: `at most ${MAX_ACCESSOR_CALLS} accessor calls per successful leave at every size`,
			met: overBudget.length === 0,
			detail: sizes.map((size) => `${size.members.toLocaleString('en-US')}: ${size.accessorCalls}`).join(', '),
		},
	];
	const overRoundTrips = sizes.filter(
		(size) =>
			size.roundTripsById > MAX_ROUND_TRIPS.byId || size.roundTripsByName > MAX_ROUND_TRIPS.byName || size.roundTripsCommand > MAX_ROUND_TRIPS.command,
	);
	goals.push({
		goal: `at most ${MAX_ROUND_TRIPS.byId} / ${MAX_ROUND_TRIPS.byName} / ${MAX_ROUND_TRIPS.command} sequential round trips per successful leave by id / by name / /leavegroup (to its removal) at every size`,
		met: overRoundTrips.length === 0,
		detail: sizes
			.map((size) => `${size.members.toLocaleString('en-US')}: ${size.roundTripsById} / ${size.roundTripsByName} / ${size.roundTripsCommand}`)
			.join(', '),
	});
	const small = sizes.find((size) => size.members === SMALL_GROUP);
	const large = sizes.find((size) => size.members === LARGE_GROUP);
	if (small && large) {
		const ratio = large.leaveMedianMs / small.leaveMedianMs;
		const met = ratio <= MAX_LARGE_TO_SMALL_RATIO;
		const growth = fastestGrowingHostWork(small, large);
		goals.push({
			goal: `${LARGE_GROUP.toLocaleString('en-US')}-member leave median within ${MAX_LARGE_TO_SMALL_RATIO}× the ${SMALL_GROUP}-member median`,
			met,
			detail: `${large.leaveMedianMs} ms / ${small.leaveMedianMs} ms = ${ratio.toFixed(2)}×${met ? '' : `; ${growth}`}`,
		});
	}
	return goals;
}

export function summarize(measurements: Measurements, machine: MachineFacts): BenchResult {
	const dispatchMs = medianOf(measurements.namingNoRoom, (sample) => sample.engineMs);
	const roundTrip = estimateRoundTrip(measurements, dispatchMs);
	const sizes = measurements.sizes.map((size) => summarizeSize(size, dispatchMs, roundTrip.perAccessorCallMs));
	return {
		appZip: measurements.appZip,
		sizes,
		peakRssMb: round(measurements.nodePeakRssMb + measurements.denoPeakRssMb, 1),
		nodePeakRssMb: round(measurements.nodePeakRssMb, 1),
		denoPeakRssMb: round(measurements.denoPeakRssMb, 1),
		roundTrip,
		goals: checkGoals(sizes),
		machine,
		seedSeconds: round(measurements.seedSeconds, 2),
		denoStopped: measurements.denoStopped,
	};
}

/** Each numeric figure of every size, this build's divided by the other's: how the change moved it, on the same machine at the same time. */
export function compare(current: BenchResult, other: BenchResult): Comparison {
	const ratios = current.sizes.map((size) => {
		const theirs = other.sizes.find((candidate) => candidate.members === size.members);
		if (!theirs) {
			throw new Error(`the compared build has no ${size.members}-member group`);
		}
		const figures: Record<string, number | null> = {};
		for (const [figure, value] of Object.entries(size)) {
			const their = (theirs as unknown as Record<string, unknown>)[figure];
			if (figure !== 'members' && typeof value === 'number' && typeof their === 'number') {
				figures[figure] = their === 0 ? null : round(value / their);
			}
		}
		return { members: size.members, figures };
	});
	return { appZip: other.appZip, result: other, ratios };
}
