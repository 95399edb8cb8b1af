import type { WorkspaceUser } from '../workspace/records';

// What the REST layer needs from the apps host (sandbox/engine/SandboxEngine implements it). Declared here so
// the HTTP layer never imports engine code and its tests can run against a small double.

/** The request an app endpoint receives, as Rocket.Chat's AppApisBridge builds it from express's request. */
export interface AppHttpRequest {
	/** Lower case, as Rocket.Chat hands it to apps. */
	method: string;
	/** As sent, the authentication headers included. */
	headers: Record<string, string | string[] | undefined>;
	/** Parsed by express's extended query parser: a repeated key is an array, `a[b]=c` an object. */
	query: Record<string, unknown>;
	/** Values of the endpoint path's `:name` segments. */
	params: Record<string, string>;
	content: unknown;
	privateHash?: string;
	/** The caller when valid X-User-Id / X-Auth-Token headers were sent. */
	user?: WorkspaceUser;
}

/** An endpoint an app declared, as Rocket.Chat's router registers it. */
export interface AppEndpoint {
	path: string;
	/** Rocket.Chat refuses a request without valid credentials before the app's runtime sees it. */
	authRequired: boolean;
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

/** A button an app registered (ui.registerButton), with the app's id, as the engine's UIActionButtonManager lists it. */
export interface AppActionButton {
	appId: string;
	actionId: string;
	labelI18n: string;
	context: string;
	[field: string]: unknown;
}

/**
 * A UI Kit interaction as Rocket.Chat's ui.interaction route builds it from the client's body, before conversion. The
 * host converts `user` to the app's user, and, when the key is there, `roomId` to the action's `room` and `messageId`
 * to its `message` (a missing room or message becomes undefined).
 */
export interface UiInteractionRequest {
	appId: string;
	user: WorkspaceUser;
	/** The action's other fields: type, actionId, triggerId, payload, container, tmid, … as the type takes them. */
	action: Record<string, unknown>;
	roomId?: unknown;
	messageId?: unknown;
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
	/** The endpoints of an app, in the order it registered them; undefined: no such app, or it registered none. */
	appEndpoints(appId: string): AppEndpoint[] | undefined;
	/** Runs one of those endpoints (by its declared path). A rejection: the app failed. */
	executeApi(appId: string, endpointPath: string, request: AppHttpRequest): Promise<AppHttpResponse>;
	/** The Apps-Engine release that runs the apps (Rocket.Chat's Info.marketplaceApiVersion). */
	readonly engineVersion: string;
	/** Installs an uploaded app and enables it. */
	install(upload: AppPackageUpload): Promise<AppUploadResult>;
	/** Replaces an installed app with the uploaded version (the zip's id names the app). */
	update(upload: AppPackageUpload): Promise<AppUploadResult>;
	/** undefined: no app by that id is installed. */
	installedApp(appId: string): Promise<InstalledAppView | undefined>;
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
	/** The buttons of the enabled apps. */
	actionButtons(): Promise<AppActionButton[]>;
	/** Runs the interaction through the engine's IUIKitInteractionHandler listener; the app's answer as it gave it. */
	uiInteraction(request: UiInteractionRequest): Promise<unknown>;
	/** The apps' i18n files by language (`{ en: { key: text } }`), so a client can show their buttons' labels. */
	appLanguages?(): Array<{ id: string; languages: Record<string, Record<string, string>> }>;
}
