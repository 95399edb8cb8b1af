import {
	accessorCallsDuring,
	captureConsoleErrors,
	declaredPermissionsWithout,
	isMember,
	leaveThroughEndpoint,
	privateGroup,
	useSandboxEngine,
} from '../support/engine/engineHarness';

// Jest runs with NODE_ENV=test, under which the engine grants apps every permission. The sandbox enforces them as
// Rocket.Chat does: here the app is installed without room.read, so its room lookups answer undefined.

describe('app permissions in the sandbox engine', () => {
	const { workspace, engine } = useSandboxEngine({ grantedPermissions: declaredPermissionsWithout('room.read') });
	const owner = workspace.createUser({ username: 'owner' });
	const member = workspace.createUser({ username: 'member' });
	const room = privateGroup(workspace, 'team', owner, [member]);
	const consoleErrors = captureConsoleErrors();

	it('answers an accessor call the app may not make with undefined, so an existing group is not found', async () => {
		const { result, calls } = await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		expect(calls['accessor:getReader:getRoomReader:getById']).toBe(1);
		expect(result?.status).toBe(400);
		expect(result?.content).toMatchObject({ errorType: 'error-room-not-found' });
		expect(isMember(workspace, room, member)).toBe(true);
		expect(consoleErrors()).toContainEqual(expect.stringContaining('lacks the following permissions:\n["room.read"]'));
	});

	it('runs with NODE_ENV other than test while the engine is up', () => {
		expect(process.env.NODE_ENV).not.toBe('test');
	});
});
