import { type Harness, startHarness } from './httpHarness';

let h: Harness;
beforeEach(async () => {
	h = await startHarness();
});
afterEach(() => h.close());

const NOT_LOGGED_IN = {
	success: false,
	status: 'error',
	message: 'You must be logged in to do this.',
	error: 'You must be logged in to do this.',
};

// As apps/meteor/app/api/server/lib/getServerInfo.ts answers it: the version without its patch for anyone, the full
// version and the build record (Info) for a caller who holds view-statistics.
describe('GET /api/info', () => {
	const minimumClientVersions = { desktop: '3.9.6', mobile: '4.39.0' };

	test('answers anyone the major.minor version and the oldest supported clients', async () => {
		const answer = await h.request('GET', '/api/info');
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ version: '8.4', minimumClientVersions, success: true });
	});

	test('answers a signed-in user without view-statistics the same', async () => {
		const answer = await h.request('GET', '/api/info', { as: h.user('alice') });
		expect(answer.body).toEqual({ version: '8.4', minimumClientVersions, success: true });
	});

	test('answers an admin (view-statistics) the full version and the build record, with the engine as marketplaceApiVersion', async () => {
		const answer = await h.request('GET', '/api/info', { as: h.admin });
		expect(answer.body).toEqual({
			version: '8.4.0',
			info: {
				version: '8.4.0',
				build: {
					date: expect.any(String),
					nodeVersion: process.version,
					arch: expect.any(String),
					platform: expect.any(String),
					osRelease: expect.any(String),
					totalMemory: expect.any(Number),
					freeMemory: expect.any(Number),
					cpus: expect.any(Number),
				},
				marketplaceApiVersion: '1.62.0',
				commit: {},
			},
			minimumClientVersions,
			success: true,
		});
	});

	test('ignores credentials that do not authenticate', async () => {
		const answer = await h.request('GET', '/api/info', { headers: { 'x-user-id': h.admin._id, 'x-auth-token': 'forged' } });
		expect(answer.body).toEqual({ version: '8.4', minimumClientVersions, success: true });
	});
});

describe('authentication', () => {
	// Rocket.Chat: apps/meteor/app/api/server/middlewares/authenticationHono.ts adds status and message while ApiClass.ts's
	// applyBreakingChanges is off.
	test('a protected route without headers answers the JSON 401', async () => {
		const answer = await h.request('GET', '/api/v1/me');
		expect(answer.status).toBe(401);
		expect(answer.body).toEqual(NOT_LOGGED_IN);
	});

	test('a wrong token for a real user id answers the same 401', async () => {
		const answer = await h.request('GET', '/api/v1/me', { headers: { 'x-user-id': h.admin._id, 'x-auth-token': 'forged' } });
		expect(answer.status).toBe(401);
		expect(answer.body).toEqual(NOT_LOGGED_IN);
	});

	test('login by username returns a token that authenticates /me', async () => {
		const alice = h.user('alice');
		const login = await h.request('POST', '/api/v1/login', { json: { username: 'alice', password: 'alice' } });
		expect(login.status).toBe(200);
		expect(login.body).toMatchObject({ status: 'success', success: true, data: { userId: alice._id, me: { username: 'alice' } } });
		const { userId, authToken } = login.body.data as { userId: string; authToken: string };
		const me = await h.request('GET', '/api/v1/me', { headers: { 'x-user-id': userId, 'x-auth-token': authToken } });
		expect(me.body).toMatchObject({
			_id: alice._id,
			username: 'alice',
			emails: [{ address: 'alice@example.com', verified: false }],
			roles: ['user'],
			success: true,
		});
	});

	// app/api/server/helpers/getUserInfo.ts: `email` only for a verified address; settings, avatarUrl, isOAuthUser, and
	// whether a password exists.
	test("/me has the fields of Rocket.Chat's getUserInfo, and no email for an unverified address", async () => {
		const me = await h.request('GET', '/api/v1/me', { as: h.user('dora') });
		expect(me.body).toMatchObject({
			settings: { profile: {}, preferences: {}, calendar: {} },
			avatarUrl: '/avatar/dora',
			isOAuthUser: false,
			services: { password: { exists: true } },
		});
		expect(me.body).not.toHaveProperty('email');
	});

	test('login with `user` holding an email and a form-encoded body', async () => {
		h.user('bob');
		const login = await h.request('POST', '/api/v1/login', {
			body: 'user=bob%40example.com&password=bob',
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(login.status).toBe(200);
		expect(login.body.status).toBe('success');
	});

	test('a wrong password and an unknown user get the same 401', async () => {
		h.user('carol');
		const wrongPassword = await h.request('POST', '/api/v1/login', { json: { user: 'carol', password: 'nope' } });
		const unknownUser = await h.request('POST', '/api/v1/login', { json: { user: 'nobody', password: 'nope' } });
		const expected = { success: false, status: 'error', error: 'Unauthorized', message: 'Unauthorized' };
		expect([wrongPassword.status, unknownUser.status]).toEqual([401, 401]);
		expect(wrongPassword.body).toEqual(expected);
		expect(unknownUser.body).toEqual(expected);
	});

	test('no answer carries a password hash or login token', async () => {
		const login = await h.request('POST', '/api/v1/login', { json: { user: 'admin', password: 'admin' } });
		const me = await h.request('GET', '/api/v1/me', { as: h.admin });
		for (const text of [login.text, me.text]) {
			expect(text).not.toMatch(/bcrypt|hash|loginTokens|digest|salt/i);
			expect(JSON.parse(text)).not.toHaveProperty('password');
		}
	});
});

describe('users', () => {
	test('an admin creates a user who can then log in', async () => {
		const created = await h.request('POST', '/api/v1/users.create', {
			as: h.admin,
			json: { username: 'dave', name: 'Dave', email: 'dave@example.com', password: 'pw-dave' },
		});
		expect(created.status).toBe(200);
		expect(created.body.user).toMatchObject({
			username: 'dave',
			name: 'Dave',
			roles: ['user'],
			emails: [{ address: 'dave@example.com', verified: false }],
		});
		const login = await h.request('POST', '/api/v1/login', { json: { user: 'dave', password: 'pw-dave' } });
		expect(login.status).toBe(200);
	});

	test('a user without create-user is refused with 403 error-unauthorized', async () => {
		const alice = h.user('alice');
		const answer = await h.request('POST', '/api/v1/users.create', {
			as: alice,
			json: { username: 'x', name: 'x', email: 'x@example.com', password: 'x' },
		});
		expect(answer.status).toBe(403);
		expect(answer.body).toEqual({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' });
	});

	test('a missing required field is invalid-params', async () => {
		const answer = await h.request('POST', '/api/v1/users.create', { as: h.admin, json: { username: 'x', name: 'x', password: 'x' } });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ success: false, errorType: 'invalid-params', error: "must have required property 'email'" });
	});

	test('a taken username is error-field-unavailable', async () => {
		h.user('erin');
		const answer = await h.request('POST', '/api/v1/users.create', {
			as: h.admin,
			json: { username: 'erin', name: 'E', email: 'e2@example.com', password: 'x' },
		});
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({
			success: false,
			error: 'erin is already in use :( [error-field-unavailable]',
			errorType: 'error-field-unavailable',
		});
	});

	test('users.info shows others without their emails unless the caller is an admin', async () => {
		const alice = h.user('alice');
		const bob = h.user('bob');
		const asAlice = await h.request('GET', `/api/v1/users.info?username=bob`, { as: alice });
		expect(asAlice.body.user).toEqual({ _id: bob._id, username: 'bob', name: 'bob', type: 'user', active: true, roles: ['user'] });
		const asAdmin = await h.request('GET', `/api/v1/users.info?userId=${bob._id}`, { as: h.admin });
		expect(asAdmin.body.user).toMatchObject({ emails: [{ address: 'bob@example.com' }] });
	});

	test('users.info without a user param or with an unknown one', async () => {
		const missing = await h.request('GET', '/api/v1/users.info', { as: h.admin });
		expect(missing.body).toMatchObject({ errorType: 'error-user-param-not-provided' });
		const unknown = await h.request('GET', '/api/v1/users.info?username=ghost', { as: h.admin });
		expect(unknown.status).toBe(400);
		expect(unknown.body).toEqual({ success: false, error: 'User not found.' });
	});
});
