import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { type Harness, startHarness } from './httpHarness';

// The routes Rocket.Chat's web client reads and sends that the web page needs (http/routes/client.ts), the apps'
// languages (GET /api/apps/languages), and the page itself on the same port (http/webPage.ts).

let h: Harness;
let alice: WorkspaceUser;
let bob: WorkspaceUser;
let group: WorkspaceRoom;
let channel: WorkspaceRoom;

beforeEach(async () => {
	h = await startHarness();
	alice = h.user('alice');
	bob = h.user('bob');
	group = h.workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id, memberIds: [bob._id] });
	channel = h.workspace.createRoom({ t: 'c', name: 'lobby', creatorId: alice._id });
});
afterEach(() => h.close());

describe('GET /api/v1/subscriptions.get and rooms.get', () => {
	test('list the caller’s rooms as `update`, the room’s type and names copied onto each subscription', async () => {
		const direct = h.workspace.createDirectRoom(bob._id, alice._id);
		const answer = await h.request('GET', '/api/v1/subscriptions.get', { as: bob });
		expect(answer.status).toBe(200);
		expect(answer.body.remove).toEqual([]);
		const subscriptions = answer.body.update as Array<Record<string, unknown>>;
		expect(subscriptions.map(({ rid, t, name }) => ({ rid, t, name }))).toEqual(
			expect.arrayContaining([
				{ rid: group._id, t: 'p', name: 'team' },
				// A direct room's subscription is named after the other participant.
				{ rid: direct._id, t: 'd', name: 'alice' },
			]),
		);
		expect(subscriptions).toHaveLength(2);
		const rooms = (await h.request('GET', '/api/v1/rooms.get', { as: bob })).body.update as Array<{ _id: string }>;
		expect(rooms.map(({ _id }) => _id).sort()).toEqual([group._id, direct._id].sort());
	});

	test('without credentials: 401', async () => {
		expect((await h.request('GET', '/api/v1/subscriptions.get')).status).toBe(401);
	});
});

describe('GET /api/v1/channels.history', () => {
	test('answers a public channel’s messages, newest first, to whoever can see it', async () => {
		h.workspace.postMessage({ rid: channel._id, msg: 'one', userId: alice._id });
		h.workspace.postMessage({ rid: channel._id, msg: 'two', userId: alice._id });
		const answer = await h.request('GET', `/api/v1/channels.history?roomName=lobby`, { as: bob });
		expect(answer.status).toBe(200);
		expect((answer.body.messages as Array<{ msg: string }>).map(({ msg }) => msg)).toEqual(['two', 'one']);
	});

	test('a private group is not a channel', async () => {
		const answer = await h.request('GET', `/api/v1/channels.history?roomId=${group._id}`, { as: bob });
		expect(answer.status).toBe(400);
		expect(answer.body.errorType).toBe('error-room-not-found');
	});
});

describe('POST /api/v1/chat.sendMessage', () => {
	test('posts a member’s message and answers it', async () => {
		const answer = await h.request('POST', '/api/v1/chat.sendMessage', { as: bob, json: { message: { rid: group._id, msg: 'hi' } } });
		expect(answer.status).toBe(200);
		expect(answer.body.message).toMatchObject({ rid: group._id, msg: 'hi', u: { _id: bob._id, username: 'bob' } });
		expect(h.workspace.messagesOfRoom(group._id).at(-1)?.msg).toBe('hi');
	});

	test('refuses a room the caller is not in, and an archived one', async () => {
		const outsider = h.user('carol');
		const refused = await h.request('POST', '/api/v1/chat.sendMessage', { as: outsider, json: { message: { rid: group._id, msg: 'hi' } } });
		expect(refused.status).toBe(400);
		expect(refused.body.errorType).toBe('error-not-allowed');
		h.workspace.setArchived(group._id, true, alice._id);
		const archived = await h.request('POST', '/api/v1/chat.sendMessage', { as: bob, json: { message: { rid: group._id, msg: 'hi' } } });
		expect(archived.body.errorType).toBe('error-room-archived');
	});
});

describe('GET /api/apps/languages', () => {
	test('answers each app’s i18n files without authentication (none from an apps host without them)', async () => {
		const answer = await h.request('GET', '/api/apps/languages');
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ apps: [], success: true });
	});
});

describe('the web page on the same port', () => {
	test('GET / is an HTML page that loads its bundle from /web/', async () => {
		const page = await h.request('GET', '/');
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toContain('text/html');
		expect(page.text).toContain('/web/page.js');
		const bundle = await h.request('GET', '/web/page.js');
		expect(bundle.status).toBe(200);
		expect(bundle.headers['content-type']).toContain('javascript');
	});

	test('a file outside the bundle is not served, and the API still answers its 404', async () => {
		expect((await h.request('GET', '/web/..%2Fbuild.stamp')).status).toBe(404);
		expect((await h.request('GET', '/web/nothing.js')).status).toBe(404);
		expect((await h.request('GET', '/api/v1/nothing')).body).toEqual({ success: false, error: 'Resource not found' });
	});
});
