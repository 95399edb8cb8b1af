import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { AppsDouble, type Harness, startHarness } from './httpHarness';

let h: Harness;
let alice: WorkspaceUser;
let group: WorkspaceRoom;

beforeEach(async () => {
	h = await startHarness();
	alice = h.user('alice');
	group = h.workspace.createRoom({ t: 'p', name: 'team', creatorId: alice._id });
});
afterEach(() => h.close());

const APP = `/api/apps/public/${AppsDouble.APP_ID}`;

// Rocket.Chat: apps/meteor/app/api/server/v1/commands.ts, which runs the command through app/utils/server/slashCommand.ts.
describe('commands.run', () => {
	test('runs the command as the caller in the room and answers success', async () => {
		const answer = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'HELLO', params: 'a b', roomId: group._id } });
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ success: true });
		expect(h.apps.commandRuns).toEqual([{ command: 'hello', params: 'a b', senderId: alice._id, roomId: group._id }]);
	});

	test('an unknown command gets Rocket.Chat text', async () => {
		const answer = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'nope', roomId: group._id } });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ success: false, error: 'The command provided does not exist (or is disabled).' });
	});

	test('passes the thread (tmid) and the client-chosen triggerId into the command', async () => {
		const thread = h.workspace.postMessage({ rid: group._id, msg: 'a thread', userId: alice._id });
		const json = { command: 'hello', roomId: group._id, tmid: thread._id, triggerId: 'TRIGGER1' };
		expect((await h.request('POST', '/api/v1/commands.run', { as: alice, json })).status).toBe(200);
		expect(h.apps.commandRuns).toEqual([
			{ command: 'hello', params: '', senderId: alice._id, roomId: group._id, threadId: thread._id, triggerId: 'TRIGGER1' },
		]);
	});

	// app/api/server/v1/commands.ts: a string tmid must be a message of the room; null is no thread.
	test('a tmid that is no message of the room, or empty, is "Invalid thread." and the command does not run', async () => {
		const elsewhere = h.workspace.createRoom({ t: 'p', name: 'elsewhere', creatorId: alice._id });
		const other = h.workspace.postMessage({ rid: elsewhere._id, msg: 'another room', userId: alice._id });
		for (const tmid of ['NOSUCHMESSAGE', other._id, '']) {
			const answer = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'hello', roomId: group._id, tmid } });
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual({ success: false, error: 'Invalid thread.' });
		}
		expect(h.apps.commandRuns).toEqual([]);
		const noThread = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'hello', roomId: group._id, tmid: null } });
		expect(noThread.status).toBe(200);
		expect(h.apps.commandRuns).toEqual([{ command: 'hello', params: '', senderId: alice._id, roomId: group._id }]);
	});

	// app/api/server/v1/commands.ts checks the command before the room.
	test('an unknown command is refused before the room is checked', async () => {
		const bob = h.user('bob');
		const answer = await h.request('POST', '/api/v1/commands.run', { as: bob, json: { command: 'nope', roomId: 'NOSUCHROOM' } });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ success: false, error: 'The command provided does not exist (or is disabled).' });
	});

	test('a room the caller cannot access is 403 and the command does not run', async () => {
		const bob = h.user('bob');
		const answer = await h.request('POST', '/api/v1/commands.run', { as: bob, json: { command: 'hello', roomId: group._id } });
		expect(answer.status).toBe(403);
		expect(answer.body).toEqual({ success: false, error: 'User does not have access to this room' });
		expect(h.apps.commandRuns).toEqual([]);
	});

	test('a body outside the schema is invalid-params', async () => {
		const missing = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'hello' } });
		expect(missing.body).toEqual({ success: false, errorType: 'invalid-params', error: "must have required property 'roomId'" });
		const extra = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'hello', roomId: group._id, x: 1 } });
		expect(extra.body).toMatchObject({ errorType: 'invalid-params' });
		const wrongType = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: ['hello'], roomId: group._id } });
		expect(wrongType.body).toEqual({ success: false, errorType: 'invalid-params', error: 'must be string' });
	});

	// rest-typings' ajv instance (v1/Ajv.ts), which the route's schema is compiled with, coerces scalar types.
	test('coerces as Rocket.Chat\'s validator does: numbers and booleans to strings, null to "" where not nullable', async () => {
		const answer = await h.request('POST', '/api/v1/commands.run', {
			as: alice,
			json: { command: 'hello', params: 42, roomId: group._id, triggerId: true },
		});
		expect(answer.status).toBe(200);
		expect(h.apps.commandRuns).toEqual([{ command: 'hello', params: '42', senderId: alice._id, roomId: group._id, triggerId: 'true' }]);
		const nullRoom = await h.request('POST', '/api/v1/commands.run', { as: alice, json: { command: 'hello', roomId: null } });
		expect(nullRoom.status).toBe(403);
	});
});

// Rocket.Chat: apps/meteor/app/apps/server/bridges/router.ts and api.ts, apps/meteor/app/api/server/middlewares/authentication.ts:
// express's body parsers on the two mounts, one express router per app, the authentication middleware on each endpoint,
// the app's answer sent as is.
describe('app endpoints', () => {
	test('the request reaches the app as Rocket.Chat shapes it, and its answer comes back as is', async () => {
		const answer = await h.request('POST', `${APP}/echo?x=1&x=2`, { as: alice, json: { roomName: 'team' } });
		expect(answer.status).toBe(202);
		expect(answer.headers['x-app']).toBe('yes');
		expect(answer.body).toEqual({ method: 'post', query: { x: ['1', '2'] }, params: {}, content: { roomName: 'team' } });
		const [{ appId, path, request }] = h.apps.apiCalls;
		expect({ appId, path }).toEqual({ appId: AppsDouble.APP_ID, path: 'echo' });
		expect(request.user).toMatchObject({ _id: alice._id, username: 'alice' });
		expect(request.headers['x-user-id']).toBe(alice._id);
	});

	test("a path's :name segments arrive as params, and paths match whatever their case", async () => {
		const answer = await h.request('GET', `/API/Apps/PUBLIC/${AppsDouble.APP_ID}/ROOMS/GENERAL%20room`);
		expect(answer.status).toBe(202);
		expect(answer.body).toMatchObject({ params: { rid: 'GENERAL room' } });
	});

	test('without valid credentials an endpoint gets no user; an authRequired one answers 401 Unauthorized first', async () => {
		expect((await h.request('POST', `${APP}/echo`, { json: {} })).status).toBe(202);
		expect(h.apps.apiCalls[0].request.user).toBeUndefined();
		const wrongToken = { 'x-user-id': alice._id, 'x-auth-token': 'forged' };
		for (const headers of [{}, wrongToken]) {
			const answer = await h.request('POST', `${APP}/private`, { json: { roomId: group._id }, headers });
			expect({ status: answer.status, text: answer.text }).toEqual({ status: 401, text: 'Unauthorized' });
		}
		expect(h.apps.apiCalls).toHaveLength(1);
		expect((await h.request('POST', `${APP}/private`, { as: alice, json: {} })).status).toBe(202);
	});

	test('a form body arrives parsed, a repeated key as an array; a private route carries its hash', async () => {
		await h.request('POST', `/api/apps/private/${AppsDouble.APP_ID}/s3cret/echo`, {
			body: 'roomName=team&x=%C3%A9&x=2',
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(h.apps.apiCalls[0]).toMatchObject({ path: 'echo', request: { privateHash: 's3cret', content: { roomName: 'team', x: ['é', '2'] } } });
	});

	test('only application/json and form bodies are read: +json, text and no type arrive as {}', async () => {
		for (const contentType of ['application/vnd.api+json', 'text/plain', '']) {
			await h.request('POST', `${APP}/echo`, { body: '{"roomName":"team"}', contentType });
		}
		expect(h.apps.apiCalls.map(({ request }) => request.content)).toEqual([{}, {}, {}]);
	});

	test("a body over 100 kB is express's 413 page and malformed JSON its 400 page, before the app", async () => {
		const large = await h.request('POST', `${APP}/echo`, { json: { roomName: 'x'.repeat(100 * 1024) } });
		const malformed = await h.request('POST', `${APP}/echo`, { body: '{"roomName":', contentType: 'application/json' });
		const scalar = await h.request('POST', `${APP}/echo`, { body: '"team"', contentType: 'application/json' });
		for (const [answer, status, reason] of [
			[large, 413, 'Payload Too Large'],
			[malformed, 400, 'Bad Request'],
			[scalar, 400, 'Bad Request'],
		] as const) {
			expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({ status, type: 'text/html; charset=utf-8' });
			expect(answer.text).toContain(`<pre>${reason}</pre>`);
		}
		expect(h.apps.apiCalls).toEqual([]);
	});

	test('a __proto__ key reaches the app as an own key, from JSON and form bodies alike', async () => {
		await h.request('POST', `${APP}/echo`, { body: '{"__proto__":{"roomId":"x"},"roomName":"team"}', contentType: 'application/json' });
		await h.request('POST', `${APP}/echo`, { body: '__proto__=x&roomName=team', contentType: 'application/x-www-form-urlencoded' });
		expect(h.apps.apiCalls.map(({ request }) => Object.keys(request.content as object))).toEqual([
			['__proto__', 'roomName'],
			['__proto__', 'roomName'],
		]);
	});

	test('a text answer keeps its text', async () => {
		const answer = await h.request('GET', `${APP}/text`);
		expect({ text: answer.text, type: answer.headers['content-type'] }).toEqual({ text: 'plain words', type: 'text/html; charset=utf-8' });
	});

	test('an unknown app or path is 404 Not Found; an app that throws is a 500 with the message', async () => {
		for (const path of ['/api/apps/public/other-app/echo', `${APP}/missing`, `${APP}/`, APP, `/api/apps/private/${AppsDouble.APP_ID}/echo`]) {
			const answer = await h.request('GET', path);
			expect([path, answer.status, answer.text]).toEqual([path, 404, 'Not Found']);
		}
		const failed = await h.request('GET', `${APP}/fail`);
		expect({ status: failed.status, text: failed.text }).toEqual({ status: 500, text: 'the app fell over' });
	});

	test("an answer express cannot send (a bad status or header) is a 500 with express's message", async () => {
		h.apps.answer = { status: 99, content: {} };
		const badStatus = await h.request('GET', `${APP}/answer`);
		h.apps.answer = { status: 200, headers: { 'x-bad': 'line\nbreak' }, content: {} };
		const badHeader = await h.request('GET', `${APP}/answer`);
		expect([badStatus.status, badHeader.status]).toEqual([500, 500]);
		expect(badStatus.text).toMatch(/status code/i);
		expect(badHeader.text).toMatch(/x-bad/i);
	});
});

// packages/http-router/src/Router.ts (parseBodyParams): how Rocket.Chat's REST routes read a body.
describe('REST bodies and unknown routes', () => {
	test('malformed JSON or a bare JSON scalar carries no parameters', async () => {
		for (const body of ['{"roomId":', '"team"', '5']) {
			const answer = await h.request('POST', '/api/v1/groups.kick', { as: alice, body, contentType: 'application/json' });
			expect([body, answer.status, answer.body.errorType]).toEqual([body, 400, 'error-room-param-not-provided']);
		}
	});

	test('a body of another type is read as text, its characters as parameters; a JSON array as no parameters', async () => {
		const text = await h.request('POST', '/api/v1/commands.run', { as: alice, body: 'hi', contentType: 'text/plain' });
		expect(text.body).toMatchObject({ success: false, errorType: 'invalid-params' });
		const array = await h.request('POST', '/api/v1/groups.kick', { as: alice, json: [{ roomId: group._id }] });
		expect(array.body).toMatchObject({ errorType: 'error-room-param-not-provided' });
	});

	test('in a form body the last of a repeated key counts', async () => {
		const answer = await h.request('POST', '/api/v1/login', {
			body: 'user=nobody&user=alice&password=alice',
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ status: 'success', data: { userId: alice._id } });
	});

	test('prototype keys in a body are plain data', async () => {
		const answer = await h.request('POST', '/api/v1/groups.kick', {
			as: alice,
			body: '{"__proto__":{"roomId":"x"},"constructor":1}',
			contentType: 'application/json',
		});
		expect(answer.body).toMatchObject({ errorType: 'error-room-param-not-provided' });
	});

	// The sandbox's own guard against unbounded buffering; sandbox/README.md says so.
	test('a body over the sandbox limit is 413', async () => {
		const answer = await h.request('POST', '/api/v1/groups.kick', { as: alice, json: { roomId: 'x'.repeat(70 * 1024) } });
		expect(answer.status).toBe(413);
		expect(answer.body).toMatchObject({ success: false, errorType: 'error-request-too-large' });
	});

	test('an unknown route or a wrong method is a JSON 404', async () => {
		for (const [method, path] of [
			['GET', '/api/v1/no.such.route'],
			['GET', '/api/v1/groups.create'],
			// GET / is the web page (httpClientRoutes.test.ts); any other path outside /api is the API's 404.
			['POST', '/'],
			['GET', '/index.html'],
		]) {
			const answer = await h.request(method, path, { as: alice });
			expect([path, answer.status, answer.body]).toEqual([path, 404, { success: false, error: 'Resource not found' }]);
		}
	});
});

describe('sandbox-only routes', () => {
	test('notifications are the caller own, oldest first', async () => {
		h.workspace.notifyUser(alice._id, group._id, 'first');
		h.workspace.notifyUser(alice._id, group._id, 'second');
		const answer = await h.request('GET', '/api/v1/sandbox.notifications', { as: alice });
		expect(answer.body).toEqual({
			notifications: [
				{ rid: group._id, msg: 'first', ts: expect.any(String) },
				{ rid: group._id, msg: 'second', ts: expect.any(String) },
			],
			success: true,
		});
		expect((await h.request('GET', '/api/v1/sandbox.notifications', { as: h.admin })).body.notifications).toEqual([]);
	});

	test('stats are for admins: accessor calls from the apps host and the resident memory', async () => {
		expect((await h.request('GET', '/api/v1/sandbox.stats', { as: alice })).status).toBe(403);
		const answer = await h.request('GET', '/api/v1/sandbox.stats', { as: h.admin });
		expect(answer.body).toEqual({ accessorCalls: { 'room.getById': 3 }, rssMb: expect.any(Number), success: true });
		expect(answer.body.rssMb).toBeGreaterThan(10);
	});
});
