import type { RoomTarget } from '../../src/rocketchat/findRoom';
import { findRoomByArgument, MAX_ROOM_REFERENCE_LENGTH } from '../../src/rocketchat/findRoom';
import { hasRandomIdShape } from '../../src/rocketchat/randomIdShape';
import type { LeaveResult } from '../../src/leave/leaveGroup';
import { leaveGroup } from '../../src/leave/leaveGroup';
import { RoomQueue } from '../../src/leave/RoomQueue';
import type { FakeOptions, FakeUser } from '../fakes/FakeRocketChat';
import { FakeRocketChat } from '../fakes/FakeRocketChat';

function setUp(options: FakeOptions = {}) {
	const rc = new FakeRocketChat(options);
	const owner = rc.addUser('olivia');
	const member = rc.addUser('max');
	const group = rc.addGroup('team', owner, [member]);
	const queue = new RoomQueue();
	const env = () => ({ read: rc.read(), modify: rc.modify(), queue });
	const leave = (user: FakeUser, target: RoomTarget = { roomId: group._id }): Promise<LeaveResult> => leaveGroup(env(), rc.appUserOf(user), target);
	return { rc, owner, member, group, queue, leave };
}

const errorTypeOf = (result: LeaveResult) => (result.outcome === 'left' ? 'ok' : result.error.errorType);
const errorOf = (result: LeaveResult) => (result.outcome === 'left' ? undefined : result.error);
const roomOf = (result: LeaveResult) => (result.outcome === 'notFound' ? undefined : result.room);

describe('leaveGroup: gathering the facts and leaving', () => {
	it('removes a member, posts ul as the leaver and returns the room read before the leave', async () => {
		const { rc, member, group, leave } = setUp();
		const result = await leave(member);
		expect(result.outcome).toBe('left');
		expect(roomOf(result)?.id).toBe(group._id);
		expect(roomOf(result)?.messageCount).toBe(0);
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.messages).toEqual([{ rid: group._id, t: 'ul', uid: member._id }]);
	});

	it('finds the group by exact, case-sensitive name', async () => {
		const { rc, member, group, leave } = setUp();
		expect(errorTypeOf(await leave(member, { roomName: 'Team' }))).toBe('error-room-not-found');
		expect(errorTypeOf(await leave(member, { roomName: '#team' }))).toBe('error-room-not-found');
		expect(rc.isMember(group, member)).toBe(true);
		expect(errorTypeOf(await leave(member, { roomName: 'team' }))).toBe('ok');
	});

	it('refuses a public channel named by name after one lookup and nothing else', async () => {
		const { rc, owner, leave } = setUp();
		rc.addRoom('c', 'general', owner);
		rc.resetCalls();
		expect(errorTypeOf(await leave(owner, { roomName: 'general' }))).toBe('error-room-not-found');
		expect(rc.calls).toEqual({ getByName: 1 });
	});

	it('refuses a public channel named by id without leaving it, the other reads made alongside the lookup', async () => {
		const { rc, owner, leave } = setUp();
		const channel = rc.addRoom('c', 'general', owner);
		rc.resetCalls();
		expect(errorTypeOf(await leave(owner, { roomId: channel._id }))).toBe('error-room-not-found');
		expect(rc.calls.removeUsersFromRoom).toBeUndefined();
		expect(rc.isMember(channel, owner)).toBe(true);
	});

	it('refuses a direct room as not found', async () => {
		const { rc, owner, member, leave } = setUp();
		const direct = rc.addRoom('d', '', owner, [member], { usernames: [owner.username, member.username], uids: [owner._id, member._id] });
		expect(errorTypeOf(await leave(member, { roomId: direct._id }))).toBe('error-room-not-found');
		expect(rc.isMember(direct, member)).toBe(true);
	});

	it('skips the lookup for an empty or oversized reference', async () => {
		const { rc, member, leave } = setUp();
		expect(errorTypeOf(await leave(member, { roomId: '' }))).toBe('error-room-not-found');
		expect(errorTypeOf(await leave(member, { roomName: 'x'.repeat(MAX_ROOM_REFERENCE_LENGTH + 1) }))).toBe('error-room-not-found');
		expect(rc.totalCalls()).toBe(0);
	});

	it('hides a group from an admin who is not subscribed', async () => {
		const { rc, group, leave } = setUp();
		const admin = rc.addUser('root', ['admin']);
		expect(errorTypeOf(await leave(admin))).toBe('error-room-not-found');
		expect(rc.messages).toEqual([]);
		expect(group.usersCount).toBe(2);
	});

	it('reads archived from the unmapped room fields', async () => {
		const { rc, member, leave } = setUp();
		const archived = rc.addGroup('old', rc.addUser('ann'), [member], { archived: true });
		const result = await leave(member, { roomId: archived._id });
		expect(errorOf(result)).toEqual({ errorType: 'error-room-archived', reason: 'The private group, old, is archived' });
		expect(rc.isMember(archived, member)).toBe(true);
	});

	it('names a discussion by its display name when it is archived, as core does', async () => {
		const { rc, member, group, leave } = setUp();
		const discussion = rc.addGroup('d-1a2b3c', rc.addUser('ann'), [member], { prid: group._id, fname: 'Release plan', archived: true });
		const result = await leave(member, { roomId: discussion._id });
		expect(errorOf(result)?.reason).toBe('The private group, Release plan, is archived');
	});

	it('applies the allowed-roles setting', async () => {
		const { rc, member, group, leave } = setUp();
		rc.allowedRoles = 'admin, bot';
		expect(errorTypeOf(await leave(member))).toBe('error-not-allowed');
		rc.allowedRoles = ' user ,admin';
		expect(errorTypeOf(await leave(member))).toBe('ok');
		expect(rc.isMember(group, member)).toBe(false);
	});

	it('keeps the sole owner in and leaves the room untouched', async () => {
		const { rc, owner, group, leave } = setUp();
		expect(errorTypeOf(await leave(owner))).toBe('error-you-are-last-owner');
		expect(rc.isMember(group, owner)).toBe(true);
		expect(group.msgs).toBe(0);
	});

	it('lets the original owner leave once a second owner exists', async () => {
		const { rc, owner, member, group, leave } = setUp();
		rc.setRoomRoles(group, member, ['owner']);
		expect(errorTypeOf(await leave(owner))).toBe('ok');
		expect(group.msgs).toBe(1);
	});

	it('lets a sole member who is not an owner leave', async () => {
		const { rc, leave } = setUp();
		const loner = rc.addUser('lone');
		const group = rc.addGroup('solo', rc.addUser('ghost'));
		rc.subscriptions = rc.subscriptions.filter((sub) => sub.rid !== group._id);
		rc.subscribe(group, loner);
		expect(errorTypeOf(await leave(loner, { roomId: group._id }))).toBe('ok');
		expect(rc.rooms.has(group._id)).toBe(true);
	});
});

describe('leaveGroup: accessor-call budget', () => {
	it('a member leaving by roomId costs 5 calls, membership through getUserRoomIds', async () => {
		const { rc, member, leave } = setUp();
		await leave(member);
		expect(rc.calls).toEqual({ getById: 1, getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('an owner leaving by roomName costs 5 calls too: the lookup, then the reads side by side, then the removal', async () => {
		const { rc, owner, member, group, leave } = setUp();
		rc.setRoomRoles(group, member, ['owner']);
		await leave(owner, { roomName: 'team' });
		expect(rc.calls).toEqual({ getByName: 1, getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('a leave with the room in hand costs 4 calls: no lookup', async () => {
		const { rc, member, group } = setUp();
		const env = { read: rc.read(), modify: rc.modify(), queue: new RoomQueue() };
		await leaveGroup(env, rc.appUserOf(member), { room: rc.appRoomOf(group) });
		expect(rc.calls).toEqual({ getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('answers not found without a call when no room was found', async () => {
		const { rc, member } = setUp();
		const env = { read: rc.read(), modify: rc.modify(), queue: new RoomQueue() };
		expect(await leaveGroup(env, rc.appUserOf(member), { room: undefined })).toEqual({
			outcome: 'notFound',
			error: expect.objectContaining({ errorType: 'error-room-not-found' }),
		});
		expect(rc.totalCalls()).toBe(0);
	});

	it('never loads the member list when the engine has getUserRoomIds', async () => {
		const { rc, member, leave } = setUp();
		await leave(member);
		expect(rc.calls.getMembers).toBeUndefined();
	});

	it.each<[string, FakeOptions['userRoomIds']]>([
		['refuses getUserRoomIds as a missing method (engine before 1.58)', 'missing'],
		['refuses it in the words of an early runtime (1.46)', 'missingOnEarlyRuntime'],
	])('falls back to getMembers when the engine %s: 6 calls the first time, 5 for every later leave', async (_label, support) => {
		const { rc, owner, member, group, leave } = setUp({ userRoomIds: support });
		const other = rc.addUser('noa');
		rc.subscribe(group, other);
		expect(errorTypeOf(await leave(member))).toBe('ok');
		expect(rc.calls).toEqual({ getById: 1, getOwners: 1, getValueById: 1, getUserRoomIds: 1, getMembers: 1, removeUsersFromRoom: 1 });
		expect(rc.isMember(group, member)).toBe(false);

		rc.resetCalls();
		expect(errorTypeOf(await leave(other))).toBe('ok');
		expect(rc.calls).toEqual({ getById: 1, getOwners: 1, getValueById: 1, getMembers: 1, removeUsersFromRoom: 1 });
		expect(rc.isMember(group, other)).toBe(false);
		expect(rc.isMember(group, owner)).toBe(true);
	});

	it('treats any other getUserRoomIds failure as an engine failure: it propagates, no member list is loaded and nobody leaves', async () => {
		const { rc, member, group, leave } = setUp({ failing: ['getUserRoomIds'] });
		await expect(leave(member)).rejects.toThrow('getUserRoomIds: engine failure');
		expect(rc.calls.getMembers).toBeUndefined();
		expect(rc.isMember(group, member)).toBe(true);
	});

	it('still hides a group from a non-member through the fallback', async () => {
		const { rc, leave } = setUp({ userRoomIds: 'missing' });
		expect(errorTypeOf(await leave(rc.addUser('stranger')))).toBe('error-room-not-found');
	});
});

describe('leaveGroup: engine answers it cannot trust', () => {
	it('raises an error when getOwners answers undefined (room.read not granted) instead of treating it as no owners', async () => {
		const { rc, owner, group } = setUp({ granted: ['room.write', 'user.read', 'message.write'] });
		const env = { read: rc.read(), modify: rc.modify(), queue: new RoomQueue() };
		await expect(leaveGroup(env, rc.appUserOf(owner), { room: rc.appRoomOf(group) })).rejects.toThrow(/getOwners answered no list/);
		expect(rc.permissionErrors).toContain('getOwners needs room.read');
		expect(rc.isMember(group, owner)).toBe(true);
	});

	it('propagates an accessor failure and releases the room for the next leave', async () => {
		const failing = setUp({ failing: ['getOwners'] });
		await expect(failing.leave(failing.member)).rejects.toThrow('getOwners: engine failure');
		expect(failing.queue.busyRooms).toBe(0);
	});
});

describe("leaveGroup: another app's pre-leave veto (check #8)", () => {
	it('refuses with error-app-prevented carrying the vetoing app message, changes nothing and releases the room', async () => {
		const { rc, member, group, queue, leave } = setUp();
		rc.preLeaveVeto = (room, user) => (room._id === group._id && user._id === member._id ? 'Leaving is closed during the audit' : undefined);
		const result = await leave(member);
		expect(result).toMatchObject({ outcome: 'refused', error: { errorType: 'error-app-prevented', reason: 'Leaving is closed during the audit' } });
		expect(roomOf(result)?.id).toBe(group._id);
		expect(rc.isMember(group, member)).toBe(true);
		expect(rc.messages).toEqual([]);
		expect(queue.busyRooms).toBe(0);
	});

	it('keeps an empty veto message empty', async () => {
		const { rc, member, leave } = setUp();
		rc.preLeaveVeto = () => '';
		expect(await leave(member)).toMatchObject({ outcome: 'refused', error: { errorType: 'error-app-prevented', reason: '' } });
	});

	it('is asked only after core checks passed: the sole owner is still refused as last owner', async () => {
		const { rc, owner, leave } = setUp();
		rc.preLeaveVeto = () => 'never';
		expect(errorTypeOf(await leave(owner))).toBe('error-you-are-last-owner');
		expect(rc.calls.removeUsersFromRoom ?? 0).toBe(0);
	});
});

describe('leaveGroup: concurrency', () => {
	it('lets exactly one of two owners of a two-owner group leave when both leave at once', async () => {
		const { rc, owner, member, group, leave } = setUp();
		rc.setRoomRoles(group, member, ['owner']);
		const results = await Promise.all([leave(owner), leave(member)]);
		expect(results.map(errorTypeOf).sort()).toEqual(['error-you-are-last-owner', 'ok']);
		expect(rc.subscriptions.filter((sub) => sub.rid === group._id && sub.roles.includes('owner'))).toHaveLength(1);
	});

	it('serialises an id request and a name request for the same group', async () => {
		const { rc, owner, member, group, leave } = setUp();
		rc.setRoomRoles(group, member, ['owner']);
		const results = await Promise.all([leave(owner, { roomId: group._id }), leave(member, { roomName: 'team' })]);
		expect(results.map(errorTypeOf).sort()).toEqual(['error-you-are-last-owner', 'ok']);
	});

	it('leaves of different groups do not wait for each other', async () => {
		const { rc, member, leave } = setUp();
		const other = rc.addGroup('other', rc.addUser('ann'), [member]);
		const results = await Promise.all([leave(member), leave(member, { roomId: other._id })]);
		expect(results.map(errorTypeOf)).toEqual(['ok', 'ok']);
	});
});

describe('hasRandomIdShape: what a Rocket.Chat room id looks like', () => {
	it.each(['Hx7rKq2MZbNw9eTfA', 'ProjectRoadmap234', '22222222222222222'])('takes %s for an id', (value) => {
		expect(hasRandomIdShape(value)).toBe(true);
	});

	it.each([
		['too short', 'ProjectRoadmap23'],
		['too long', 'ProjectRoadmap2345'],
		['a zero', 'ProjectRoadmap230'],
		['a lower-case l', 'ProjectRoadmapl34'],
		['an upper-case O', 'ProjectRoadmapO34'],
		['a dash', 'Project-Roadmap34'],
	])('does not take a value with %s for an id', (_reason, value) => {
		expect(hasRandomIdShape(value)).toBe(false);
	});
});

describe('findRoomByArgument: the room /leavegroup names', () => {
	it('takes #name as a name only', async () => {
		const { rc, group } = setUp();
		expect((await findRoomByArgument(rc.read(), '#team'))?.id).toBe(group._id);
		expect(rc.calls).toEqual({ getByName: 1 });
	});

	it('tries an argument shaped like a room id as an id, in one call', async () => {
		const { rc, group } = setUp();
		expect(hasRandomIdShape(group._id)).toBe(true);
		expect((await findRoomByArgument(rc.read(), group._id))?.id).toBe(group._id);
		expect(rc.calls).toEqual({ getById: 1 });
	});

	it('tries any other argument as a name, in one call', async () => {
		const { rc, group } = setUp();
		expect((await findRoomByArgument(rc.read(), 'team'))?.id).toBe(group._id);
		expect(rc.calls).toEqual({ getByName: 1 });
	});

	it('falls back to the name for a name shaped like an id', async () => {
		const { rc, owner } = setUp();
		const group = rc.addGroup('ProjectRoadmap234', owner);
		rc.resetCalls();
		expect((await findRoomByArgument(rc.read(), 'ProjectRoadmap234'))?.id).toBe(group._id);
		expect(rc.calls).toEqual({ getById: 1, getByName: 1 });
	});

	it('falls back to the id for an imported room whose id has another shape', async () => {
		const { rc, owner } = setUp();
		const imported = rc.addGroup('imported', owner, [], { _id: 'slack-C024BE91L' });
		rc.resetCalls();
		expect((await findRoomByArgument(rc.read(), 'slack-C024BE91L'))?.id).toBe(imported._id);
		expect(rc.calls).toEqual({ getByName: 1, getById: 1 });
	});

	it('finds nothing after both lookups when neither matches', async () => {
		const { rc } = setUp();
		expect(await findRoomByArgument(rc.read(), 'nothing')).toBeUndefined();
		expect(rc.calls).toEqual({ getByName: 1, getById: 1 });
	});
});
