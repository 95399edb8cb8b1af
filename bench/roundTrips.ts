/** One accessor or bridge call of the app's Deno process as the host saw it: from its request arriving to its answer being written. */
export interface TimedCall {
	method: string;
	startMs: number;
	endMs: number;
}

/** The host method behind the app's removal: the last call of a successful leave. */
export const REMOVAL_METHOD = 'accessor:getModifier:getDeleter:removeUsersFromRoom';

/**
 * The sequential step of each call of one request, in the order given. A call that starts only after an earlier call
 * has ended may have waited for that answer, so it goes one step after the latest such call; calls in flight together
 * share a step. The last step is then the longest chain of calls each starting after the one before it ended: the
 * round trips the request waited for one after another, however its calls overlapped.
 */
export function callSteps(calls: readonly TimedCall[]): number[] {
	// By start: every call that ended before another started also started before it, so its step is known by then.
	const byStart = calls.map((_, index) => index).sort((a, b) => calls[a].startMs - calls[b].startMs || calls[a].endMs - calls[b].endMs);
	const steps = new Array<number>(calls.length).fill(0);
	byStart.forEach((index, position) => {
		const ended = byStart.slice(0, position).filter((earlier) => calls[earlier].endMs <= calls[index].startMs);
		steps[index] = 1 + Math.max(0, ...ended.map((earlier) => steps[earlier]));
	});
	return steps;
}

/** Sequential round trips of one request: its number of steps (0 for a request that made no call). */
export function sequentialRoundTrips(calls: readonly TimedCall[]): number {
	return Math.max(0, ...callSteps(calls));
}

/**
 * The round trips up to and including the removal, and those after it (what a command's reply adds); the whole
 * request counts as the leave when it made no removal.
 */
export function roundTripsAroundRemoval(calls: readonly TimedCall[]): { leave: number; after: number } {
	const steps = callSteps(calls);
	const total = Math.max(0, ...steps);
	const removal = calls.findIndex((call) => call.method === REMOVAL_METHOD);
	const leave = removal === -1 ? total : steps[removal];
	return { leave, after: total - leave };
}

/** The most calls open at the host at one moment: how many the app had in flight. */
export function mostInFlight(calls: readonly TimedCall[]): number {
	// At equal times an end counts before a start: a call answered as the next begins was not open alongside it.
	const edges = calls.flatMap((call): Array<[number, number]> => [
		[call.startMs, 1],
		[call.endMs, -1],
	]);
	edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let open = 0;
	let most = 0;
	for (const [, change] of edges) {
		open += change;
		most = Math.max(most, open);
	}
	return most;
}
