import { AppPersistenceStore } from '../workspace/appPersistence';
import { UserSurfaces } from '../workspace/userSurfaces';
import { Workspace } from '../workspace/Workspace';

// What the workspace keeps for apps and their UI, each as the Rocket.Chat source named in the test does it.

const APP = 'app-1';
const room = (id: string) => ({ model: 'room', id });
const user = (id: string) => ({ model: 'user', id });

describe('the apps’ persistence store (app/apps/server/bridges/persistence.ts over MongoDB)', () => {
	test('a read by associations takes the records holding all of them ($all), only the app’s own', () => {
		const store = new AppPersistenceStore();
		store.create(APP, { n: 1 }, [room('R'), user('U')]);
		store.create(APP, { n: 2 }, [room('R')]);
		store.create('other-app', { n: 3 }, [room('R'), user('U')]);
		expect(store.readByAssociations(APP, [room('R')])).toEqual([{ n: 1 }, { n: 2 }]);
		expect(store.readByAssociations(APP, [user('U'), room('R')])).toEqual([{ n: 1 }]);
		expect(store.readByAssociations(APP, [])).toEqual([]);
	});

	test('an update by associations matches the exact list; an upsert inserts, and answers its id only then', () => {
		const store = new AppPersistenceStore();
		store.create(APP, { n: 1 }, [room('R'), user('U')]);
		expect(store.updateByAssociations(APP, [room('R')], { n: 2 }, true)).toMatch(/\w+/);
		expect(store.updateByAssociations(APP, [room('R')], { n: 3 }, true)).toBe('');
		expect(store.updateByAssociations(APP, [user('U')], { n: 4 }, false)).toBe('');
		expect(store.readByAssociations(APP, [room('R')])).toEqual([{ n: 1 }, { n: 3 }]);
		expect(store.readByAssociations(APP, [user('U')])).toEqual([{ n: 1 }]);
	});

	test('removing answers the removed data, or undefined when nothing matched; reads by id are not scoped to the app', () => {
		const store = new AppPersistenceStore();
		const id = store.create(APP, { n: 1 });
		store.create(APP, { n: 2 }, [room('R')]);
		expect(store.readById(id)).toEqual({ n: 1 });
		expect(store.remove('other-app', id)).toBeUndefined();
		expect(store.remove(APP, id)).toEqual({ n: 1 });
		expect(store.readById(id)).toBeUndefined();
		expect(store.removeByAssociations(APP, [room('R')])).toEqual([{ n: 2 }]);
		expect(store.removeByAssociations(APP, [room('R')])).toBeUndefined();
	});

	test('the data is kept as a copy', () => {
		const store = new AppPersistenceStore();
		const data = { list: [1] };
		store.create(APP, data, [room('R')]);
		data.list.push(2);
		expect(store.readByAssociations(APP, [room('R')])).toEqual([{ list: [1] }]);
	});
});

describe('rooms changed by apps (rooms.ts, lib/server/functions/deleteRoom.ts and addUserToRoom.ts)', () => {
	test('deleting a room takes its messages, subscriptions, room roles and name with it', () => {
		const workspace = new Workspace();
		const alice = workspace.createUser({ username: 'alice' });
		const bob = workspace.createUser({ username: 'bob' });
		const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id, memberIds: [bob._id] });
		const message = workspace.postMessage({ rid: group._id, msg: 'hi', userId: bob._id });
		workspace.deleteRoom(group._id);
		expect(workspace.findRoomById(group._id)).toBeUndefined();
		expect(workspace.findMessageById(message._id)).toBeUndefined();
		expect(workspace.roomIdsOfUser(alice._id)).toEqual([]);
		expect(workspace.usersWithRoomRole(group._id, 'owner')).toEqual([]);
		// The name is free again.
		expect(workspace.createRoom({ t: 'p', name: 'team', creatorId: bob._id }).name).toBe('team');
	});

	test('a user added with no inviter gets ut in a discussion and uj elsewhere, by the user', () => {
		const workspace = new Workspace();
		const alice = workspace.createUser({ username: 'alice' });
		const bob = workspace.createUser({ username: 'bob' });
		const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Plan', creatorId: alice._id });
		workspace.addUserToRoom(group._id, bob._id);
		workspace.addUserToRoom(discussion._id, bob._id);
		expect(workspace.messagesOfRoom(group._id).at(-1)).toMatchObject({ t: 'uj', msg: 'bob', u: { _id: bob._id } });
		expect(workspace.messagesOfRoom(discussion._id).at(-1)).toMatchObject({ t: 'ut', msg: 'bob', u: { _id: bob._id } });
	});

	test('an app’s room update writes the fields it sent and re-indexes a new name', () => {
		const workspace = new Workspace();
		const alice = workspace.createUser({ username: 'alice' });
		const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
		workspace.updateRoomFields(group._id, { name: 'crew', fname: 'Crew', ro: true });
		expect(workspace.findRoomByName('team')).toBeUndefined();
		expect(workspace.findRoomByName('crew')).toMatchObject({ _id: group._id, fname: 'Crew', ro: true, usersCount: 1 });
	});
});

describe('what reaches a user’s clients (server/modules/listeners: notify.ephemeralMessage, notify.uiInteraction)', () => {
	test('an ephemeral message is kept with its blocks and pushed as <uid>/message', () => {
		const workspace = new Workspace();
		const alice = workspace.createUser({ username: 'alice' });
		const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
		const blocks = [{ type: 'actions', elements: [{ type: 'button', actionId: 'undo' }] }];
		workspace.notifyUser(alice._id, group._id, 'Left', alice._id, { blocks });
		expect(workspace.notificationsOf(alice._id)).toEqual([expect.objectContaining({ msg: 'Left', blocks })]);
		const [event] = workspace.streams.after(alice._id, 0);
		expect(event).toMatchObject({
			id: 1,
			eventName: `${alice._id}/message`,
			args: [{ groupable: false, msg: 'Left', rid: group._id, blocks, u: { _id: alice._id } }],
		});
	});

	test('surfaces follow open, update, errors and close; an answer with no surface type changes nothing', () => {
		const surfaces = new UserSurfaces();
		const view = { id: 'V', type: 'modal', blocks: [] };
		surfaces.apply('U', { success: true } as never, 'response');
		expect(surfaces.of('U')).toEqual([]);
		surfaces.apply('U', { type: 'modal.open', appId: APP, triggerId: 'T', view }, 'stream');
		surfaces.apply('U', { type: 'errors', viewId: 'V', errors: { name: 'Required' } }, 'response');
		expect(surfaces.of('U')).toEqual([expect.objectContaining({ viewId: 'V', open: true, errors: { name: 'Required' } })]);
		surfaces.apply('U', { type: 'modal.update', appId: APP, view: { ...view, title: 'Two' } }, 'stream');
		expect(surfaces.of('U')[0]).not.toHaveProperty('errors');
		surfaces.apply('U', { type: 'modal.close', view }, 'stream');
		expect(surfaces.of('U')).toEqual([expect.objectContaining({ viewId: 'V', open: false, appId: APP, view: { ...view, title: 'Two' } })]);
		expect(surfaces.of('other')).toEqual([]);
	});
});
