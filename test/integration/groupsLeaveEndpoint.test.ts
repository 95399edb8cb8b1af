import { leaveErrors } from '../support/leaveAnswers';
import { accessorCallsDuring, isMember, leaveThroughEndpoint, privateGroup, useSandboxEngine } from '../support/engine/engineHarness';
import { ENGINE_HAS_USER_ROOM_IDS } from '../support/engine/engineFeatures';

// The packaged app's groups.leave endpoint in the real Apps-Engine runtime (Deno subprocess), its declared permissions
// enforced, over the sandbox workspace: Rocket.Chat's checks in Rocket.Chat's order (the README's table of checks), then a real leave.

const NOT_FOUND = leaveErrors.roomNotFound;
const LAST_OWNER = leaveErrors.lastOwner;
const NOT_ALLOWED = leaveErrors.notAllowed;

describe('groups.leave in the real Apps-Engine', () => {
	const { workspace, admin, engine, user, groupName } = useSandboxEngine();

	// app/apps/server/bridges/api.ts: an authRequired endpoint gets Rocket.Chat's authentication middleware, whose
	// 401 is sent before the app's runtime sees the request (the sandbox's HTTP front does the same: see its tests).
	it('declares groups.leave authRequired, so anonymous requests never reach the runtime', () => {
		expect(engine().appEndpoints(engine().appId)).toContainEqual({ path: 'groups.leave', authRequired: true });
	});

	it("answers core's JSON 401 if a request reaches it without a user, reading nothing", async () => {
		const owner = user();
		const room = privateGroup(workspace, groupName(), owner);

		const { result, calls } = await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), undefined, { roomId: room._id }));

		expect(result).toMatchObject({ status: 401, content: { success: false, error: expect.any(String) } });
		expect(calls).toEqual({});
		expect(isMember(workspace, room, owner)).toBe(true);
	});

	it.each([
		['an empty body', {}],
		['both parameters empty', { roomId: '', roomName: '' }],
	])('refuses %s with error-room-param-not-provided', async (_case, body) => {
		const answer = await leaveThroughEndpoint(engine(), user(), body);

		expect(answer?.status).toBe(400);
		expect(answer?.content).toEqual(leaveErrors.paramNotProvided);
	});

	it('refuses rooms that do not exist or are not private groups with error-room-not-found', async () => {
		const caller = user();
		const other = user();
		const name = groupName();
		privateGroup(workspace, name, caller, [other]);
		const channel = workspace.createRoom({ t: 'c', name: groupName(), creatorId: caller._id, memberIds: [other._id] });
		const direct = workspace.createDirectRoom(caller._id, other._id);

		const bodies = [
			{ roomId: 'no-such-room-id' },
			{ roomName: 'no-such-group' },
			{ roomName: `#${name}` },
			{ roomName: name.toUpperCase() },
			{ roomId: channel._id },
			{ roomId: direct._id },
		];
		for (const body of bodies) {
			const answer = await leaveThroughEndpoint(engine(), caller, body);
			expect({ body, status: answer?.status, content: answer?.content }).toEqual({ body, status: 400, content: NOT_FOUND });
		}
		expect(isMember(workspace, channel, caller)).toBe(true);
		expect(isMember(workspace, direct, caller)).toBe(true);
	});

	it('takes roomId over roomName when both are sent', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: 'no-such-room-id', roomName: room.name });

		expect(answer?.content).toEqual(NOT_FOUND);
		expect(isMember(workspace, room, member)).toBe(true);
	});

	it('hides a group from a caller who is not in it, admins included, before telling it is archived', async () => {
		const owner = user();
		const room = privateGroup(workspace, groupName(), owner);

		expect((await leaveThroughEndpoint(engine(), user(), { roomId: room._id }))?.content).toEqual(NOT_FOUND);
		expect((await leaveThroughEndpoint(engine(), admin, { roomName: room.name }))?.content).toEqual(NOT_FOUND);
		workspace.setArchived(room._id, true, owner._id);
		expect((await leaveThroughEndpoint(engine(), user(), { roomId: room._id }))?.content).toEqual(NOT_FOUND);
	});

	it('refuses an archived group with error-room-archived before checking the caller may leave', async () => {
		const owner = user();
		const member = user({ roles: ['guest'] });
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setArchived(room._id, true, owner._id);
		const archived = leaveErrors.archived(room.name ?? '');

		expect((await leaveThroughEndpoint(engine(), member, { roomId: room._id }))?.content).toEqual(archived);
		expect((await leaveThroughEndpoint(engine(), owner, { roomId: room._id }))?.content).toEqual(archived);
		expect(isMember(workspace, room, member)).toBe(true);
	});

	it('refuses a caller whose global roles may not leave with error-not-allowed, even when they are the last owner', async () => {
		const guestOwner = user({ roles: ['guest'] });
		const member = user();
		const room = privateGroup(workspace, groupName(), guestOwner, [member]);
		// Room roles never grant the permission: a moderator who is a guest is still refused.
		const guestModerator = user({ roles: ['guest'] });
		workspace.addUserToRoom(room._id, guestModerator._id, guestOwner._id);
		workspace.addRoomRole(room._id, guestModerator._id, 'moderator', guestOwner._id);

		const answers = [
			await leaveThroughEndpoint(engine(), guestOwner, { roomId: room._id }),
			await leaveThroughEndpoint(engine(), guestModerator, { roomId: room._id }),
		];

		expect(answers.map((answer) => [answer?.status, answer?.content])).toEqual([
			[400, NOT_ALLOWED],
			[400, NOT_ALLOWED],
		]);
		expect(isMember(workspace, room, guestOwner)).toBe(true);
	});

	it('refuses the sole owner with error-you-are-last-owner and leaves the group untouched', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);

		const answer = await leaveThroughEndpoint(engine(), owner, { roomName: room.name });

		expect(answer?.status).toBe(400);
		expect(answer?.content).toEqual(LAST_OWNER);
		expect(isMember(workspace, room, owner)).toBe(true);
		expect(workspace.findRoomById(room._id)?.msgs).toBe(room.msgs);
	});

	it('lets a member leave: subscription gone, usersCount − 1, a `ul` message by the leaver, the documented answer', async () => {
		const owner = user();
		const member = user();
		const stays = user();
		const room = privateGroup(workspace, groupName(), owner, [member, stays]);
		const before = workspace.findRoomById(room._id)!;

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id, ignored: 'extra fields are ignored' });

		const after = workspace.findRoomById(room._id)!;
		expect(answer?.status).toBe(200);
		expect(answer?.content).toEqual({
			success: true,
			group: {
				_id: room._id,
				name: room.name,
				t: 'p',
				usernames: [],
				msgs: before.msgs + 1,
				usersCount: before.usersCount - 1,
				u: { _id: owner._id, username: owner.username },
				ts: before.ts.toISOString(),
				ro: false,
				sysMes: true,
				_updatedAt: expect.any(String),
			},
		});
		expect(isMember(workspace, room, member)).toBe(false);
		expect(isMember(workspace, room, stays)).toBe(true);
		expect(after.usersCount).toBe(before.usersCount - 1);
		expect(after.msgs).toBe(before.msgs + 1);
		expect(workspace.messagesOfRoom(room._id).at(-1)).toMatchObject({ t: 'ul', msg: member.username, u: { _id: member._id, username: member.username } });
	});

	it('lets an owner leave when the group has another owner', async () => {
		const owner = user();
		const coOwner = user();
		const room = privateGroup(workspace, groupName(), owner, [coOwner]);
		workspace.addRoomRole(room._id, coOwner._id, 'owner', owner._id);

		const answer = await leaveThroughEndpoint(engine(), owner, { roomName: room.name });

		expect(answer?.status).toBe(200);
		expect(isMember(workspace, room, owner)).toBe(false);
		expect(workspace.usersWithRoomRole(room._id, 'owner').map((holder) => holder._id)).toEqual([coOwner._id]);
	});

	it('makes at most 5 accessor calls for a successful leave, the removal among them (the member list only before 1.58)', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member, ...Array.from({ length: 50 }, () => user())]);

		const { result, calls, total } = await accessorCallsDuring(engine(), () => leaveThroughEndpoint(engine(), member, { roomId: room._id }));

		expect(result?.status).toBe(200);
		expect(calls['accessor:getModifier:getDeleter:removeUsersFromRoom']).toBe(1);
		// Without getUserRoomIds the membership is the member list; a process's first leave also asks the missing method once.
		expect(calls['accessor:getReader:getRoomReader:getMembers']).toBe(ENGINE_HAS_USER_ROOM_IDS ? undefined : 1);
		expect(total).toBeLessThanOrEqual(ENGINE_HAS_USER_ROOM_IDS ? 5 : 6);
	});
});
