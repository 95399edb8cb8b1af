import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { type Harness, type Json, startHarness } from './httpHarness';

let h: Harness;
let owner: WorkspaceUser;
let member: WorkspaceUser;
let outsider: WorkspaceUser;
let group: WorkspaceRoom;

beforeEach(async () => {
	h = await startHarness();
	owner = h.user('owner');
	member = h.user('member');
	outsider = h.user('outsider');
	const created = await h.request('POST', '/api/v1/groups.create', { as: owner, json: { name: 'team', members: ['member', 'nobody-by-this-name'] } });
	group = created.body.group as WorkspaceRoom;
});
afterEach(() => h.close());

function post(path: string, as: WorkspaceUser, json: Json) {
	return h.request('POST', `/api/v1/${path}`, { as, json });
}

function get(path: string, as: WorkspaceUser, query: Record<string, string>) {
	return h.request('GET', `/api/v1/${path}?${new URLSearchParams(query)}`, { as });
}

const ROOM_NOT_FOUND = {
	success: false,
	error: 'The required "roomId" or "roomName" param provided does not match any group [error-room-not-found]',
	errorType: 'error-room-not-found',
};

describe('groups.create', () => {
	test('the creator owns the new group and unknown member names are skipped', async () => {
		expect(group).toMatchObject({ t: 'p', name: 'team', usersCount: 2, msgs: 0, ro: false, u: { _id: owner._id, username: 'owner' } });
		const roles = await get('groups.roles', owner, { roomId: group._id });
		expect(roles.body.roles).toEqual([
			{ _id: expect.any(String), rid: group._id, u: { _id: owner._id, username: 'owner', name: 'owner' }, roles: ['owner'] },
		]);
	});

	test('readOnly is kept', async () => {
		const created = await post('groups.create', owner, { name: 'announcements', readOnly: true });
		expect(created.body.group).toMatchObject({ ro: true });
	});

	test('a missing name, a non-array members and a taken name are refused', async () => {
		expect((await post('groups.create', owner, {})).body).toEqual({ success: false, error: 'Body param "name" is required' });
		expect((await post('groups.create', owner, { name: 'x', members: 'member' })).body).toEqual({
			success: false,
			error: 'Body param "members" must be an array if provided',
		});
		expect((await post('groups.create', owner, { name: 'team' })).body).toMatchObject({
			error: "A channel with name 'team' exists [error-duplicate-channel-name]",
			errorType: 'error-duplicate-channel-name',
		});
	});

	test('a user without create-p gets 403 unauthorized', async () => {
		const guest = h.user('guest', ['guest']);
		const answer = await post('groups.create', guest, { name: 'guests' });
		expect(answer.status).toBe(403);
		expect(answer.body).toEqual({ success: false, error: 'unauthorized' });
	});
});

describe('finding a group', () => {
	test('groups.info shows a member the room with msgs and usersCount', async () => {
		const answer = await get('groups.info', member, { roomName: 'team' });
		expect(answer.status).toBe(200);
		expect(answer.body.group).toMatchObject({ _id: group._id, msgs: 0, usersCount: 2 });
	});

	test('a non-member, an admin included, is told the group does not exist', async () => {
		for (const caller of [outsider, h.admin]) {
			const answer = await get('groups.info', caller, { roomId: group._id });
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual(ROOM_NOT_FOUND);
		}
	});

	test('a public channel or a DM is not a group', async () => {
		const channel = (await post('channels.create', owner, { name: 'lobby' })).body.channel as WorkspaceRoom;
		const dm = (await post('im.create', owner, { username: 'member' })).body.room as WorkspaceRoom;
		expect(dm).toMatchObject({ t: 'd', rid: dm._id, usersCount: 2 });
		expect([...(dm.usernames ?? [])].sort()).toEqual(['member', 'owner']);
		for (const roomId of [channel._id, dm._id]) {
			expect((await get('groups.info', owner, { roomId })).body).toEqual(ROOM_NOT_FOUND);
		}
	});

	test('room names are exact: another case or a leading # is not found', async () => {
		for (const roomName of ['Team', '#team']) {
			expect((await get('groups.info', owner, { roomName })).body).toEqual(ROOM_NOT_FOUND);
		}
	});

	test('neither roomId nor roomName is error-room-param-not-provided', async () => {
		const answer = await get('groups.info', owner, {});
		expect(answer.body).toEqual({
			success: false,
			error: 'The parameter "roomId" or "roomName" is required [error-room-param-not-provided]',
			errorType: 'error-room-param-not-provided',
		});
	});

	test('roomId wins over roomName', async () => {
		const answer = await get('groups.info', owner, { roomId: 'no-such-id', roomName: 'team' });
		expect(answer.body).toEqual(ROOM_NOT_FOUND);
	});
});

describe('membership changes', () => {
	test('the owner invites a user: au by the owner, usersCount and msgs grow', async () => {
		const answer = await post('groups.invite', owner, { roomId: group._id, userId: outsider._id });
		expect(answer.body.group).toMatchObject({ usersCount: 3, msgs: 1 });
		const history = await get('groups.history', owner, { roomId: group._id });
		expect(history.body.messages).toEqual([expect.objectContaining({ t: 'au', msg: 'outsider', u: { _id: owner._id, username: 'owner' } })]);
	});

	test('a plain member cannot invite (error-not-allowed)', async () => {
		const answer = await post('groups.invite', member, { roomId: group._id, username: 'outsider' });
		expect(answer.body).toEqual({
			success: false,
			error: 'Not allowed [error-not-allowed]',
			errorType: 'error-not-allowed',
			details: { method: 'addUsersToRoom' },
		});
	});

	test('inviting only unknown users is error-empty-invite-list; inviting a member notifies the inviter', async () => {
		expect((await post('groups.invite', owner, { roomId: group._id, username: 'ghost' })).body).toMatchObject({ errorType: 'error-empty-invite-list' });
		await post('groups.invite', owner, { roomId: group._id, username: 'member' });
		const notifications = await h.request('GET', '/api/v1/sandbox.notifications', { as: owner });
		expect(notifications.body).toEqual({ notifications: [{ rid: group._id, msg: '@member is already in here.', ts: expect.any(String) }], success: true });
	});

	test('the owner kicks a member: ru by the owner', async () => {
		const answer = await post('groups.kick', owner, { roomId: group._id, userId: member._id });
		expect(answer.body).toEqual({ success: true });
		const info = await get('groups.info', owner, { roomId: group._id });
		expect(info.body.group).toMatchObject({ usersCount: 1, msgs: 1 });
		const history = await get('groups.history', owner, { roomId: group._id });
		expect(history.body.messages).toEqual([expect.objectContaining({ t: 'ru', msg: 'member', u: { _id: owner._id, username: 'owner' } })]);
	});

	test("a kick another app vetoes is refused with error-app-prevented and that app's message, and changes nothing", async () => {
		h.workspace.setPreLeaveVeto(() => 'Members of team stay until Friday');
		expect(await post('groups.kick', owner, { roomId: group._id, userId: member._id })).toMatchObject({
			status: 400,
			body: {
				success: false,
				error: 'Members of team stay until Friday [error-app-prevented]',
				errorType: 'error-app-prevented',
				details: { method: 'removeUserFromRoom' },
			},
		});
		expect((await get('groups.info', owner, { roomId: group._id })).body.group).toMatchObject({ usersCount: 2, msgs: 0 });
	});

	test('a member cannot kick, a non-member cannot be kicked, the sole owner cannot be kicked', async () => {
		expect((await post('groups.kick', member, { roomId: group._id, username: 'owner' })).body).toMatchObject({ errorType: 'error-not-allowed' });
		expect((await post('groups.kick', owner, { roomId: group._id, username: 'outsider' })).body).toMatchObject({ errorType: 'error-user-not-in-room' });
		await post('groups.invite', owner, { roomId: group._id, username: 'admin' });
		expect((await post('groups.kick', h.admin, { roomId: group._id, username: 'owner' })).body).toEqual({
			success: false,
			error: 'You are the last owner. Please set new owner before leaving the room. [error-you-are-last-owner]',
			errorType: 'error-you-are-last-owner',
			details: { method: 'removeUserFromRoom' },
		});
	});
});

describe('room roles', () => {
	test('addOwner then removeOwner post role messages; the last owner cannot be removed', async () => {
		expect((await post('groups.addOwner', owner, { roomId: group._id, userId: member._id })).body).toEqual({ success: true });
		expect((await post('groups.addOwner', owner, { roomId: group._id, userId: member._id })).body).toMatchObject({ errorType: 'error-user-already-owner' });
		expect((await post('groups.removeOwner', member, { roomId: group._id, userId: owner._id })).body).toEqual({ success: true });
		expect((await post('groups.removeOwner', member, { roomId: group._id, userId: member._id })).body).toEqual({
			success: false,
			error: 'This is the last owner. Please set a new owner before removing this one. [error-remove-last-owner]',
			errorType: 'error-remove-last-owner',
			details: { method: 'removeRoomOwner' },
		});
		const history = await get('groups.history', owner, { roomId: group._id });
		expect((history.body.messages as Json[]).map(({ t, msg, role }) => ({ t, msg, role }))).toEqual([
			{ t: 'subscription-role-removed', msg: 'owner', role: 'owner' },
			{ t: 'subscription-role-added', msg: 'member', role: 'owner' },
		]);
	});

	test('a member cannot grant roles; roles go only to members; removeOwner of a non-owner is refused', async () => {
		expect((await post('groups.addOwner', member, { roomId: group._id, userId: member._id })).body).toMatchObject({ errorType: 'error-not-allowed' });
		expect((await post('groups.addModerator', owner, { roomId: group._id, userId: outsider._id })).body).toMatchObject({
			errorType: 'error-user-not-in-room',
		});
		expect((await post('groups.removeOwner', owner, { roomId: group._id, userId: member._id })).body).toMatchObject({ errorType: 'error-user-not-owner' });
	});

	test('a moderator appears in groups.roles', async () => {
		await post('groups.addModerator', owner, { roomId: group._id, username: 'member' });
		const roles = await get('groups.roles', member, { roomId: group._id });
		expect((roles.body.roles as Array<{ u: { username: string }; roles: string[] }>).map(({ u, roles: held }) => [u.username, held])).toEqual([
			['owner', ['owner']],
			['member', ['moderator']],
		]);
	});
});

describe('archiving', () => {
	test('the owner archives; changes are then refused; only an admin member may unarchive', async () => {
		expect((await post('groups.archive', member, { roomId: group._id })).body).toMatchObject({ errorType: 'error-not-authorized' });
		expect((await post('groups.archive', owner, { roomId: group._id })).body).toEqual({ success: true });
		expect((await get('groups.info', owner, { roomId: group._id })).body.group).toMatchObject({ archived: true, msgs: 1 });
		expect((await post('groups.kick', owner, { roomId: group._id, username: 'member' })).body).toEqual({
			success: false,
			error: 'The private group, team, is archived [error-room-archived]',
			errorType: 'error-room-archived',
		});
		expect((await post('groups.unarchive', owner, { roomId: group._id })).body).toMatchObject({ errorType: 'error-not-authorized' });
		h.workspace.addUserToRoom(group._id, h.admin._id, owner._id);
		expect((await post('groups.unarchive', h.admin, { roomId: group._id })).body).toEqual({ success: true });
		expect((await get('groups.info', owner, { roomId: group._id })).body.group).toMatchObject({ archived: false });
	});
});

describe('listing', () => {
	test('groups.members pages with offset and count and reports the total', async () => {
		for (const name of ['m1', 'm2', 'm3']) {
			h.workspace.addUserToRoom(group._id, h.user(name)._id, owner._id);
		}
		const page = await get('groups.members', owner, { roomId: group._id, offset: '1', count: '2' });
		expect(page.body).toMatchObject({ count: 2, offset: 1, total: 5, success: true });
		expect((page.body.members as Json[]).map((m) => m.username)).toEqual(['member', 'm1']);
	});

	test('groups.history is newest first and honours count', async () => {
		for (const msg of ['one', 'two', 'three']) {
			h.workspace.postMessage({ rid: group._id, msg, userId: owner._id });
		}
		const answer = await get('groups.history', member, { roomId: group._id, count: '2' });
		expect((answer.body.messages as Json[]).map((m) => m.msg)).toEqual(['three', 'two']);
	});
});
