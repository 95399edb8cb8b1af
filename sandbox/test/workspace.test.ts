import type { RoomRole } from '../workspace/records';
import { Workspace } from '../workspace/Workspace';
import { WorkspaceError } from '../workspace/WorkspaceError';
import { seedDemo } from '../workspace/demoSeed';

function seeded() {
	const workspace = new Workspace();
	const alice = workspace.createUser({ username: 'alice', password: 'alice-pass', email: 'alice@example.com' });
	const bob = workspace.createUser({ username: 'bob', password: 'bob-pass' });
	const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id, memberIds: [bob._id] });
	return { workspace, alice, bob, group };
}

function refusal(action: () => unknown): WorkspaceError {
	try {
		action();
	} catch (error) {
		if (error instanceof WorkspaceError) {
			return error;
		}
		throw error;
	}
	throw new Error('expected a WorkspaceError');
}

describe('users', () => {
	test('a new user gets the global role user and Rocket.Chat fields', () => {
		const { workspace, alice } = seeded();
		expect(alice).toMatchObject({ username: 'alice', name: 'alice', roles: ['user'], type: 'user', active: true });
		expect(alice.emails).toEqual([{ address: 'alice@example.com', verified: false }]);
		expect(alice._id).toMatch(/^[23456789A-HJ-NP-Za-km-z]{17}$/);
		expect(workspace.findUserByUsername('alice')?._id).toBe(alice._id);
		expect(workspace.findUserByEmail('ALICE@example.com')?._id).toBe(alice._id);
	});

	test('a username taken in another case is refused with error-field-unavailable', () => {
		const { workspace } = seeded();
		const error = refusal(() => workspace.createUser({ username: 'Alice' }));
		expect(error.errorType).toBe('error-field-unavailable');
		expect(error.message).toBe('Alice is already in use :( [error-field-unavailable]');
	});

	test('a taken email is refused with error-field-unavailable', () => {
		const { workspace } = seeded();
		expect(refusal(() => workspace.createUser({ username: 'carol', email: 'alice@example.com' })).errorType).toBe('error-field-unavailable');
	});

	test('username lookup is exact', () => {
		const { workspace } = seeded();
		expect(workspace.findUserByUsername('ALICE')).toBeUndefined();
	});

	test('reads are copies: changing one does not change the workspace', () => {
		const { workspace, alice } = seeded();
		alice.roles.push('admin');
		expect(workspace.findUserById(alice._id)?.roles).toEqual(['user']);
		expect(workspace.hasPermission(alice._id, 'create-user')).toBe(false);
	});
});

describe('authentication', () => {
	test('the right password passes and a wrong one fails', () => {
		const { workspace, alice } = seeded();
		expect(workspace.checkPassword(alice._id, 'alice-pass')).toBe(true);
		expect(workspace.checkPassword(alice._id, 'bob-pass')).toBe(false);
	});

	test('a user created without a password cannot log in with any', () => {
		const workspace = new Workspace();
		const bot = workspace.createUser({ username: 'helper.bot', type: 'bot', roles: ['bot'] });
		expect(workspace.checkPassword(bot._id, '')).toBe(false);
	});

	test('an issued token authenticates its own user only', () => {
		const { workspace, alice, bob } = seeded();
		const token = workspace.issueLoginToken(alice._id);
		expect(token).toHaveLength(43);
		expect(workspace.findUserByLoginToken(alice._id, token)?.username).toBe('alice');
		expect(workspace.findUserByLoginToken(bob._id, token)).toBeUndefined();
		expect(workspace.findUserByLoginToken(alice._id, `${token}x`)).toBeUndefined();
	});
});

describe('rooms', () => {
	test('the creator of a group is its owner and members hold no room role', () => {
		const { workspace, alice, bob, group } = seeded();
		expect(group).toMatchObject({ t: 'p', name: 'team', fname: 'team', msgs: 0, usersCount: 2, ro: false, sysMes: true, archived: false });
		expect(group.u).toEqual({ _id: alice._id, username: 'alice' });
		expect(workspace.findSubscription(group._id, alice._id)?.roles).toEqual(['owner']);
		expect(workspace.findSubscription(group._id, bob._id)?.roles).toEqual([]);
		expect(workspace.usersWithRoomRole(group._id, 'owner').map((user) => user.username)).toEqual(['alice']);
		expect(workspace.roomIdsOfUser(bob._id)).toEqual([group._id]);
	});

	test('room names are exact and unique across types', () => {
		const { workspace, alice } = seeded();
		expect(workspace.findRoomByName('Team')).toBeUndefined();
		const error = refusal(() => workspace.createRoom({ t: 'c', name: 'team', creatorId: alice._id }));
		expect(error.errorType).toBe('error-duplicate-channel-name');
		expect(error.reason).toBe("A channel with name 'team' exists");
	});

	test('a room name outside Rocket.Chat default pattern is refused with error-invalid-room-name', () => {
		const { workspace, alice } = seeded();
		expect(refusal(() => workspace.createRoom({ t: 'p', name: 'two words', creatorId: alice._id })).errorType).toBe('error-invalid-room-name');
	});

	test('a direct room has no name, is keyed by both ids and is created once per pair', () => {
		const { workspace, alice, bob } = seeded();
		const dm = workspace.createDirectRoom(bob._id, alice._id);
		expect(dm._id).toBe([alice._id, bob._id].sort().join(''));
		expect(dm.name).toBeUndefined();
		expect(dm).toMatchObject({ t: 'd', usersCount: 2 });
		expect(workspace.createDirectRoom(alice._id, bob._id)._id).toBe(dm._id);
		expect(workspace.membersOfRoom(dm._id)).toHaveLength(2);
	});

	test('an imported room keeps its foreign id, and an id is never given twice', () => {
		const { workspace, alice } = seeded();
		const imported = workspace.createRoom({ t: 'p', name: 'imported', creatorId: alice._id, _id: 'slack-C024BE91L' });
		expect(imported._id).toBe('slack-C024BE91L');
		expect(workspace.findRoomByName('imported')?._id).toBe('slack-C024BE91L');
		expect(() => workspace.createRoom({ t: 'p', name: 'again', creatorId: alice._id, _id: 'slack-C024BE91L' })).toThrow(/duplicate key/);
		expect(workspace.findRoomByName('again')).toBeUndefined();
	});

	test('a record of an old Rocket.Chat keeps the usernames list it was given, and the workspace never updates it', () => {
		const { workspace, alice, bob } = seeded();
		const legacy = workspace.createRoom({ t: 'p', name: 'legacy', creatorId: alice._id, memberIds: [bob._id], usernames: ['alice', 'bob'] });
		workspace.removeUserFromRoom(legacy._id, bob._id);
		expect(workspace.findRoomById(legacy._id)?.usernames).toEqual(['alice', 'bob']);
		expect(workspace.findRoomById(legacy._id)?.usersCount).toBe(1);
	});

	test("a discussion is a room of its parent's kind named by a random id, titled by fname, announced in the parent", () => {
		const { workspace, alice, bob, group } = seeded();
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: alice._id, memberIds: [bob._id] });
		expect(discussion).toMatchObject({ t: 'p', fname: 'Release plan', prid: group._id, usersCount: 2, msgs: 0, archived: false });
		expect(discussion.name).toMatch(/^[23456789A-HJ-NP-Za-km-z]{17}$/);
		expect(workspace.findSubscription(discussion._id, alice._id)?.roles).toEqual(['owner']);
		expect(workspace.messagesOfRoom(group._id).map(({ t, msg, drid, u }) => ({ t, msg, drid, by: u._id }))).toEqual([
			{ t: 'discussion-created', msg: 'Release plan', drid: discussion._id, by: alice._id },
		]);
		const channel = workspace.createRoom({ t: 'c', name: 'lobby', creatorId: alice._id });
		expect(workspace.createDiscussion({ prid: channel._id, name: 'Ideas', creatorId: alice._id }).t).toBe('c');
		expect(workspace.createDiscussion({ prid: workspace.createDirectRoom(alice._id, bob._id)._id, name: 'Aside', creatorId: alice._id }).t).toBe('p');
		expect(refusal(() => workspace.createDiscussion({ prid: 'nope', name: 'x', creatorId: alice._id })).errorType).toBe('error-invalid-room');
	});
});

describe('membership', () => {
	// Rocket.Chat: apps/meteor/app/lib/server/functions/removeUserFromRoom.ts (this and the removals below).
	test('a voluntary removal deletes the subscription and posts ul by the leaver', () => {
		const { workspace, bob, group } = seeded();
		workspace.removeUserFromRoom(group._id, bob._id);
		const room = workspace.findRoomById(group._id);
		expect(room).toMatchObject({ usersCount: 1, msgs: 1 });
		expect(workspace.findSubscription(group._id, bob._id)).toBeUndefined();
		expect(workspace.roomIdsOfUser(bob._id)).toEqual([]);
		expect(workspace.messagesOfRoom(group._id)).toEqual([expect.objectContaining({ t: 'ul', msg: 'bob', u: { _id: bob._id, username: 'bob' } })]);
	});

	test('a removal by someone else posts ru by the remover', () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.removeUserFromRoom(group._id, bob._id, alice._id);
		expect(workspace.messagesOfRoom(group._id)).toEqual([expect.objectContaining({ t: 'ru', msg: 'bob', u: { _id: alice._id, username: 'alice' } })]);
	});

	test('the removal checks nothing: the sole owner can be removed and the room stays', () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.removeUserFromRoom(group._id, alice._id);
		workspace.removeUserFromRoom(group._id, bob._id);
		expect(workspace.findRoomById(group._id)).toMatchObject({ usersCount: 0, msgs: 2 });
		expect(workspace.usersWithRoomRole(group._id, 'owner')).toEqual([]);
	});

	test('removing a non-member changes nothing', () => {
		const { workspace, group } = seeded();
		const carol = workspace.createUser({ username: 'carol' });
		workspace.removeUserFromRoom(group._id, carol._id);
		expect(workspace.findRoomById(group._id)).toMatchObject({ usersCount: 2, msgs: 0 });
	});

	test("another app's pre-leave veto refuses a leave and a kick with error-app-prevented and its message, and changes nothing", () => {
		const { workspace, alice, bob, group } = seeded();
		const asked: string[] = [];
		workspace.setPreLeaveVeto((room, user) => {
			asked.push(`${room.name}:${user.username}`);
			return 'Nobody leaves team during the audit';
		});
		for (const removedById of [undefined, alice._id]) {
			const vetoed = refusal(() => workspace.removeUserFromRoom(group._id, bob._id, removedById));
			expect(vetoed).toMatchObject({ errorType: 'error-app-prevented', reason: 'Nobody leaves team during the audit' });
			// The message an app sees through the engine's bridges, as core's Meteor.Error reads.
			expect(vetoed.message).toBe('Nobody leaves team during the audit [error-app-prevented]');
		}
		expect(asked).toEqual(['team:bob', 'team:bob']);
		expect(workspace.findRoomById(group._id)).toMatchObject({ usersCount: 2, msgs: 0 });
		expect(workspace.findSubscription(group._id, bob._id)).toBeDefined();
		expect(workspace.messagesOfRoom(group._id)).toEqual([]);
	});

	test('a veto without a message reads as the code alone; a veto answering undefined, or none set, lets the removal happen', () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.setPreLeaveVeto(() => '');
		expect(refusal(() => workspace.removeUserFromRoom(group._id, bob._id)).message).toBe('[error-app-prevented]');
		workspace.setPreLeaveVeto((_room, user) => (user._id === alice._id ? 'owners stay' : undefined));
		workspace.removeUserFromRoom(group._id, bob._id);
		expect(workspace.findSubscription(group._id, bob._id)).toBeUndefined();
		workspace.setPreLeaveVeto(undefined);
		workspace.removeUserFromRoom(group._id, alice._id);
		expect(workspace.findRoomById(group._id)).toMatchObject({ usersCount: 0, msgs: 2 });
	});

	test('an added user is announced with au by the adder', () => {
		const { workspace, alice, group } = seeded();
		const carol = workspace.createUser({ username: 'carol' });
		workspace.addUserToRoom(group._id, carol._id, alice._id);
		workspace.addUserToRoom(group._id, carol._id, alice._id);
		expect(workspace.findRoomById(group._id)).toMatchObject({ usersCount: 3, msgs: 1 });
		expect(workspace.messagesOfRoom(group._id)[0]).toMatchObject({ t: 'au', msg: 'carol', u: { username: 'alice' } });
	});

	test('room roles are granted and taken with subscription-role messages', () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.addRoomRole(group._id, bob._id, 'owner', alice._id);
		workspace.removeRoomRole(group._id, alice._id, 'owner', bob._id);
		expect(workspace.usersWithRoomRole(group._id, 'owner').map((user) => user.username)).toEqual(['bob']);
		expect(workspace.messagesOfRoom(group._id).map(({ t, msg, role }) => ({ t, msg, role }))).toEqual([
			{ t: 'subscription-role-added', msg: 'bob', role: 'owner' },
			{ t: 'subscription-role-removed', msg: 'alice', role: 'owner' },
		]);
	});

	test('room role holders stay right through granting, taking and leaving', () => {
		const { workspace, alice, bob, group } = seeded();
		const carol = workspace.createUser({ username: 'carol' });
		workspace.addUserToRoom(group._id, carol._id, alice._id);
		const holders = (role: RoomRole) => workspace.usersWithRoomRole(group._id, role).map((user) => user.username);
		expect([holders('owner'), holders('moderator'), holders('leader')]).toEqual([['alice'], [], []]);

		workspace.addRoomRole(group._id, bob._id, 'moderator', alice._id);
		workspace.addRoomRole(group._id, carol._id, 'moderator', alice._id);
		workspace.addRoomRole(group._id, bob._id, 'owner', alice._id);
		workspace.addRoomRole(group._id, bob._id, 'owner', alice._id);
		expect([holders('owner'), holders('moderator')]).toEqual([
			['alice', 'bob'],
			['bob', 'carol'],
		]);

		workspace.removeRoomRole(group._id, alice._id, 'owner', bob._id);
		workspace.removeRoomRole(group._id, carol._id, 'moderator', bob._id);
		workspace.removeRoomRole(group._id, carol._id, 'moderator', bob._id);
		expect([holders('owner'), holders('moderator')]).toEqual([['bob'], ['bob']]);

		workspace.removeUserFromRoom(group._id, bob._id);
		expect([holders('owner'), holders('moderator')]).toEqual([[], []]);
		// Coming back is a new subscription: the roles held before do not return.
		workspace.addUserToRoom(group._id, bob._id, alice._id);
		expect([holders('owner'), holders('moderator')]).toEqual([[], []]);
		expect(workspace.findSubscription(group._id, bob._id)?.roles).toEqual([]);
	});

	test('a room role for a non-member is refused with error-user-not-in-room', () => {
		const { workspace, alice, group } = seeded();
		const carol = workspace.createUser({ username: 'carol' });
		expect(refusal(() => workspace.addRoomRole(group._id, carol._id, 'moderator', alice._id)).errorType).toBe('error-user-not-in-room');
	});

	test('operations on a missing room or user are refused', () => {
		const { workspace, alice } = seeded();
		expect(refusal(() => workspace.removeUserFromRoom('nope', alice._id)).errorType).toBe('error-invalid-room');
		expect(refusal(() => workspace.notifyUser('nope', 'nope', 'hi')).errorType).toBe('error-invalid-user');
	});
});

describe('messages and notifications', () => {
	test('a posted message raises msgs and is listed oldest first', () => {
		const { workspace, alice, group } = seeded();
		workspace.postMessage({ rid: group._id, msg: 'one', userId: alice._id });
		workspace.postMessage({ rid: group._id, msg: 'two', userId: alice._id });
		expect(workspace.findRoomById(group._id)?.msgs).toBe(2);
		expect(workspace.messagesOfRoom(group._id).map((message) => message.msg)).toEqual(['one', 'two']);
	});

	test('archiving posts room-archived and flags the room', () => {
		const { workspace, alice, group } = seeded();
		workspace.setArchived(group._id, true, alice._id);
		expect(workspace.findRoomById(group._id)).toMatchObject({ archived: true, msgs: 1 });
		expect(workspace.messagesOfRoom(group._id)[0].t).toBe('room-archived');
	});

	test('notifications are kept per user, oldest first, and are not messages', () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.notifyUser(bob._id, group._id, 'first');
		workspace.notifyUser(bob._id, group._id, 'second');
		expect(workspace.notificationsOf(bob._id).map(({ rid, msg }) => ({ rid, msg }))).toEqual([
			{ rid: group._id, msg: 'first' },
			{ rid: group._id, msg: 'second' },
		]);
		expect(workspace.notificationsOf(alice._id)).toEqual([]);
		expect(workspace.findRoomById(group._id)?.msgs).toBe(0);
	});

	test("a notification carries its sender when one is given, as an app's message does", () => {
		const { workspace, alice, bob, group } = seeded();
		workspace.notifyUser(bob._id, group._id, 'from alice', alice._id);
		workspace.notifyUser(bob._id, group._id, 'from the server');
		expect(workspace.notificationsOf(bob._id).map(({ msg, u }) => ({ msg, u }))).toEqual([
			{ msg: 'from alice', u: { _id: alice._id, username: 'alice' } },
			{ msg: 'from the server', u: undefined },
		]);
		expect(refusal(() => workspace.notifyUser(bob._id, group._id, 'x', 'nope')).errorType).toBe('error-invalid-user');
	});
});

describe('permissions', () => {
	test('leave-p is held through global roles only, with Rocket.Chat defaults', () => {
		const { workspace, alice, group } = seeded();
		expect(workspace.hasPermission(alice._id, 'leave-p')).toBe(true);
		workspace.setPermissionRoles('leave-p', []);
		expect(workspace.hasPermission(alice._id, 'leave-p', group._id)).toBe(false);
	});

	test('room-scoped permissions count room roles only when the room is given', () => {
		const { workspace, alice, bob, group } = seeded();
		expect(workspace.hasPermission(alice._id, 'set-owner', group._id)).toBe(true);
		expect(workspace.hasPermission(alice._id, 'set-owner')).toBe(false);
		expect(workspace.hasPermission(bob._id, 'set-owner', group._id)).toBe(false);
	});

	test('an admin holds admin permissions everywhere', () => {
		const workspace = new Workspace();
		const admin = workspace.createUser({ username: 'admin', roles: ['admin'] });
		expect(workspace.hasPermission(admin._id, 'create-user')).toBe(true);
		expect(workspace.rolesOfPermission('create-user')).toEqual(['admin']);
	});

	test('an unknown permission is held by nobody', () => {
		const { workspace, alice } = seeded();
		expect(workspace.hasPermission(alice._id, 'no-such-permission')).toBe(false);
	});
});

describe('server settings', () => {
	// apps/meteor/server/settings/general.ts: add('Language', '', { type: 'language', public: true, … })
	test("Language is registered and valued as Rocket.Chat ships it: empty ('')", () => {
		const workspace = new Workspace();
		expect(workspace.findSettingById('Language')).toEqual({
			_id: 'Language',
			type: 'language',
			value: '',
			packageValue: '',
			public: true,
			secret: false,
			group: 'General',
			i18nLabel: 'Language',
			ts: expect.any(Date),
			_updatedAt: expect.any(Date),
		});
	});

	test('a new value is kept, and the setting is marked updated', () => {
		const workspace = new Workspace();
		const before = workspace.findSettingById('Language');
		workspace.setSettingValue('Language', 'pt-BR');
		const after = workspace.findSettingById('Language');
		expect(after).toMatchObject({ value: 'pt-BR', packageValue: '' });
		expect(after?._updatedAt.getTime()).toBeGreaterThanOrEqual(before?._updatedAt.getTime() ?? Infinity);
	});

	test('a setting the workspace does not keep is absent and cannot be set', () => {
		const workspace = new Workspace();
		expect(workspace.findSettingById('Site_Url')).toBeUndefined();
		expect(refusal(() => workspace.setSettingValue('Site_Url', 'x')).errorType).toBe('error-invalid-setting');
	});

	test('a read setting is a copy', () => {
		const workspace = new Workspace();
		const setting = workspace.findSettingById('Language');
		if (setting) {
			setting.value = 'fr';
		}
		expect(workspace.findSettingById('Language')?.value).toBe('');
	});
});

describe('demo seed', () => {
	test('demo-team has one owner, demo-project two, and the non-groups exist', () => {
		const workspace = new Workspace();
		const admin = workspace.createUser({ username: 'admin', roles: ['admin'] });
		const demo = seedDemo(workspace, admin);
		const owners = (rid: string) => workspace.usersWithRoomRole(rid, 'owner').map((user) => user.username);
		expect(owners(demo.soleOwnerGroup._id)).toEqual(['alice']);
		expect(owners(demo.twoOwnerGroup._id)).toEqual(['bob', 'carol']);
		expect(workspace.findRoomByName('demo-team')?.usersCount).toBe(3);
		expect([demo.channel.t, demo.directRoom.t]).toEqual(['c', 'd']);
		for (const { user, password } of demo.accounts) {
			expect(workspace.checkPassword(user._id, password)).toBe(true);
		}
	});
});
