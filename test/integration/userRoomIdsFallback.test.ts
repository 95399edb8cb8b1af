import { SandboxEngine } from '../../sandbox/engine/SandboxEngine';
import { Workspace } from '../../sandbox/workspace/Workspace';
import { accessorCallsDuring, isMember, leaveThroughEndpoint, packagedAppZip, privateGroup } from '../support/engine/engineHarness';

// Engines older than 1.58 have no getUserRoomIds: the sandbox makes the call fail as they do, and the app must then
// tell membership from the group's member list.

describe('membership without getUserRoomIds (Apps-Engine < 1.58)', () => {
	const workspace = new Workspace();
	workspace.createUser({ username: 'root', roles: ['admin', 'user'] });
	const owner = workspace.createUser({ username: 'owner' });
	let engine: SandboxEngine;

	beforeAll(async () => {
		engine = await SandboxEngine.start({ workspace, appZip: packagedAppZip(), userRoomIdsAvailable: false });
	});

	afterAll(async () => {
		await engine?.stop();
	});

	it('lets a member leave, having found them in the member list', async () => {
		const member = workspace.createUser({ username: 'member' });
		const room = privateGroup(workspace, 'with-member', owner, [member]);

		const { result, calls } = await accessorCallsDuring(engine, () => leaveThroughEndpoint(engine, member, { roomId: room._id }));

		expect(result?.status).toBe(200);
		expect(calls['accessor:getReader:getUserReader:getUserRoomIds']).toBe(1);
		expect(calls['accessor:getReader:getRoomReader:getMembers']).toBe(1);
		expect(isMember(workspace, room, member)).toBe(false);
	});

	it('still hides the group from someone not in the member list', async () => {
		const outsider = workspace.createUser({ username: 'outsider' });
		const room = privateGroup(workspace, 'without-outsider', owner);

		const answer = await leaveThroughEndpoint(engine, outsider, { roomName: room.name });

		expect(answer?.status).toBe(400);
		expect(answer?.content).toMatchObject({ errorType: 'error-room-not-found' });
	});
});
