import { randomBytes } from 'node:crypto';

import { createSandboxServer } from '../http/server';
import { parseMultipart } from '../http/multipart';
import { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';
import { AppsDouble, type Harness, send, startHarness } from './httpHarness';

// Rocket.Chat's app install and update routes, as its current source answers them
// (apps/meteor/ee/server/apps/communication/rest.ts; the upload read as app/api/server/lib/getUploadFormData.ts reads it),
// with the apps host doubled. The real engine behind them is exercised by test/e2e/deploy.test.ts with rc-apps itself.

let h: Harness;
beforeEach(async () => {
	h = await startHarness();
});
afterEach(() => h.close());

const FORBIDDEN = { success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' };

interface Part {
	name: string;
	value: string | Buffer;
	filename?: string;
}

/** A multipart/form-data body as form-data (rc-apps' encoder) writes one. */
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
	const boundary = `--------------------------${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
		const type = part.filename === undefined ? '' : '\r\nContent-Type: application/zip';
		chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0d, 0x0a, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]);
const PERMISSIONS = [{ name: 'room.read' }, { name: 'api' }];

function upload(path: string, parts: Part[], as: WorkspaceUser = h.admin) {
	const { body, contentType } = multipart(parts);
	return h.request('POST', path, { as, body, contentType });
}

const deployParts = (zip: Buffer = ZIP): Part[] => [
	{ name: 'app', value: zip, filename: 'leave-group_1.0.0.zip' },
	{ name: 'permissions', value: JSON.stringify(PERMISSIONS) },
];

describe('multipart/form-data as busboy reads it', () => {
	test('keeps a file byte for byte, CRLFs and dashes inside it included, and text fields as text', () => {
		const { body, contentType } = multipart(deployParts());
		expect(parseMultipart(body, contentType)).toEqual({
			fields: { permissions: JSON.stringify(PERMISSIONS) },
			files: [{ fieldname: 'app', filename: 'leave-group_1.0.0.zip', mimetype: 'application/zip', content: ZIP }],
		});
	});

	test.each([
		['no content type', undefined, 'Missing Content-Type'],
		['JSON', 'application/json', 'Unsupported content type: application/json'],
		['no boundary', 'multipart/form-data', 'Multipart: Boundary not found'],
	])('refuses %s', (_case, contentType, message) => {
		expect(() => parseMultipart(Buffer.from('{}'), contentType)).toThrow(message);
	});

	test('refuses a body cut short', () => {
		const { body, contentType } = multipart(deployParts());
		expect(() => parseMultipart(body.subarray(0, body.length - 30), contentType)).toThrow('Unexpected end of form');
	});
});

describe('POST /api/apps (install an uploaded zip)', () => {
	test("installs the zip with the uploaded permissions and answers the engine's record, as rc-apps expects", async () => {
		const answer = await upload('/api/apps', deployParts());
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({
			app: { id: 'uploaded-app', name: 'Uploaded', nameSlug: 'uploaded', version: '1.0.1', status: 'manually_enabled' },
			implemented: { IPostMessageSent: false },
			licenseValidation: { errors: {}, warnings: {} },
			success: true,
		});
		expect(h.apps.uploads).toEqual([{ kind: 'install', upload: { zip: ZIP, permissionsGranted: PERMISSIONS, installerId: h.admin._id } }]);
	});

	test.each([
		['absent', undefined],
		['an empty list', '[]'],
		['not JSON', 'room.read'],
	])('grants nothing explicitly when the permissions field is %s (the engine applies the declared ones)', async (_case, permissions) => {
		const parts: Part[] = [
			{ name: 'app', value: ZIP, filename: 'a.zip' },
			...(permissions === undefined ? [] : [{ name: 'permissions', value: permissions }]),
		];
		expect((await upload('/api/apps', parts)).status).toBe(200);
		expect(h.apps.uploads[0].upload).not.toHaveProperty('permissionsGranted');
	});

	test('is refused with 403 to a user without manage-apps, and nothing is installed', async () => {
		const answer = await upload('/api/apps', deployParts(), h.user('alice'));
		expect({ status: answer.status, body: answer.body }).toEqual({ status: 403, body: FORBIDDEN });
		expect(h.apps.uploads).toEqual([]);
	});

	test('is refused with the JSON 401 without credentials', async () => {
		const { body, contentType } = multipart(deployParts());
		expect((await h.request('POST', '/api/apps', { body, contentType })).status).toBe(401);
	});

	test('answers an upload without a file as a thrown MeteorError', async () => {
		const answer = await upload('/api/apps', [{ name: 'permissions', value: '[]' }]);
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 400,
			body: { success: false, error: '[No file uploaded]', errorType: 'No file uploaded' },
		});
	});

	test('refuses a file under another field name, and a second file', async () => {
		expect((await upload('/api/apps', [{ name: 'zip', value: ZIP, filename: 'a.zip' }])).body).toEqual({
			success: false,
			error: '[invalid-field]',
			errorType: 'invalid-field',
		});
		const two = await upload('/api/apps', [...deployParts(), { name: 'app', value: ZIP, filename: 'b.zip' }]);
		expect(two.body).toEqual({ success: false, error: 'Just 1 file is allowed' });
		expect(h.apps.uploads).toEqual([]);
	});

	test('answers a body that is not multipart with busboy’s message', async () => {
		const answer = await h.request('POST', '/api/apps', { as: h.admin, body: 'zip bytes', contentType: 'application/zip' });
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 400,
			body: { success: false, error: 'Unsupported content type: application/zip' },
		});
	});

	test('refuses a url or a marketplace install: the sandbox reaches no internet', async () => {
		const answer = await h.request('POST', '/api/apps', { as: h.admin, json: { url: 'https://example.com/app.zip' } });
		expect(answer.status).toBe(400);
		expect(answer.body.error).toMatch(/\[sandbox-not-supported\]$/);
	});

	test("answers the engine's storage error as Rocket.Chat does", async () => {
		const answer = await upload('/api/apps', deployParts(Buffer.from('storage-fails')));
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 400,
			body: {
				success: false,
				error: 'app_storage_error',
				status: 'storage_error',
				messages: ['Failed to create the App, the storage did not return it.'],
			},
		});
	});
});

describe('POST /api/apps/:id (update an installed app with an uploaded zip)', () => {
	test('replaces the installed app and answers its new record', async () => {
		await upload('/api/apps', deployParts());
		const answer = await upload('/api/apps/uploaded-app', deployParts());
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ app: { id: 'uploaded-app', version: '1.0.2', status: 'manually_enabled' }, success: true });
		expect(h.apps.uploads.map(({ kind }) => kind)).toEqual(['install', 'update']);
	});

	test("answers the engine's refusal to update an app that is not installed as a failure with its message", async () => {
		// The server logs the route's failure, as Rocket.Chat's would; kept out of the test output and checked.
		const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const answer = await upload('/api/apps/uploaded-app', deployParts());
			expect({ status: answer.status, body: answer.body }).toEqual({
				status: 400,
				body: { success: false, error: 'Can not update an App that does not currently exist.' },
			});
			expect(logged).toHaveBeenCalledWith('sandbox: route failed', expect.any(Error));
		} finally {
			logged.mockRestore();
		}
	});

	test('is refused with 403 to a user without manage-apps', async () => {
		const answer = await upload('/api/apps/uploaded-app', deployParts(), h.user('alice'));
		expect({ status: answer.status, body: answer.body }).toEqual({ status: 403, body: FORBIDDEN });
	});
});

describe('GET /api/apps/:id (what rc-apps asks to choose between install and update)', () => {
	test('answers 404 with a JSON body while no app by that id is installed', async () => {
		const answer = await h.request('GET', '/api/apps/uploaded-app', { as: h.admin });
		expect({ status: answer.status, body: answer.body }).toEqual({
			status: 404,
			body: { success: false, error: 'No App found by the id of: uploaded-app' },
		});
	});

	test("answers the installed app's record with Rocket.Chat's additions", async () => {
		await upload('/api/apps', deployParts());
		const answer = await h.request('GET', '/api/apps/uploaded-app', { as: h.admin });
		expect(answer.body).toEqual({
			app: {
				id: 'uploaded-app',
				name: 'Uploaded',
				nameSlug: 'uploaded',
				version: '1.0.1',
				status: 'manually_enabled',
				languages: {},
				private: true,
				migrated: false,
			},
			success: true,
		});
	});

	test('is refused with 403 to a user without manage-apps', async () => {
		expect((await h.request('GET', '/api/apps/uploaded-app', { as: h.user('alice') })).status).toBe(403);
	});
});

// DISABLE_PRIVATE_APP_INSTALLATION=true (orchestrator.shouldDisablePrivateAppInstallation): uploads get an internal error.
describe('with private app installation disabled', () => {
	test('install and update answer 500 private_app_install_disabled after reading the upload, and nothing is installed', async () => {
		const workspace = new Workspace();
		const admin = workspace.createUser({ username: 'admin', password: 'admin', roles: ['admin'] });
		const apps = new AppsDouble();
		const server = createSandboxServer({ workspace, apps, disablePrivateAppInstallation: true });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.address() as { port: number };
			const token = workspace.issueLoginToken(admin._id);
			for (const path of ['/api/apps', '/api/apps/uploaded-app']) {
				const { body, contentType } = multipart(deployParts());
				const response = await send(
					`http://127.0.0.1:${port}${path}`,
					'POST',
					{ 'x-user-id': admin._id, 'x-auth-token': token, 'content-type': contentType },
					body,
				);
				expect({ status: response.status, body: JSON.parse(response.text) }).toEqual({
					status: 500,
					body: { success: false, error: 'private_app_install_disabled' },
				});
			}
			expect(apps.uploads).toEqual([]);
		} finally {
			server.closeAllConnections();
			server.close();
		}
	});
});
