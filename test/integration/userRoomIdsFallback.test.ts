import { ENGINE_HAS_USER_ROOM_IDS } from '../support/engine/engineFeatures';
import { accessorCallsDuring, isMember, leaveThroughEndpoint, privateGroup, useSandboxEngine } from '../support/engine/engineHarness';

const USER_ROOM_IDS = 'accessor:getReader:getUserReader:getUserRoomIds';
const MEMBERS = 'accessor:getReader:getRoomReader:getMembers';

// Engines older than 1.58 have no getUserRoomIds: the sandbox refuses the call with the engine's own error for a missing
// accessor method, and the app must then tell membership from the group's member list.
// Rocket.Chat: packages/apps-engine/src/server/accessors/UserRead.ts (getUserRoomIds from 1.58), answered from every
// subscription of the user (apps/meteor/app/apps/server/bridges/experimental.ts in 1.57).
describe('membership without getUserRoomIds (Apps-Engine < 1.58)', () => {
	const { workspace, engine, loggedErrors } = useSandboxEngine({ userRoomIdsAvailable: false });
	const owner = workspace.createUser({ username: 'owner' });

	it('finds the first leaver in the member list after one refused getUserRoomIds (6 calls), and later leavers straight there (5 calls)', async () => {
		const first = workspace.createUser({ username: 'first' });
		const second = workspace.createUser({ username: 'second' });
		const third = workspace.createUser({ username: 'third' });
		const room = privateGroup(workspace, 'with-members', owner, [first, second, third]);

		const leaves = [];
		for (const member of [first, second, third]) {
			leaves.push(await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), member, { roomId: room._id })));
		}

		expect(leaves.map(({ result }) => result?.status)).toEqual([200, 200, 200]);
		expect(leaves.map(({ total }) => total)).toEqual([6, 5, 5]);
		expect(leaves.map(({ calls }) => [calls[USER_ROOM_IDS] ?? 0, calls[MEMBERS] ?? 0])).toEqual([
			[1, 1],
			[0, 1],
			[0, 1],
		]);
		expect([first, second, third].map((member) => isMember(workspace, room, member))).toEqual([false, false, false]);
		expect(await loggedErrors()).toEqual([]);
	});

	it('still hides the group from someone not in the member list', async () => {
		const outsider = workspace.createUser({ username: 'outsider' });
		const room = privateGroup(workspace, 'without-outsider', owner);

		const answer = await leaveThroughEndpoint(engine(), outsider, { roomName: room.name });

		expect(answer?.status).toBe(400);
		expect(answer?.content).toMatchObject({ errorType: 'error-room-not-found' });
	});
});

describe('a failing getUserRoomIds', () => {
	const { workspace, engine, loggedErrors } = useSandboxEngine();
	const owner = workspace.createUser({ username: 'owner' });

	afterAll(() => {
		jest.restoreAllMocks();
	});

	const failOnce = () =>
		jest.spyOn(workspace, 'roomIdsOfUser').mockImplementationOnce(() => {
			throw new Error('subscriptions unreachable');
		});

	it('is a logged 500 on an engine that has it (1.58+), the member staying, and the next leave asks it again', async () => {
		const member = workspace.createUser({ username: 'member' });
		const room = privateGroup(workspace, 'flaky', owner, [member]);
		failOnce();

		const failed = await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		if (!ENGINE_HAS_USER_ROOM_IDS) {
			// Before 1.58 the engine has no such call, so the fault cannot happen: the member list decides and the leave succeeds.
			expect(failed.result?.status).toBe(200);
			expect(failed.calls[MEMBERS]).toBe(1);
			expect(isMember(workspace, room, member)).toBe(false);
			return;
		}
		expect(failed.result?.status).toBe(500);
		expect(failed.calls[USER_ROOM_IDS]).toBe(1);
		expect(failed.calls[MEMBERS]).toBeUndefined();
		expect(isMember(workspace, room, member)).toBe(true);
		expect(JSON.stringify(await loggedErrors())).toContain('subscriptions unreachable');

		const retried = await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		expect(retried.result?.status).toBe(200);
		expect(retried.total).toBe(5);
		expect(retried.calls[USER_ROOM_IDS]).toBe(1);
		expect(retried.calls[MEMBERS]).toBeUndefined();
		expect(isMember(workspace, room, member)).toBe(false);
	});
});
