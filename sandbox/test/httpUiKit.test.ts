import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { AppsDouble, type Harness, startHarness } from './httpHarness';

// The UI Kit routes over HTTP with the apps host double, as Rocket.Chat's ee/server/apps/communication/uikit.ts and
// endpoints/actionButtonsHandler.ts answer them.

let h: Harness;
let alice: WorkspaceUser;
let group: WorkspaceRoom;

beforeEach(async () => {
	h = await startHarness();
	alice = h.user('alice');
	group = h.workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
});
afterEach(() => h.close());

const INTERACTION = `/api/apps/ui.interaction/${AppsDouble.APP_ID}`;

describe('GET /api/apps/actionButtons (actionButtonsHandler.ts)', () => {
	test('lists the apps’ buttons as a bare array, without authentication', async () => {
		const answer = await h.request('GET', '/api/apps/actionButtons');
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.text)).toEqual([{ appId: AppsDouble.APP_ID, actionId: 'open', labelI18n: 'open_label', context: 'roomAction' }]);
	});
});

describe('POST /api/apps/ui.interaction/:id (uikit.ts)', () => {
	test('without credentials: 401 with the router’s own body, and the app is not called', async () => {
		const answer = await h.request('POST', INTERACTION, { json: { type: 'blockAction', actionId: 'a' } });
		expect(answer.status).toBe(401);
		expect(answer.body).toEqual({ status: 'error', message: 'You must be logged in to do this.' });
		expect(h.apps.interactions).toEqual([]);
	});

	test('an unknown type is 400 Unknown action', async () => {
		const answer = await h.request('POST', INTERACTION, { as: alice, json: { type: 'nope' } });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ error: 'Unknown action' });
	});

	test('blockAction takes type, actionId, triggerId, payload, container, rid and mid, and answers what the app answered', async () => {
		const body = {
			type: 'blockAction',
			actionId: 'undo',
			triggerId: 'T1',
			payload: { blockId: 'b', value: 'v' },
			container: { type: 'message', id: 'M1' },
			rid: group._id,
			mid: 'M1',
			extra: 'dropped',
		};
		const answer = await h.request('POST', INTERACTION, { as: alice, json: body });
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ success: true });
		const [request] = h.apps.interactions;
		expect(request).toMatchObject({ appId: AppsDouble.APP_ID, roomId: group._id, messageId: 'M1', user: { _id: alice._id } });
		expect(request.action).toEqual({
			type: 'blockAction',
			container: { type: 'message', id: 'M1' },
			appId: AppsDouble.APP_ID,
			actionId: 'undo',
			triggerId: 'T1',
			payload: { blockId: 'b', value: 'v' },
		});
	});

	test('viewSubmit takes no room; viewClosed takes only the view and isCleared', async () => {
		await h.request('POST', INTERACTION, {
			as: alice,
			json: { type: 'viewSubmit', actionId: 'a', triggerId: 'T', payload: { view: { id: 'V' } }, rid: group._id },
		});
		await h.request('POST', INTERACTION, {
			as: alice,
			json: { type: 'viewClosed', actionId: 'a', payload: { view: { id: 'V' }, isCleared: false, other: 1 } },
		});
		const [submit, closed] = h.apps.interactions;
		expect(submit).not.toHaveProperty('roomId');
		expect(submit.action).toEqual({ type: 'viewSubmit', appId: AppsDouble.APP_ID, actionId: 'a', triggerId: 'T', payload: { view: { id: 'V' } } });
		expect(closed.action).toEqual({ type: 'viewClosed', appId: AppsDouble.APP_ID, payload: { view: { id: 'V' }, isCleared: false } });
	});

	test('actionButton passes rid, mid, tmid and the context, with the message box text only when there is one', async () => {
		const body = { type: 'actionButton', actionId: 'open', triggerId: 'T', rid: group._id, tmid: 'TH', payload: { context: 'roomAction', message: '' } };
		await h.request('POST', INTERACTION, { as: alice, json: body });
		const [request] = h.apps.interactions;
		expect(request).toMatchObject({ roomId: group._id, messageId: undefined });
		expect(request.action).toEqual({
			type: 'actionButton',
			appId: AppsDouble.APP_ID,
			actionId: 'open',
			triggerId: 'T',
			tmid: 'TH',
			payload: { context: 'roomAction' },
		});
	});

	test('no answer from the app is an empty 200; a host failure is 500 {error}', async () => {
		h.apps.interactionAnswer = () => undefined;
		const empty = await h.request('POST', INTERACTION, { as: alice, json: { type: 'viewSubmit', payload: {} } });
		expect(empty.status).toBe(200);
		expect(empty.text).toBe('');
		h.apps.interactionAnswer = () => {
			throw new Error("Cannot read properties of undefined (reading 'call')");
		};
		const failed = await h.request('POST', INTERACTION, { as: alice, json: { type: 'viewSubmit', payload: {} } });
		expect(failed.status).toBe(500);
		expect(failed.body).toEqual({ error: "Cannot read properties of undefined (reading 'call')" });
	});

	test('an answer that opens or updates a view is recorded among the caller’s surfaces, and viewClosed closes it', async () => {
		const view = { id: 'V1', type: 'modal', title: { type: 'plain_text', text: 'Leave?' }, blocks: [] };
		h.apps.interactionAnswer = () => ({ success: true, type: 'modal.open', triggerId: 'T', appId: AppsDouble.APP_ID, view });
		await h.request('POST', INTERACTION, {
			as: alice,
			json: { type: 'actionButton', actionId: 'open', triggerId: 'T', rid: group._id, payload: { context: 'roomAction' } },
		});
		const opened = await h.request('GET', '/api/v1/sandbox.surfaces', { as: alice });
		expect(opened.body.surfaces).toEqual([
			expect.objectContaining({ viewId: 'V1', appId: AppsDouble.APP_ID, surface: 'modal', open: true, via: 'response', view }),
		]);
		h.apps.interactionAnswer = () => undefined;
		await h.request('POST', INTERACTION, { as: alice, json: { type: 'viewClosed', payload: { view, isCleared: false } } });
		const closed = await h.request('GET', '/api/v1/sandbox.surfaces', { as: alice });
		expect(closed.body.surfaces).toEqual([expect.objectContaining({ viewId: 'V1', open: false })]);
	});
});

describe('surfaces after a viewSubmit (the client’s triggerSubmitView closes the modal unless the answer shows one)', () => {
	const view = { id: 'V2', type: 'modal', blocks: [] };

	beforeEach(async () => {
		h.apps.interactionAnswer = () => ({ success: true, type: 'modal.open', triggerId: 'T', appId: AppsDouble.APP_ID, view });
		await h.request('POST', INTERACTION, {
			as: alice,
			json: { type: 'actionButton', actionId: 'open', triggerId: 'T', rid: group._id, payload: { context: 'roomAction' } },
		});
	});

	test('an errors answer keeps the view open with its errors', async () => {
		h.apps.interactionAnswer = () => ({
			success: false,
			type: 'errors',
			viewId: 'V2',
			errors: { name: 'Required' },
			appId: AppsDouble.APP_ID,
			triggerId: 'T2',
		});
		await h.request('POST', INTERACTION, { as: alice, json: { type: 'viewSubmit', triggerId: 'T2', payload: { view }, viewId: 'V2' } });
		expect((await h.request('GET', '/api/v1/sandbox.surfaces', { as: alice })).body.surfaces).toEqual([
			expect.objectContaining({ viewId: 'V2', open: true, errors: { name: 'Required' } }),
		]);
	});

	test('a bare success closes it', async () => {
		h.apps.interactionAnswer = () => ({ success: true });
		await h.request('POST', INTERACTION, { as: alice, json: { type: 'viewSubmit', triggerId: 'T2', payload: { view }, viewId: 'V2' } });
		expect((await h.request('GET', '/api/v1/sandbox.surfaces', { as: alice })).body.surfaces).toEqual([
			expect.objectContaining({ viewId: 'V2', open: false }),
		]);
	});
});

describe('sandbox.events: the caller’s stream-notify-user events (a long poll)', () => {
	test('answers the events after `since`, and waits for the next one when there is none yet', async () => {
		h.workspace.notifyUser(alice._id, group._id, 'first');
		const now = await h.request('GET', '/api/v1/sandbox.events', { as: alice });
		expect(now.body).toMatchObject({
			success: true,
			events: [{ eventName: `${alice._id}/message`, args: [expect.objectContaining({ msg: 'first', rid: group._id, groupable: false })] }],
		});
		const last = now.body.lastEventId as number;
		const waiting = h.request('GET', `/api/v1/sandbox.events?since=${last}&wait=5000`, { as: alice });
		await new Promise((resolve) => setTimeout(resolve, 50));
		h.workspace.streams.push(alice._id, 'uiInteraction', [{ type: 'modal.open', view: { id: 'V' } }]);
		const next = await waiting;
		expect(next.body.events).toEqual([
			expect.objectContaining({ id: last + 1, eventName: `${alice._id}/uiInteraction`, args: [{ type: 'modal.open', view: { id: 'V' } }] }),
		]);
	});

	test('a wait with nothing new answers an empty list when it ends; another user’s events are not seen', async () => {
		const bob = h.user('bob');
		h.workspace.notifyUser(bob._id, group._id, 'for bob');
		const answer = await h.request('GET', '/api/v1/sandbox.events?wait=100', { as: alice });
		expect(answer.body).toEqual({ events: [], lastEventId: 0, success: true });
	});
});
