import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

import type { RoomTarget } from '../../src/rocketchat/findRoom';
import { findRoomByArgument, MAX_ROOM_REFERENCE_LENGTH } from '../../src/rocketchat/findRoom';
import { hasRandomIdShape } from '../../src/rocketchat/randomIdShape';
import type { LeaveResult } from '../../src/leave/leaveGroup';
import { leaveGroup } from '../../src/leave/leaveGroup';
import { RoomQueue } from '../../src/leave/RoomQueue';
import type { WorkspaceUser } from '../../sandbox/workspace/records';
import type { FakeOptions } from '../fakes/FakeRocketChat';
import { fakeWithTeam } from '../fakes/FakeRocketChat';

function setUp(options: FakeOptions = {}) {
	const { rc, workspace, owner, member, group } = fakeWithTeam(options);
	const queue = new RoomQueue();
	const warnings: unknown[][] = [];
	const logger = { warn: (...items: unknown[]) => warnings.push(items) } as unknown as ILogger;
	const env = () => ({ read: rc.read(), modify: rc.modify(), queue, logger });
	const leave = (user: WorkspaceUser, target: RoomTarget = { roomId: group._id }): Promise<LeaveResult> => leaveGroup(env(), rc.appUserOf(user), target);
	return { rc, workspace, owner, member, group, queue, leave, env, warnings };
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
		expect(rc.messagesOf(group)).toEqual([{ rid: group._id, t: 'ul', uid: member._id }]);
	});

	it('finds the group by exact, case-sensitive name', async () => {
		const { rc, member, group, leave } = setUp();
		expect(errorTypeOf(await leave(member, { roomName: 'Team' }))).toBe('error-room-not-found');
		expect(errorTypeOf(await leave(member, { roomName: '#team' }))).toBe('error-room-not-found');
		expect(rc.isMember(group, member)).toBe(true);
		expect(errorTypeOf(await leave(member, { roomName: 'team' }))).toBe('ok');
	});

	it('refuses a public channel named by name after one lookup and nothing else', async () => {
		const { rc, workspace, owner, leave } = setUp();
		workspace.createRoom({ t: 'c', name: 'general', creatorId: owner._id });
		rc.resetCalls();
		expect(errorTypeOf(await leave(owner, { roomName: 'general' }))).toBe('error-room-not-found');
		expect(rc.calls).toEqual({ getByName: 1 });
	});

	it('refuses a public channel named by id without leaving it, the other reads made alongside the lookup', async () => {
		const { rc, workspace, owner, leave } = setUp();
		const channel = workspace.createRoom({ t: 'c', name: 'general', creatorId: owner._id });
		rc.resetCalls();
		expect(errorTypeOf(await leave(owner, { roomId: channel._id }))).toBe('error-room-not-found');
		expect(rc.calls.removeUsersFromRoom).toBeUndefined();
		expect(rc.isMember(channel, owner)).toBe(true);
	});

	it('refuses a direct room as not found', async () => {
		const { rc, workspace, owner, member, leave } = setUp();
		const direct = workspace.createDirectRoom(owner._id, member._id);
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
		const { rc, workspace, group, leave } = setUp();
		const admin = workspace.createUser({ username: 'root', roles: ['admin'] });
		expect(errorTypeOf(await leave(admin))).toBe('error-room-not-found');
		expect(rc.messagesOf(group)).toEqual([]);
		expect(rc.roomNow(group).usersCount).toBe(2);
	});

	it('reads archived from the unmapped room fields', async () => {
		const { rc, workspace, member, leave } = setUp();
		const ann = workspace.createUser({ username: 'ann' });
		const archived = workspace.createRoom({ t: 'p', name: 'old', creatorId: ann._id, memberIds: [member._id] });
		workspace.setArchived(archived._id, true, ann._id);
		const result = await leave(member, { roomId: archived._id });
		expect(errorOf(result)).toEqual({ errorType: 'error-room-archived', reason: 'The private group, old, is archived' });
		expect(rc.isMember(archived, member)).toBe(true);
	});

	it('names a discussion by its display name when it is archived, as core does', async () => {
		const { workspace, member, group, leave } = setUp();
		const ann = workspace.createUser({ username: 'ann' });
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: ann._id, memberIds: [member._id] });
		workspace.setArchived(discussion._id, true, ann._id);
		const result = await leave(member, { roomId: discussion._id });
		expect(errorOf(result)?.reason).toBe('The private group, Release plan, is archived');
	});

	// server/services/authorization/canAccessRoom.ts opens a discussion to its parent's members; then
	// app/lib/server/methods/leaveRoom.ts refuses one who is not in it, after the leave-p check.
	it('answers a parent member who is not in a discussion with error-user-not-in-room, after the role check', async () => {
		const { rc, workspace, owner, member, group, leave } = setUp();
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: owner._id });
		expect(errorOf(await leave(member, { roomId: discussion._id }))).toEqual({
			errorType: 'error-user-not-in-room',
			reason: 'You are not in this room',
			details: { method: 'leaveRoom' },
		});
		rc.allowedRoles = 'admin';
		expect(errorTypeOf(await leave(member, { roomId: discussion._id }))).toBe('error-not-allowed');
		expect(rc.isMember(group, member)).toBe(true);
	});

	it('still hides a discussion from someone in neither it nor its parent', async () => {
		const { workspace, owner, group, leave } = setUp();
		const outsider = workspace.createUser({ username: 'outsider' });
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: owner._id });
		expect(errorTypeOf(await leave(outsider, { roomId: discussion._id }))).toBe('error-room-not-found');
	});

	it('lets a member of a discussion leave it, whether or not they are in the parent', async () => {
		const { rc, workspace, owner, member, group, leave } = setUp();
		const guest = workspace.createUser({ username: 'guest' });
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: owner._id, memberIds: [member._id, guest._id] });
		expect(errorTypeOf(await leave(member, { roomId: discussion._id }))).toBe('ok');
		expect(errorTypeOf(await leave(guest, { roomId: discussion._id }))).toBe('ok');
		expect(rc.isMember(group, member)).toBe(true);
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
		expect(rc.roomNow(group).msgs).toBe(0);
	});

	it('lets the original owner leave once a second owner exists', async () => {
		const { rc, workspace, owner, member, group, leave } = setUp();
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		const before = rc.roomNow(group).msgs;
		expect(errorTypeOf(await leave(owner))).toBe('ok');
		expect(rc.roomNow(group).msgs).toBe(before + 1);
	});

	it('lets a sole member who is not an owner leave', async () => {
		const { workspace, leave } = setUp();
		const loner = workspace.createUser({ username: 'lone' });
		const ghost = workspace.createUser({ username: 'ghost' });
		const group = workspace.createRoom({ t: 'p', name: 'solo', creatorId: ghost._id, memberIds: [loner._id] });
		workspace.removeUserFromRoom(group._id, ghost._id);
		expect(workspace.membersOfRoom(group._id).map((user) => user.username)).toEqual(['lone']);
		expect(errorTypeOf(await leave(loner, { roomId: group._id }))).toBe('ok');
		expect(workspace.findRoomById(group._id)).toBeDefined();
	});
});

// Before 1.53 every failed accessor call reaches the app as "[object Object]" (fidelity notes §4), so a veto and a
// fault look alike: the app reads what Rocket.Chat now holds and answers that, never a success that did not happen.
// Rocket.Chat: packages/apps-engine/deno-runtime/lib/accessors/mod.ts (before 1.53: `throw new Error(err.error)`).
describe('leaveGroup: a removal that fails unreadably on an early runtime', () => {
	const early = { userRoomIds: 'missingOnEarlyRuntime' } as const;

	it('answers error-removal-refused when the caller is still in the group, and warns in the app log', async () => {
		const { rc, workspace, member, group, leave, warnings } = setUp(early);
		workspace.setPreLeaveVeto(() => 'Not before the audit');
		expect(errorOf(await leave(member))).toEqual({
			errorType: 'error-removal-refused',
			reason: 'Rocket.Chat did not remove you from the group and gave no reason (another app may have prevented it)',
		});
		expect(rc.isMember(group, member)).toBe(true);
		expect(warnings).toEqual([[expect.stringMatching(new RegExp(`did not remove ${member.username} from ${group._id} .*gave no reason`))]]);
	});

	it('answers the leave when the caller is gone despite the error', async () => {
		const { rc, workspace, member, group, leave, warnings } = setUp(early);
		workspace.setPreLeaveVeto((room, user) => {
			workspace.setPreLeaveVeto(undefined);
			workspace.removeUserFromRoom(room._id, user._id);
			return 'reported after the fact';
		});
		const result = await leave(member);
		expect(result.outcome).toBe('left');
		expect(rc.isMember(group, member)).toBe(false);
		expect(warnings).toEqual([]);
	});

	it('still tells a veto by its reason where the engine passes it on', async () => {
		const { workspace, member, leave } = setUp();
		workspace.setPreLeaveVeto(() => 'Not before the audit');
		expect(errorOf(await leave(member))).toEqual({ errorType: 'error-app-prevented', reason: 'Not before the audit' });
	});
});

describe('leaveGroup: accessor-call budget', () => {
	it('a member leaving by roomId costs 5 calls, membership through getUserRoomIds', async () => {
		const { rc, member, leave } = setUp();
		await leave(member);
		expect(rc.calls).toEqual({ getById: 1, getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('an owner leaving by roomName costs 5 calls too: the lookup, then the reads side by side, then the removal', async () => {
		const { rc, workspace, owner, member, group, leave } = setUp();
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		await leave(owner, { roomName: 'team' });
		expect(rc.calls).toEqual({ getByName: 1, getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('a leave with the room in hand costs 4 calls: no lookup', async () => {
		const { rc, member, group, env } = setUp();
		await leaveGroup(env(), rc.appUserOf(member), { room: rc.appRoomOf(group) });
		expect(rc.calls).toEqual({ getOwners: 1, getValueById: 1, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('answers not found without a call when no room was found', async () => {
		const { rc, member, env } = setUp();
		expect(await leaveGroup(env(), rc.appUserOf(member), { room: undefined })).toEqual({
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
		const { rc, workspace, owner, member, group, leave } = setUp({ userRoomIds: support });
		const other = workspace.createUser({ username: 'noa' });
		workspace.addUserToRoom(group._id, other._id, owner._id);
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
		const { workspace, leave } = setUp({ userRoomIds: 'missing' });
		expect(errorTypeOf(await leave(workspace.createUser({ username: 'stranger' })))).toBe('error-room-not-found');
	});
});

describe('leaveGroup: engine answers it cannot trust', () => {
	it('raises an error when getOwners answers undefined (room.read not granted) instead of treating it as no owners', async () => {
		const { rc, owner, group, env } = setUp({ granted: ['room.write', 'user.read', 'message.write'] });
		await expect(leaveGroup(env(), rc.appUserOf(owner), { room: rc.appRoomOf(group) })).rejects.toThrow(/getOwners answered no list/);
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
		const { rc, workspace, member, group, queue, leave } = setUp();
		workspace.setPreLeaveVeto((room, user) => (room._id === group._id && user._id === member._id ? 'Leaving is closed during the audit' : undefined));
		const result = await leave(member);
		expect(result).toMatchObject({ outcome: 'refused', error: { errorType: 'error-app-prevented', reason: 'Leaving is closed during the audit' } });
		expect(roomOf(result)?.id).toBe(group._id);
		expect(rc.isMember(group, member)).toBe(true);
		expect(rc.messagesOf(group)).toEqual([]);
		expect(queue.busyRooms).toBe(0);
	});

	it('keeps an empty veto message empty', async () => {
		const { workspace, member, leave } = setUp();
		workspace.setPreLeaveVeto(() => '');
		expect(await leave(member)).toMatchObject({ outcome: 'refused', error: { errorType: 'error-app-prevented', reason: '' } });
	});

	it('is asked only after core checks passed: the sole owner is still refused as last owner', async () => {
		const { rc, workspace, owner, leave } = setUp();
		workspace.setPreLeaveVeto(() => 'never');
		expect(errorTypeOf(await leave(owner))).toBe('error-you-are-last-owner');
		expect(rc.calls.removeUsersFromRoom ?? 0).toBe(0);
	});
});

describe('leaveGroup: concurrency', () => {
	it('lets exactly one of two owners of a two-owner group leave when both leave at once', async () => {
		const { workspace, owner, member, group, leave } = setUp();
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		const results = await Promise.all([leave(owner), leave(member)]);
		expect(results.map(errorTypeOf).sort()).toEqual(['error-you-are-last-owner', 'ok']);
		expect(workspace.usersWithRoomRole(group._id, 'owner')).toHaveLength(1);
	});

	it('serialises an id request and a name request for the same group', async () => {
		const { workspace, owner, member, group, leave } = setUp();
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		const results = await Promise.all([leave(owner, { roomId: group._id }), leave(member, { roomName: 'team' })]);
		expect(results.map(errorTypeOf).sort()).toEqual(['error-you-are-last-owner', 'ok']);
	});

	it('leaves of different groups do not wait for each other', async () => {
		const { workspace, member, leave } = setUp();
		const other = workspace.createRoom({ t: 'p', name: 'other', creatorId: workspace.createUser({ username: 'ann' })._id, memberIds: [member._id] });
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
		const { rc, workspace, owner } = setUp();
		const group = workspace.createRoom({ t: 'p', name: 'ProjectRoadmap234', creatorId: owner._id });
		rc.resetCalls();
		expect((await findRoomByArgument(rc.read(), 'ProjectRoadmap234'))?.id).toBe(group._id);
		expect(rc.calls).toEqual({ getById: 1, getByName: 1 });
	});

	it('falls back to the id for an imported room whose id has another shape', async () => {
		const { rc, workspace, owner } = setUp();
		const imported = workspace.createRoom({ t: 'p', name: 'imported', creatorId: owner._id, _id: 'slack-C024BE91L' });
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
