import type { WorkspaceUser } from '../workspace/records';

// What the REST layer needs from the apps host (sandbox/engine/SandboxEngine implements it). Declared here so
// the HTTP layer never imports engine code and its tests can run against a small double.

export interface AppHttpRequest {
	/** Lower case, as Rocket.Chat hands it to apps. */
	method: string;
	/** The part after /api/apps/public/:appId/ or /api/apps/private/:appId/:hash/. */
	path: string;
	headers: Record<string, string>;
	query: Record<string, string>;
	content: unknown;
	privateHash?: string;
	/** The caller when valid X-User-Id / X-Auth-Token headers were sent. */
	user?: WorkspaceUser;
}

export interface AppHttpResponse {
	status: number;
	headers?: Record<string, string>;
	content?: unknown;
}

export interface SlashCommandRun {
	/** Without the slash. */
	command: string;
	/** The text after the command; the host splits it into arguments as Rocket.Chat does. */
	params: string;
	senderId: string;
	roomId: string;
	/** The thread the command was typed in (`tmid`). */
	threadId?: string;
	/** Chosen by the client, so that a surface the app opens in answer can be matched to it. */
	triggerId?: string;
}

/**
 * An app setting as the engine stores it (the Apps-Engine's ISetting): `id`, `type` (string, int, boolean, select,
 * multiSelect, …), `packageValue` (the app's default), `value` once an admin has set one, labels, `hidden`, ….
 */
export interface AppSetting {
	id: string;
	type: string;
	value?: unknown;
	packageValue?: unknown;
	hidden?: boolean;
	[field: string]: unknown;
}

/** An app zip uploaded to Rocket.Chat's install or update route (the multipart fields `app` and `permissions`). */
export interface AppPackageUpload {
	zip: Buffer;
	/** As uploaded (`[{"name": …}, …]`); undefined: none sent, and the engine applies the app's declared ones. */
	permissionsGranted?: Array<{ name: string }>;
	/** The admin who uploads it: the app's onInstall / onUpdate context. */
	installerId: string;
}

/** The engine's app record (IAppInfo) plus its status, as Rocket.Chat's apps REST API answers it. */
export interface AppInfoView {
	id: string;
	name: string;
	nameSlug: string;
	version: string;
	status: string;
	[field: string]: unknown;
}

/** GET /api/apps/:id: the app's info with Rocket.Chat's additions (ee/lib/misc/formatAppInstanceForRest.ts). */
export interface InstalledAppView extends AppInfoView {
	languages: Record<string, Record<string, string>>;
	private: boolean;
	migrated: boolean;
}

export type AppUploadResult =
	| { ok: true; app: AppInfoView; implemented: Record<string, boolean>; licenseValidation: object }
	| { ok: false; error: string; status: string; messages: unknown[]; payload?: { username: string } };

export interface AppsGateway {
	/** The Apps-Engine release that runs the apps (Rocket.Chat's Info.marketplaceApiVersion). */
	readonly engineVersion: string;
	/** Installs an uploaded app and enables it. */
	install(upload: AppPackageUpload): Promise<AppUploadResult>;
	/** Replaces an installed app with the uploaded version (the zip's id names the app). */
	update(upload: AppPackageUpload): Promise<AppUploadResult>;
	/** undefined: no app by that id is installed. */
	installedApp(appId: string): Promise<InstalledAppView | undefined>;
	/** undefined: no such app or endpoint path. A rejection: the app failed. */
	callApi(appId: string, request: AppHttpRequest): Promise<AppHttpResponse | undefined>;
	/** false: no such command, or it is disabled. */
	runCommand(run: SlashCommandRun): Promise<boolean>;
	/** Whether an app provides `/command` and it is enabled. */
	hasCommand(command: string): boolean;
	/** The app's settings by id; undefined: no such app. */
	appSettings(appId: string): Record<string, AppSetting> | undefined;
	/** Stores the setting (an existing id) through the engine, which runs the app's onPreSettingUpdate and onSettingUpdated. */
	updateAppSetting(appId: string, setting: AppSetting): Promise<void>;
	/** Accessor calls the hosted apps made, by accessor name. */
	accessorCalls(): Record<string, number>;
}
