import { AccessorTimeline } from '../../bench/accessorTimeline';
import { callSteps, roundTripsAroundRemoval } from '../../bench/roundTrips';
import type { TimedCall } from '../../bench/roundTrips';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { isMember, leaveThroughEndpoint, privateGroup, runLeavegroup, useSandboxEngine } from '../support/engine/engineHarness';

// The packaged app in the real engine, its accessor calls timed at the host by the benchmark's own timeline and
// counter: how many round trips a successful leave waits for one after another. A count, not a timing.

// Far above any pause of a busy machine between two calls the runtime sends together (see AccessorTimeline).
const HOLD_MS = 50;
const MAX_CALLS = 5;
// A stall of the machine can add a step to one leave, never remove one: the fewest of a few leaves is the app's count.
const LEAVES_PER_COUNT = 3;

describe('sequential round trips of a successful leave in the real Apps-Engine', () => {
	const { workspace, engine, user, groupName } = useSandboxEngine();
	let timeline: AccessorTimeline;

	beforeAll(() => {
		timeline = AccessorTimeline.attach(engine().appId);
		timeline.holdMs = HOLD_MS;
	});

	async function callsDuring(work: () => Promise<unknown>): Promise<TimedCall[]> {
		timeline.take();
		await work();
		return timeline.take();
	}

	function groupWithMember() {
		const member = user();
		return { member, room: privateGroup(workspace, groupName(), user(), [member]) };
	}

	/**
	 * Makes LEAVES_PER_COUNT members leave, each from a group of their own, checking each is gone: the fewest round
	 * trips up to the removal and after it, and the most calls up to the removal's step, that any of them took.
	 */
	async function countLeaves(
		leave: (member: WorkspaceUser, room: WorkspaceRoom) => Promise<unknown>,
	): Promise<{ leave: number; after: number; calls: number }> {
		const counts = [];
		for (let attempt = 0; attempt < LEAVES_PER_COUNT; attempt++) {
			const { member, room } = groupWithMember();
			const calls = await callsDuring(() => leave(member, room));
			expect(isMember(workspace, room, member)).toBe(false);
			const trips = roundTripsAroundRemoval(calls);
			counts.push({ ...trips, calls: callSteps(calls).filter((step) => step <= trips.leave).length });
		}
		return {
			leave: Math.min(...counts.map((count) => count.leave)),
			after: Math.min(...counts.map((count) => count.after)),
			calls: Math.max(...counts.map((count) => count.calls)),
		};
	}

	it(`leaves by roomId in 2 round trips: every read at once, then the removal; at most ${MAX_CALLS} calls`, async () => {
		const counted = await countLeaves((member, room) => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		expect(counted).toEqual({ leave: 2, after: 0, calls: expect.any(Number) });
		expect(counted.calls).toBeLessThanOrEqual(MAX_CALLS);
	});

	it(`leaves by roomName in 3 round trips: the lookup, the other reads, the removal; at most ${MAX_CALLS} calls`, async () => {
		const counted = await countLeaves((member, room) => leaveThroughEndpoint(engine(), member, { roomName: room.name }));

		expect(counted).toEqual({ leave: 3, after: 0, calls: expect.any(Number) });
		expect(counted.calls).toBeLessThanOrEqual(MAX_CALLS);
	});

	// The reply goes to the sender's direct room with the app (they just left the room typed in): its lookup goes out with
	// the leave's reads; then the Undo ticket is stored (the room opened alongside, the first time), then the message.
	it('leaves with /leavegroup in the group in 2 round trips, its reply with Undo adding 2', async () => {
		// The first command also reads the app's user, which the app then keeps: the count is that of every later one.
		const first = groupWithMember();
		await runLeavegroup(engine(), first.member, first.room);
		const appUser = workspace.users().find((candidate) => candidate.type === 'app')!;

		const firstTime = await countLeaves((member, room) => runLeavegroup(engine(), member, room));
		const later = await countLeaves((member, room) => {
			workspace.createDirectRoom(appUser._id, member._id);
			return runLeavegroup(engine(), member, room);
		});

		expect({ firstTime, later }).toEqual({
			firstTime: { leave: 2, after: 2, calls: expect.any(Number) },
			later: { leave: 2, after: 2, calls: expect.any(Number) },
		});
		// The leave with its room in hand (3 reads, the removal), and the reply's three reads sent with them: the language,
		// Undo's time and the direct room.
		expect(later.calls).toBe(7);
	});

	it('records every call the sandbox counts, each open for at least the hold', async () => {
		const { member, room } = groupWithMember();
		const before = Object.values(engine().accessorCalls()).reduce((sum, count) => sum + count, 0);

		const calls = await callsDuring(() => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		const after = Object.values(engine().accessorCalls()).reduce((sum, count) => sum + count, 0);
		expect(calls).toHaveLength(after - before);
		for (const { startMs, endMs } of calls) {
			expect(endMs - startMs).toBeGreaterThanOrEqual(HOLD_MS - 1);
		}
	});
});
