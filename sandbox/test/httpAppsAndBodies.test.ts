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
		const json = { command: 'hello', roomId: group._id, tmid: 'THREAD1', triggerId: 'TRIGGER1' };
		expect((await h.request('POST', '/api/v1/commands.run', { as: alice, json })).status).toBe(200);
		expect(h.apps.commandRuns).toEqual([
			{ command: 'hello', params: '', senderId: alice._id, roomId: group._id, threadId: 'THREAD1', triggerId: 'TRIGGER1' },
		]);
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
		expect(wrongType.body).toMatchObject({ errorType: 'invalid-params' });
	});
});

describe('app endpoints', () => {
	test('the request reaches the app as Rocket.Chat shapes it, and its answer comes back as is', async () => {
		const answer = await h.request('POST', `${APP}/echo?x=1`, { as: alice, json: { roomName: 'team' } });
		expect(answer.status).toBe(202);
		expect(answer.headers['x-app']).toBe('yes');
		expect(answer.body).toEqual({ method: 'post', query: { x: '1' }, content: { roomName: 'team' } });
		const [{ appId, request }] = h.apps.apiCalls;
		expect(appId).toBe(AppsDouble.APP_ID);
		expect(request).toMatchObject({ method: 'post', path: 'echo', user: { _id: alice._id, username: 'alice' } });
		expect(request.headers['x-user-id']).toBe(alice._id);
	});

	test('without valid credentials the app gets no user and decides itself', async () => {
		const answer = await h.request('POST', `${APP}/echo`, { json: {} });
		expect(answer.status).toBe(202);
		expect(h.apps.apiCalls[0].request.user).toBeUndefined();
	});

	test('a form-encoded body arrives parsed; a private route carries its hash', async () => {
		await h.request('POST', `/api/apps/private/${AppsDouble.APP_ID}/s3cret/echo`, {
			body: 'roomName=team&x=%C3%A9',
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(h.apps.apiCalls[0].request).toMatchObject({ path: 'echo', privateHash: 's3cret', content: { roomName: 'team', x: 'é' } });
	});

	test('a text answer keeps its text', async () => {
		const answer = await h.request('GET', `${APP}/text`);
		expect(answer.text).toBe('plain words');
	});

	test('an unknown app or path is a bare 404; an app that throws is a 500 with the message', async () => {
		for (const path of ['/api/apps/public/other-app/echo', `${APP}/missing`, `${APP}/`, '/api/apps/private/x']) {
			const answer = await h.request('GET', path);
			expect([path, answer.status, answer.text]).toEqual([path, 404, 'Not Found']);
		}
		const failed = await h.request('GET', `${APP}/fail`);
		expect(failed.status).toBe(500);
		expect(failed.text).toBe('the app fell over');
	});
});

describe('bodies and unknown routes', () => {
	test('malformed JSON is a 400 Rocket.Chat error, on REST and app routes alike', async () => {
		for (const path of ['/api/v1/groups.kick', `${APP}/echo`]) {
			const answer = await h.request('POST', path, { as: alice, body: '{"roomId":', contentType: 'application/json' });
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual({
				success: false,
				error: 'The request body is not valid JSON [error-invalid-body]',
				errorType: 'error-invalid-body',
			});
		}
		expect(h.apps.apiCalls).toEqual([]);
	});

	test('a bare JSON string is refused like malformed JSON', async () => {
		const answer = await h.request('POST', '/api/v1/groups.kick', { as: alice, body: '"team"', contentType: 'application/json' });
		expect(answer.body).toMatchObject({ errorType: 'error-invalid-body' });
	});

	test('a body of another content type, or a JSON array, carries no parameters', async () => {
		const text = await h.request('POST', '/api/v1/groups.kick', { as: alice, body: '{"roomId":"x"}', contentType: 'text/plain' });
		const array = await h.request('POST', '/api/v1/groups.kick', { as: alice, json: [{ roomId: group._id }] });
		for (const answer of [text, array]) {
			expect(answer.body).toMatchObject({ errorType: 'error-room-param-not-provided' });
		}
	});

	test('a __proto__ key never reaches an app, in JSON or form bodies', async () => {
		await h.request('POST', `${APP}/echo`, { body: '{"__proto__":[],"roomName":"team","a":{"__proto__":{"x":1}}}', contentType: 'application/json' });
		await h.request('POST', `${APP}/echo`, { body: '__proto__=x&roomName=team', contentType: 'application/x-www-form-urlencoded' });
		const contents = h.apps.apiCalls.map(({ request }) => request.content);
		expect(contents).toEqual([{ roomName: 'team', a: {} }, { roomName: 'team' }]);
		expect(contents.map((content) => Object.keys(content as object))).toEqual([['roomName', 'a'], ['roomName']]);
	});

	test('prototype keys in a body are plain data', async () => {
		const answer = await h.request('POST', '/api/v1/groups.kick', {
			as: alice,
			body: '{"__proto__":{"roomId":"x"},"constructor":1}',
			contentType: 'application/json',
		});
		expect(answer.body).toMatchObject({ errorType: 'error-room-param-not-provided' });
	});

	test('a body over the limit is 413', async () => {
		const answer = await h.request('POST', '/api/v1/groups.kick', { as: alice, json: { roomId: 'x'.repeat(70 * 1024) } });
		expect(answer.status).toBe(413);
		expect(answer.body).toMatchObject({ success: false, errorType: 'error-request-too-large' });
	});

	test('an unknown route or a wrong method is a JSON 404', async () => {
		for (const [method, path] of [
			['GET', '/api/v1/no.such.route'],
			['GET', '/api/v1/groups.create'],
			['GET', '/'],
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
