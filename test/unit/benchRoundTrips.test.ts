import { callSteps, REMOVAL_METHOD, roundTripsAroundRemoval, sequentialRoundTrips } from '../../bench/roundTrips';
import type { TimedCall } from '../../bench/roundTrips';

// The benchmark's count of sequential round trips, on call intervals written by hand: [start, end] in ms at the host.

const call = (startMs: number, endMs: number, method = 'accessor:getReader:getRoomReader:getById'): TimedCall => ({ method, startMs, endMs });

describe('the benchmark counting sequential round trips from accessor call intervals', () => {
	it('counts no round trip for a request that made no call', () => {
		expect(sequentialRoundTrips([])).toBe(0);
	});

	it('counts calls in flight together as one round trip', () => {
		const calls = [call(0, 10), call(0.2, 10.1), call(0.3, 9.5), call(1, 10.4)];

		expect(callSteps(calls)).toEqual([1, 1, 1, 1]);
		expect(sequentialRoundTrips(calls)).toBe(1);
	});

	it('counts each call that starts after the previous one ended as a round trip of its own', () => {
		expect(sequentialRoundTrips([call(0, 1), call(1.5, 2), call(3, 4)])).toBe(3);
	});

	it('starts a new step for a call that starts exactly when an earlier one ends', () => {
		expect(callSteps([call(0, 1), call(1, 2)])).toEqual([1, 2]);
	});

	it('counts parallel reads then a removal, the shape of a leave by id, as two round trips', () => {
		const reads = [call(0, 10), call(0.1, 10.2), call(0.2, 10.3), call(0.3, 10.4)];
		const removal = call(11, 21, REMOVAL_METHOD);

		expect(callSteps([...reads, removal])).toEqual([1, 1, 1, 1, 2]);
	});

	it('follows the longest chain when a short call ends and a later one starts while a long call is still open', () => {
		// The third call waited for the second, which ended early: two steps, even though the first is still open.
		const calls = [call(0, 20), call(1, 2), call(3, 25)];

		expect(callSteps(calls)).toEqual([1, 1, 2]);
		expect(sequentialRoundTrips(calls)).toBe(2);
	});

	it('gives each call its step whatever order the calls are listed in', () => {
		// The timeline lists calls as they end, not as they start.
		const calls = [call(12, 14), call(0, 10), call(11, 13, REMOVAL_METHOD), call(0.5, 5)];

		expect(callSteps(calls)).toEqual([2, 1, 2, 1]);
	});

	it('splits a command into the round trips up to its removal and those of its reply after it', () => {
		const calls = [call(0, 10), call(0.2, 10.2), call(11, 21, REMOVAL_METHOD), call(22, 32, 'bridges:getMessageBridge:doNotifyUser')];

		expect(roundTripsAroundRemoval(calls)).toEqual({ leave: 2, after: 1 });
	});

	it('counts the whole request as the leave when it made no removal', () => {
		expect(roundTripsAroundRemoval([call(0, 1), call(2, 3)])).toEqual({ leave: 2, after: 0 });
	});
});
