import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SandboxEngine } from '../engine/SandboxEngine';
import { createSandboxServer } from '../http/server';
import { Workspace } from '../workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { send } from './httpHarness';
import { UI_KIT_TEST_APP_ID, uiKitTestAppZip } from './uiKitTestApp';

// The tiny app of fixtures/uikit-app in the real engine, driven over HTTP with Rocket.Chat's UI Kit protocol. Each
// test names the Rocket.Chat source it follows: ee/server/apps/communication/uikit.ts and
// endpoints/actionButtonsHandler.ts (the routes), app/apps/server/bridges/uiInteraction.ts, messages.ts, rooms.ts and
// persistence.ts (the bridges), server/modules/listeners (what reaches the user's stream).

jest.setTimeout(30_000);

const workspace = new Workspace();
const admin = workspace.createUser({ username: 'root', roles: ['admin', 'user'] });
const zip = uiKitTestAppZip();
let engine: SandboxEngine;
let server: Server;
let url: string;
const tokens = new Map<string, string>();
let serial = 0;

beforeAll(async () => {
	engine = await SandboxEngine.start({ workspace, appZip: zip, installerId: admin._id });
	server = createSandboxServer({ workspace, apps: engine });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	await engine.stop();
});

function user(): WorkspaceUser {
	const created = workspace.createUser({ username: `user${++serial}` });
	tokens.set(created._id, workspace.issueLoginToken(created._id));
	return created;
}

function group(owner: WorkspaceUser, members: WorkspaceUser[] = []): WorkspaceRoom {
	return workspace.createRoom({ t: 'p', name: `group${++serial}`, creatorId: owner._id, memberIds: members.map((member) => member._id) });
}

async function post(path: string, as: WorkspaceUser | undefined, body: unknown): Promise<{ status: number; text: string; json: unknown }> {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (as) {
		headers['x-user-id'] = as._id;
		headers['x-auth-token'] = tokens.get(as._id) ?? '';
	}
	const { status, text } = await send(`${url}${path}`, 'POST', headers, JSON.stringify(body));
	return { status, text, json: text ? (JSON.parse(text) as unknown) : undefined };
}

const interact = (as: WorkspaceUser | undefined, body: unknown, appId = UI_KIT_TEST_APP_ID) => post(`/api/apps/ui.interaction/${appId}`, as, body);

async function command(sender: WorkspaceUser, room: WorkspaceRoom, params: string, triggerId?: string): Promise<string | undefined> {
	await engine.runCommand({ command: 'uitest', params, senderId: sender._id, roomId: room._id, ...(triggerId ? { triggerId } : {}) });
	return workspace.notificationsOf(sender._id).at(-1)?.msg;
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('waited too long');
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

function lastInteraction(uid: string): Record<string, unknown> {
	const events = workspace.streams.after(uid, 0).filter((event) => event.eventName === `${uid}/uiInteraction`);
	return events.at(-1)?.args[0] as Record<string, unknown>;
}

function recordsOf(uid: string): Array<Record<string, unknown>> {
	return workspace.appPersistence.readByAssociations(UI_KIT_TEST_APP_ID, [{ model: 'user', id: uid }]) as Array<Record<string, unknown>>;
}

describe('the app’s room button (actionButtonsHandler.ts, the engine’s UIActionButtonManager)', () => {
	test('GET /api/apps/actionButtons lists it with the app’s id, with no login', async () => {
		const response = await send(`${url}/api/apps/actionButtons`, 'GET', {}, undefined);
		expect(response.status).toBe(200);
		expect(JSON.parse(response.text)).toEqual([
			{ appId: UI_KIT_TEST_APP_ID, actionId: 'open-dialog', labelI18n: 'open_dialog', context: 'roomAction', when: { roomTypes: ['private_channel'] } },
		]);
	});

	test('pressing it (actionButton) opens the app’s modal on the user’s uiInteraction stream, with the client’s triggerId', async () => {
		const alice = user();
		const room = group(alice);
		const answer = await interact(alice, {
			type: 'actionButton',
			actionId: 'open-dialog',
			triggerId: 'TRIGGER-A',
			rid: room._id,
			payload: { context: 'roomAction' },
		});
		expect(answer).toMatchObject({ status: 200, json: { success: true } });
		const opened = lastInteraction(alice._id);
		expect(opened).toMatchObject({ type: 'modal.open', triggerId: 'TRIGGER-A', appId: UI_KIT_TEST_APP_ID });
		expect(opened.view).toMatchObject({
			appId: UI_KIT_TEST_APP_ID,
			type: 'modal',
			showIcon: true,
			title: { type: 'plain_text', text: `Room ${room.name}` },
		});
		// The engine's UIController gives every block and element the app's id (UIHelper.assignIds).
		expect((opened.view as { blocks: Array<{ appId: string }> }).blocks.every((block) => block.appId === UI_KIT_TEST_APP_ID)).toBe(true);
		expect(workspace.surfaces.of(alice._id)).toEqual([
			expect.objectContaining({ viewId: (opened.view as { id: string }).id, surface: 'modal', open: true, via: 'stream', triggerId: 'TRIGGER-A' }),
		]);
	});
});

describe('a modal opened from a slash command (commands.run’s triggerId, uiInteraction.ts)', () => {
	test('the command’s triggerId reaches the app, which opens its modal with it', async () => {
		const alice = user();
		const room = group(alice);
		await command(alice, room, 'open', 'TRIGGER-C');
		expect(lastInteraction(alice._id)).toMatchObject({ type: 'modal.open', triggerId: 'TRIGGER-C', view: { title: { text: 'From the command' } } });
	});

	test('over HTTP: commands.run with a triggerId, then the long poll of sandbox.events hands the client the modal', async () => {
		const alice = user();
		const room = group(alice);
		const headers = { 'x-user-id': alice._id, 'x-auth-token': tokens.get(alice._id) ?? '' };
		const since = workspace.streams.latestId();
		const polling = send(`${url}/api/v1/sandbox.events?since=${since}&wait=10000`, 'GET', headers, undefined);
		const run = await post('/api/v1/commands.run', alice, { command: 'uitest', params: 'open', roomId: room._id, triggerId: 'TRIGGER-H' });
		expect(run).toMatchObject({ status: 200, json: { success: true } });
		const { events } = JSON.parse((await polling).text) as { events: Array<{ eventName: string; args: unknown[] }> };
		expect(events).toEqual([
			expect.objectContaining({
				eventName: `${alice._id}/uiInteraction`,
				args: [expect.objectContaining({ type: 'modal.open', triggerId: 'TRIGGER-H' })],
			}),
		]);
	});

	test('a blockAction in the modal updates it in place (modal.update with the same view id)', async () => {
		const alice = user();
		const room = group(alice);
		await command(alice, room, 'open', 'T1');
		const viewId = (lastInteraction(alice._id).view as { id: string }).id;
		const answer = await interact(alice, {
			type: 'blockAction',
			actionId: 'refresh',
			triggerId: 'T2',
			container: { type: 'view', id: viewId },
			payload: { blockId: 'tools', value: undefined },
		});
		expect(answer.json).toEqual({ success: true });
		expect(lastInteraction(alice._id)).toMatchObject({ type: 'modal.update', triggerId: 'T2', view: { id: viewId, title: { text: 'Refreshed' } } });
		expect(workspace.surfaces.of(alice._id)).toEqual([
			expect.objectContaining({ viewId, open: true, view: expect.objectContaining({ title: { type: 'plain_text', text: 'Refreshed' } }) }),
		]);
	});
});

describe('viewSubmit and viewClosed answers (uikit.ts sends the app’s answer as it is)', () => {
	async function openView(alice: WorkspaceUser): Promise<Record<string, unknown>> {
		await command(alice, group(alice), 'open', 'T-OPEN');
		return lastInteraction(alice._id).view as Record<string, unknown>;
	}

	test('viewErrorResponse comes back as {appId, triggerId, success: false, type: errors, viewId, errors}', async () => {
		const alice = user();
		const view = await openView(alice);
		const answer = await interact(alice, {
			type: 'viewSubmit',
			actionId: 'go',
			triggerId: 'T-SUB',
			payload: { view: { ...view, state: { name: { value: 'bad' } } } },
		});
		expect(answer).toEqual({
			status: 200,
			text: expect.any(String),
			json: { appId: UI_KIT_TEST_APP_ID, triggerId: 'T-SUB', success: false, type: 'errors', viewId: view.id, errors: { value: 'Not that one' } },
		});
		expect(workspace.surfaces.of(alice._id)[0]).toMatchObject({ open: true, errors: { value: 'Not that one' } });
	});

	test('updateModalViewResponse comes back as {success: true, type: modal.update, triggerId, appId, view}', async () => {
		const alice = user();
		const view = await openView(alice);
		const answer = await interact(alice, {
			type: 'viewSubmit',
			actionId: 'go',
			triggerId: 'T-SUB',
			payload: { view: { ...view, state: { name: { value: 'again' } } } },
		});
		expect(answer.json).toMatchObject({
			success: true,
			type: 'modal.update',
			triggerId: 'T-SUB',
			appId: UI_KIT_TEST_APP_ID,
			view: { id: view.id, title: { text: 'Again' } },
		});
	});

	test('a successful submit answers {success: true}; the app gets the view’s state and no room', async () => {
		const alice = user();
		const view = await openView(alice);
		const answer = await interact(alice, {
			type: 'viewSubmit',
			actionId: 'go',
			triggerId: 'T-SUB',
			payload: { view: { ...view, state: { name: { value: 'Alice' } } } },
		});
		expect(answer.json).toEqual({ success: true });
		expect(recordsOf(alice._id)).toEqual([{ event: 'submit', value: 'Alice', viewId: view.id, room: null }]);
	});

	test('viewClosed reaches the app with isCleared, answers {success: true} and closes the surface', async () => {
		const alice = user();
		const view = await openView(alice);
		const answer = await interact(alice, { type: 'viewClosed', payload: { view, isCleared: true } });
		expect(answer.json).toEqual({ success: true });
		expect(recordsOf(alice._id)).toEqual([{ event: 'closed', viewId: view.id, isCleared: true }]);
		expect(workspace.surfaces.of(alice._id)[0]).toMatchObject({ viewId: view.id, open: false });
	});

	test('a handler that throws: the engine logs it and Rocket.Chat sends an empty 200', async () => {
		const alice = user();
		const view = await openView(alice);
		const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const answer = await interact(alice, {
				type: 'viewSubmit',
				actionId: 'go',
				triggerId: 'T',
				payload: { view: { ...view, state: { name: { value: 'throw' } } } },
			});
			expect(answer).toMatchObject({ status: 200, text: '' });
		} finally {
			quiet.mockRestore();
		}
	});

	test('an app the engine does not know is a 500 {error}', async () => {
		const alice = user();
		const answer = await interact(alice, { type: 'viewSubmit', payload: {} }, '00000000-0000-4000-8000-000000000000');
		expect(answer.status).toBe(500);
		expect(answer.json).toEqual({ error: expect.any(String) });
	});
});

describe('an ephemeral message with a button (messages.ts notifyUser, the listeners’ <uid>/message event)', () => {
	test('the message keeps its blocks, reaches the user’s stream, and its button’s blockAction reaches the app with the room', async () => {
		const alice = user();
		const room = group(alice);
		await command(alice, room, 'notify');
		const [notification] = workspace.notificationsOf(alice._id);
		expect(notification.blocks).toEqual([
			expect.objectContaining({ type: 'actions', blockId: 'undo-block', elements: [expect.objectContaining({ actionId: 'undo', value: 'token-1' })] }),
		]);
		const pushed = workspace.streams.after(alice._id, 0).find((event) => event.eventName === `${alice._id}/message`);
		expect(pushed?.args[0]).toMatchObject({ groupable: false, rid: room._id, msg: 'With a button', blocks: notification.blocks, _id: expect.any(String) });
		const mid = (pushed?.args[0] as { _id: string })._id;
		const answer = await interact(alice, {
			type: 'blockAction',
			actionId: 'undo',
			triggerId: 'T-UNDO',
			rid: room._id,
			mid,
			container: { type: 'message', id: mid },
			payload: { blockId: 'undo-block', value: 'token-1' },
		});
		expect(answer.json).toEqual({ success: true });
		expect(workspace.notificationsOf(alice._id).at(-1)?.msg).toBe(`undo by ${alice.username} with token-1`);
		// An ephemeral message is never stored, so its mid converts to no message.
		expect(recordsOf(alice._id)).toEqual([
			{ event: 'block', actionId: 'undo', value: 'token-1', room: room._id, message: null, container: { type: 'message', id: mid } },
		]);
	});
});

describe('rooms through the app (rooms.ts update and delete, addUserToRoom, deleteRoom)', () => {
	test('deleting a room removes its subscriptions, its messages and the room', async () => {
		const alice = user();
		const bob = user();
		const room = group(alice, [bob]);
		workspace.postMessage({ rid: room._id, msg: 'hello', userId: bob._id });
		await command(alice, room, 'delete-room');
		expect(workspace.findRoomById(room._id)).toBeUndefined();
		expect(workspace.findRoomByName(room.name ?? '')).toBeUndefined();
		expect(workspace.roomIdsOfUser(bob._id)).not.toContain(room._id);
		expect(workspace.subscriptionsOfRoom(room._id)).toEqual([]);
		expect(workspace.messagesOfRoom(room._id)).toEqual([]);
	});

	test('the room updater puts a user back as a member with a uj by that user (no inviter), not au', async () => {
		const alice = user();
		const bob = user();
		const room = group(alice, [bob]);
		workspace.removeUserFromRoom(room._id, bob._id);
		await command(alice, room, `add ${bob.username}`);
		expect(workspace.findSubscription(room._id, bob._id)).toMatchObject({ roles: [] });
		expect(workspace.messagesOfRoom(room._id).at(-1)).toMatchObject({ t: 'uj', msg: bob.username, u: { _id: bob._id } });
		expect(workspace.findRoomById(room._id)?.usersCount).toBe(2);
	});

	test('the room extender does the same; adding a member already in the room posts nothing', async () => {
		const alice = user();
		const bob = user();
		const room = group(alice, [bob]);
		workspace.removeUserFromRoom(room._id, bob._id);
		await command(alice, room, `extend ${bob.username}`);
		expect(workspace.messagesOfRoom(room._id).at(-1)).toMatchObject({ t: 'uj', u: { _id: bob._id } });
		const count = workspace.messagesOfRoom(room._id).length;
		await command(alice, room, `add ${bob.username}`);
		expect(workspace.messagesOfRoom(room._id)).toHaveLength(count);
	});
});

describe('the app’s persistence (persistence.ts)', () => {
	test('create, read, update and remove by association answer as Rocket.Chat’s bridge does', async () => {
		const alice = user();
		const room = group(alice);
		expect(await command(alice, room, 'write k1 one')).toMatch(/^wrote \w+$/);
		expect(await command(alice, room, 'read k1')).toBe('read [{"value":"one"}]');
		// An update of an existing record answers '' (no record was inserted); an upsert of a new one its id.
		expect(await command(alice, room, 'update k1 two')).toBe("updated ''");
		expect(await command(alice, room, 'update k2 new')).toMatch(/^updated '\w+'$/);
		expect(await command(alice, room, 'read k1')).toBe('read [{"value":"two"}]');
		expect(await command(alice, room, 'remove k1')).toBe('removed [{"value":"two"}]');
		expect(await command(alice, room, 'read k1')).toBe('read []');
		// Nothing matched: undefined, which reaches the app as null through the engine's messages.
		expect(await command(alice, room, 'remove k1')).toMatch(/^removed (null|undefined)$/);
	});

	test('a record written before the app’s process dies is read after the engine restarts it', async () => {
		const alice = user();
		const room = group(alice);
		await command(alice, room, 'write kept2 before-crash');
		process.kill(engine.appProcessPid() ?? 0, 'SIGKILL');
		await waitFor(() => engine.appProcessPid() === undefined);
		await waitFor(() => engine.appProcessPid() !== undefined);
		expect(await command(alice, room, 'read kept2')).toBe('read [{"value":"before-crash"}]');
	});
});
