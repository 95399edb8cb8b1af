import type { WorkspaceUser } from '../workspace/records';
import { AppsDouble, type Harness, startHarness } from './httpHarness';

let h: Harness;
let alice: WorkspaceUser;

beforeEach(async () => {
	h = await startHarness();
	alice = h.user('alice');
});
afterEach(() => h.close());

const SETTINGS = `/api/apps/${AppsDouble.APP_ID}/settings`;
const FORBIDDEN = { success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' };

function post(settings: unknown, as: WorkspaceUser = h.admin) {
	return h.request('POST', SETTINGS, { as, json: { settings } });
}

describe('GET /api/apps/:id/settings', () => {
	test("answers the app's settings by id to an admin, hidden ones left out", async () => {
		const answer = await h.request('GET', SETTINGS, { as: h.admin });
		expect(answer.status).toBe(200);
		expect(answer.body.success).toBe(true);
		const settings = answer.body.settings as Record<string, unknown>;
		expect(Object.keys(settings).sort()).toEqual(['enabled', 'explodes', 'limit', 'roles', 'tags']);
		expect(settings.roles).toEqual({ id: 'roles', type: 'string', packageValue: 'admin,user', i18nLabel: 'Roles' });
	});

	test('is refused with 403 to a user without manage-apps, and with 401 without credentials', async () => {
		const refused = await h.request('GET', SETTINGS, { as: alice });
		expect({ status: refused.status, body: refused.body }).toEqual({ status: 403, body: FORBIDDEN });
		expect((await h.request('GET', SETTINGS)).status).toBe(401);
	});

	test('answers 404 for an unknown app id, decoded from the path', async () => {
		const answer = await h.request('GET', '/api/apps/no%20such%20app/settings', { as: h.admin });
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 404,
			body: { success: false, error: 'No App found by the id of: no such app' },
		});
	});
});

describe('POST /api/apps/:id/settings', () => {
	test('stores the changed values through the apps host and answers the entries it updated, as posted', async () => {
		const answer = await post([
			{ id: 'roles', value: '' },
			{ id: 'limit', value: 3 },
		]);
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({
			updated: [
				{ id: 'roles', value: '' },
				{ id: 'limit', value: 3 },
			],
			success: true,
		});
		// The stored setting keeps its definition; only the value changes.
		expect(h.apps.settingUpdates).toEqual([
			{ id: 'roles', type: 'string', packageValue: 'admin,user', i18nLabel: 'Roles', value: '' },
			{ id: 'limit', type: 'int', packageValue: 10, value: 3 },
		]);
		expect(((await h.request('GET', SETTINGS, { as: h.admin })).body.settings as Record<string, { value?: unknown }>).roles.value).toBe('');
	});

	test('skips a setting whose value does not change, as Rocket.Chat does', async () => {
		const answer = await post([{ id: 'enabled', value: true }]);
		expect(answer.body).toEqual({ updated: [], success: true });
		expect(h.apps.settingUpdates).toEqual([]);
	});

	test('takes an absent or null value as "no value" (the app default applies again)', async () => {
		await post([{ id: 'roles', value: 'admin' }]);
		const answer = await post([{ id: 'roles' }]);
		expect(answer.body).toEqual({ updated: [{ id: 'roles' }], success: true });
		expect(h.apps.settingUpdates[1]).toEqual({ id: 'roles', type: 'string', packageValue: 'admin,user', i18nLabel: 'Roles' });
		expect(h.apps.settingUpdates[1]).not.toHaveProperty('value');
		expect((await post([{ id: 'limit', value: null }])).status).toBe(200);
	});

	test('is refused with 403 to a user without manage-apps, and changes nothing', async () => {
		const answer = await post([{ id: 'roles', value: '' }], alice);
		expect({ status: answer.status, body: answer.body }).toEqual({ status: 403, body: FORBIDDEN });
		expect(h.apps.settingUpdates).toEqual([]);
	});

	test('answers 404 for an unknown app id', async () => {
		const answer = await h.request('POST', '/api/apps/nope/settings', { as: h.admin, json: { settings: [{ id: 'roles', value: '' }] } });
		expect({ status: answer.status, body: answer.body }).toEqual({ status: 404, body: { success: false, error: 'No App found by the id of: nope' } });
	});

	test.each([
		['no body', undefined],
		['no settings', {}],
		['empty settings', { settings: '' }],
	])('answers %s with Rocket.Chat text', async (_case, json) => {
		const answer = await h.request('POST', SETTINGS, { as: h.admin, json });
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 400,
			body: { success: false, error: 'The settings to update must be present.' },
		});
	});

	test.each([
		['settings that are not an array', { settings: { id: 'roles', value: '' } }],
		['a string of settings', { settings: 'roles' }],
		['an entry that is not an object', { settings: ['roles'] }],
		['an entry without an id', { settings: [{ value: '' }] }],
		['an entry with a non-string id', { settings: [{ id: 7, value: '' }] }],
		['a string setting given a number', { settings: [{ id: 'roles', value: 1 }] }],
		['a string setting given a list', { settings: [{ id: 'roles', value: ['admin'] }] }],
		['a boolean setting given text', { settings: [{ id: 'enabled', value: 'false' }] }],
		['a number setting given text', { settings: [{ id: 'limit', value: '3' }] }],
		['a multiSelect setting given a list with a number', { settings: [{ id: 'tags', value: ['a', 1] }] }],
	])('refuses %s with 400 invalid-params and changes nothing', async (_case, json) => {
		const answer = await h.request('POST', SETTINGS, { as: h.admin, json });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ success: false, errorType: 'invalid-params', error: expect.any(String) });
		expect(h.apps.settingUpdates).toEqual([]);
	});

	test('refuses an unknown setting id with 404, before storing any of the others', async () => {
		const answer = await post([
			{ id: 'roles', value: '' },
			{ id: 'allowed_role', value: '' },
		]);
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 404,
			body: { success: false, error: 'No Setting found on the App by the id of: "allowed_role"' },
		});
		expect(h.apps.settingUpdates).toEqual([]);
	});

	test.each(['__proto__', 'constructor', 'toString'])('refuses the id %s as an unknown setting', async (id) => {
		expect((await post([{ id, value: '' }])).status).toBe(404);
	});

	test('answers a failure of the apps host with a 400 carrying its message, never a 5xx', async () => {
		const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const answer = await post([{ id: 'explodes', value: 'x' }]);
			expect({ status: answer.status, body: answer.body }).toEqual({ status: 400, body: { success: false, error: 'the app refused the setting' } });
			expect(logged).toHaveBeenCalledWith('sandbox: route failed', expect.any(Error));
		} finally {
			logged.mockRestore();
		}
	});

	// packages/http-router/src/Router.ts reads malformed JSON as no parameters.
	test('a malformed JSON body is read as no settings', async () => {
		const answer = await h.request('POST', SETTINGS, { as: h.admin, body: '{"settings": [', contentType: 'application/json' });
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 400,
			body: { success: false, error: 'The settings to update must be present.' },
		});
	});
});
