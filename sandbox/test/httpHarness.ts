import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type {
	AppActionButton,
	AppEndpoint,
	AppHttpRequest,
	AppHttpResponse,
	AppInfoView,
	AppPackageUpload,
	AppSetting,
	AppsGateway,
	AppUploadResult,
	InstalledAppView,
	SlashCommandRun,
	UiInteractionRequest,
} from '../http/AppsGateway';
import { createSandboxServer } from '../http/server';
import { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';

// Route tests run the real REST server on 127.0.0.1:0 over a fresh workspace, with a test double of the apps host.

export type Json = Record<string, unknown>;

export interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
	body: Json;
}

/** Apps host double: one app whose endpoints echo or fail, one slash command, and settings of several types. */
export class AppsDouble implements AppsGateway {
	static readonly APP_ID = 'app-under-test';

	readonly apiCalls: Array<{ appId: string; path: string; request: AppHttpRequest }> = [];

	readonly commandRuns: SlashCommandRun[] = [];

	/** The settings the double stores; `explodes` fails to update, as an app whose onSettingUpdated throws. */
	readonly settings: Record<string, AppSetting> = {
		roles: { id: 'roles', type: 'string', packageValue: 'admin,user', i18nLabel: 'Roles' },
		enabled: { id: 'enabled', type: 'boolean', packageValue: true, value: true },
		limit: { id: 'limit', type: 'int', packageValue: 10 },
		tags: { id: 'tags', type: 'multiSelect', packageValue: [] },
		secret: { id: 'secret', type: 'string', packageValue: 'x', hidden: true },
		explodes: { id: 'explodes', type: 'string', packageValue: '' },
	};

	readonly settingUpdates: AppSetting[] = [];

	readonly engineVersion = '1.62.0';

	/** The uploads the install and update routes passed on, in order. */
	readonly uploads: Array<{ kind: 'install' | 'update'; upload: AppPackageUpload }> = [];

	/** The app an upload installed; a zip whose bytes read `storage-fails` fails as the engine's storage would. */
	private uploaded: AppInfoView | undefined;

	async install(upload: AppPackageUpload): Promise<AppUploadResult> {
		this.uploads.push({ kind: 'install', upload });
		return this.store(upload, 'manually_enabled');
	}

	async update(upload: AppPackageUpload): Promise<AppUploadResult> {
		this.uploads.push({ kind: 'update', upload });
		if (!this.uploaded) {
			throw new Error('Can not update an App that does not currently exist.');
		}
		return this.store(upload, this.uploaded.status);
	}

	async installedApp(appId: string): Promise<InstalledAppView | undefined> {
		return this.uploaded?.id === appId ? { ...this.uploaded, languages: {}, private: true, migrated: false } : undefined;
	}

	private store(upload: AppPackageUpload, status: string): AppUploadResult {
		if (upload.zip.toString() === 'storage-fails') {
			return { ok: false, error: 'app_storage_error', status: 'storage_error', messages: ['Failed to create the App, the storage did not return it.'] };
		}
		this.uploaded = { id: 'uploaded-app', name: 'Uploaded', nameSlug: 'uploaded', version: `1.0.${this.uploads.length}`, status };
		return { ok: true, app: this.uploaded, implemented: { IPostMessageSent: false }, licenseValidation: { errors: {}, warnings: {} } };
	}

	readonly endpoints: AppEndpoint[] = [
		{ path: 'echo', authRequired: false },
		{ path: 'text', authRequired: false },
		{ path: 'fail', authRequired: false },
		{ path: 'rooms/:rid', authRequired: false },
		{ path: 'private', authRequired: true },
		{ path: 'answer', authRequired: false },
	];

	/** What the `answer` endpoint sends back: tests set it to an app's odd answers. */
	answer: AppHttpResponse = { status: 200 };

	appEndpoints(appId: string): AppEndpoint[] | undefined {
		return appId === AppsDouble.APP_ID ? this.endpoints : undefined;
	}

	async executeApi(appId: string, path: string, request: AppHttpRequest): Promise<AppHttpResponse> {
		this.apiCalls.push({ appId, path, request });
		switch (path) {
			case 'fail':
				throw new Error('the app fell over');
			case 'text':
				return { status: 200, content: 'plain words' };
			case 'answer':
				return this.answer;
			default:
				return {
					status: 202,
					headers: { 'x-app': 'yes' },
					content: { method: request.method, query: request.query, params: request.params, content: request.content },
				};
		}
	}

	async runCommand(run: SlashCommandRun): Promise<boolean> {
		this.commandRuns.push(run);
		return this.hasCommand(run.command);
	}

	hasCommand(command: string): boolean {
		return command === 'hello';
	}

	appSettings(appId: string): Record<string, AppSetting> | undefined {
		return appId === AppsDouble.APP_ID ? structuredClone(this.settings) : undefined;
	}

	async updateAppSetting(appId: string, setting: AppSetting): Promise<void> {
		if (appId !== AppsDouble.APP_ID || !(setting.id in this.settings)) {
			throw new Error('No setting found for the App by the provided id.');
		}
		if (setting.id === 'explodes') {
			throw new Error('the app refused the setting');
		}
		this.settingUpdates.push(setting);
		this.settings[setting.id] = setting;
	}

	accessorCalls(): Record<string, number> {
		return { 'room.getById': 3 };
	}

	readonly buttons: AppActionButton[] = [{ appId: AppsDouble.APP_ID, actionId: 'open', labelI18n: 'open_label', context: 'roomAction' }];

	readonly interactions: UiInteractionRequest[] = [];

	/** What the double's app answers the next interactions with; a function may throw, as a failing host does. */
	interactionAnswer: (request: UiInteractionRequest) => unknown = () => ({ success: true });

	async actionButtons(): Promise<AppActionButton[]> {
		return structuredClone(this.buttons);
	}

	async uiInteraction(request: UiInteractionRequest): Promise<unknown> {
		this.interactions.push(request);
		return this.interactionAnswer(request);
	}
}

export interface Harness {
	workspace: Workspace;
	apps: AppsDouble;
	url: string;
	admin: WorkspaceUser;
	request(
		method: string,
		path: string,
		options?: { as?: WorkspaceUser; json?: unknown; body?: string | Buffer; contentType?: string; headers?: Record<string, string> },
	): Promise<Answer>;
	/** A user with a password equal to their username, and the role `user` unless told otherwise. */
	user(username: string, roles?: string[]): WorkspaceUser;
	close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
	const workspace = new Workspace();
	const apps = new AppsDouble();
	const server: Server = createSandboxServer({ workspace, apps, bodyLimitBytes: 64 * 1024 });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `http://127.0.0.1:${port}`;
	const tokens = new Map<string, string>();

	const user = (username: string, roles: string[] = ['user']): WorkspaceUser => {
		const created = workspace.createUser({ username, password: username, email: `${username}@example.com`, roles });
		tokens.set(created._id, workspace.issueLoginToken(created._id));
		return created;
	};
	const admin = user('admin', ['admin']);

	return {
		workspace,
		apps,
		url,
		admin,
		user,
		async request(method, path, options = {}) {
			const headers: Record<string, string> = { ...options.headers };
			if (options.as) {
				headers['x-user-id'] = options.as._id;
				headers['x-auth-token'] = tokens.get(options.as._id) ?? '';
			}
			let body: string | Buffer | undefined = options.body;
			if (options.json !== undefined) {
				body = JSON.stringify(options.json);
				headers['content-type'] = 'application/json';
			}
			if (options.contentType) {
				headers['content-type'] = options.contentType;
			}
			const { status, headers: answerHeaders, text } = await send(`${url}${path}`, method, headers, body);
			let parsed: Json = {};
			try {
				parsed = JSON.parse(text) as Json;
			} catch {
				// Not every answer is JSON (app endpoints may answer text); `text` keeps it.
			}
			return { status, headers: answerHeaders, text, body: parsed };
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

export function send(
	target: string,
	method: string,
	headers: Record<string, string>,
	body: string | Buffer | undefined,
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(target, { method, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
			response.on('error', reject);
		});
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}
