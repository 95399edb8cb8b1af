import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import { UserStatusConnection, UserType } from '@rocket.chat/apps-engine/definition/users';

import { AppConverters } from '../engine/converters/AppConverters';
import { Workspace } from '../workspace/Workspace';

function seeded() {
	const workspace = new Workspace();
	const converters = new AppConverters(workspace);
	const alice = workspace.createUser({ username: 'alice', language: 'de' });
	const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
	return { workspace, converters, alice, group };
}

// Rocket.Chat: apps/meteor/app/apps/server/converters/users.ts and rooms.ts.
describe('AppConverters: what an app sees of the workspace', () => {
	test('a user: its type decides bot-ness, no presence, the language under preferences', () => {
		const { workspace, converters, alice } = seeded();
		const bot = workspace.createUser({ username: 'helper', roles: ['bot'], type: 'bot' });
		expect(converters.user(alice)).toMatchObject({
			id: alice._id,
			type: UserType.USER,
			statusConnection: UserStatusConnection.UNDEFINED,
			settings: { preferences: { language: 'de' } },
		});
		expect(converters.user(alice)).not.toHaveProperty('status');
		expect(converters.user(bot).type).toBe(UserType.BOT);
		expect(converters.user(workspace.createUser({ username: 'roles-only', roles: ['bot'] })).type).toBe(UserType.USER);
	});

	test('a user keeps its global roles; a room or user that does not exist is undefined', () => {
		const { converters, alice } = seeded();
		expect(converters.user(alice).roles).toEqual(['user']);
		expect(converters.roomById('NOSUCHROOM')).toBeUndefined();
		expect(converters.roomByName('nosuch')).toBeUndefined();
		expect(converters.userById('NOSUCHUSER')).toBeUndefined();
	});

	test('a room: mapped fields renamed, the rest (usersCount, archived) unmapped', () => {
		const { converters, group } = seeded();
		const room = converters.room(group);
		expect(room).toMatchObject({ id: group._id, slugifiedName: 'team', displayName: 'team', type: RoomType.PRIVATE_GROUP, messageCount: 0 });
		expect(room._unmappedProperties_).toEqual({ usersCount: 1, archived: false });
		expect(room.parentRoom).toBeUndefined();
	});

	test("a discussion: prid becomes parentRoom, the parent converted, as Rocket.Chat's AppRoomsConverter does", () => {
		const { workspace, converters, alice, group } = seeded();
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: alice._id });
		const room = converters.room(discussion);
		expect(room.displayName).toBe('Release plan');
		expect(room.parentRoom).toMatchObject({ id: group._id, slugifiedName: 'team', messageCount: 1 });
		expect(room._unmappedProperties_).not.toHaveProperty('prid');
	});
});
