import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { hostedEngineVersion } from './engineSelection';
import { AppStatus, AppStatusUtils } from '@rocket.chat/apps-engine/definition/AppStatus';
import { AppInterface } from '@rocket.chat/apps-engine/definition/metadata';
import type { IApiRequest } from '@rocket.chat/apps-engine/definition/api';
import type { IPermission } from '@rocket.chat/apps-engine/definition/permissions/IPermission';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { RequestMethod } from '@rocket.chat/apps-engine/definition/accessors';
import { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { AppManager } from '@rocket.chat/apps-engine/server/AppManager';
import type { ProxiedApp } from '@rocket.chat/apps-engine/server/ProxiedApp';
import type { AppFabricationFulfillment } from '@rocket.chat/apps-engine/server/compiler';

import type { Workspace } from '../workspace/Workspace';
import type {
	AppActionButton,
	AppEndpoint,
	AppHttpRequest,
	AppHttpResponse,
	AppPackageUpload,
	AppSetting,
	AppsGateway,
	AppUploadResult,
	InstalledAppView,
	SlashCommandRun,
	UiInteractionRequest,
} from '../http/AppsGateway';
import { SandboxBridges } from './bridges/SandboxBridges';
import { preparedRuntime } from './runtimeLocation';
import { parseSlashCommandParams } from './slashCommandParams';
import { MemoryLogStorage } from './storage/MemoryLogStorage';
import { MemoryMetadataStorage } from './storage/MemoryMetadataStorage';
import { MemorySourceStorage } from './storage/MemorySourceStorage';

export interface SandboxEngineOptions {
	workspace: Workspace;
	/** The packaged app (rc-apps package output); without one the engine starts empty and an app comes through install(). */
	appZip?: string;
	/** The user who installs the app (its onInstall context); the workspace's first admin when not given. */
	installerId?: string;
	/**
	 * The engine grants every app permission when NODE_ENV is 'test' (as under jest). By default the sandbox enforces
	 * the app's declared permissions as Rocket.Chat does, by running the engine with NODE_ENV 'sandbox' until stop().
	 * true keeps the engine's test behaviour.
	 */
	grantAllPermissions?: boolean;
	/**
	 * The permissions the installing admin grants, by name; by default those the app declares, as Rocket.Chat's install
	 * does. A narrower list makes the engine treat the rest as undeclared.
	 */
	grantedPermissions?: string[];
	/** false: getUserRoomIds fails as on an engine older than 1.58, to exercise an app's fallback. Default true. */
	userRoomIdsAvailable?: boolean;
	/**
	 * true (default): while the app's Deno process is down, requests fail at once with a clear error (sandbox/README.md).
	 * false: as Rocket.Chat hosts the engine, they wait for the engine's own timeout — to see what a real server does.
	 */
	failFastWhenDown?: boolean;
}

/** The parts of the engine's Deno controller (server/runtime/deno/AppsEngineDenoRuntime) the sandbox reaches into. */
interface DenoController {
	deno?: ChildProcess;
	handleIncomingMessage(message: { payload: { method: string } }): Promise<void>;
	getProcessState(): 'uninitialized' | 'ready' | 'invalid' | 'restarting' | 'unknown' | 'stopped';
	restartApp(): Promise<void>;
	spawnProcess(): void;
	eventNames(): (string | symbol)[];
	emit(event: string, result: unknown, error: Error): boolean;
}

/**
 * Hosts one packaged app in the real Apps-Engine (1.62.0): AppManager with in-memory storages and bridges over the
 * workspace, the app's code in the engine's Deno subprocess. One at a time per process: AppManager is a singleton.
 */
export class SandboxEngine implements AppsGateway {
	private static running: SandboxEngine | undefined;

	private readonly calls = new Map<string, number>();

	/** The engine's restart of the app's subprocess, while one runs. */
	private restarting: Promise<void> | undefined;

	private stopping = false;

	private stopped: Promise<void> | undefined;

	/** The hosted app; undefined until one is installed (an engine started without a zip). */
	private app: ProxiedApp | undefined;

	readonly engineVersion: string = hostedEngineVersion();

	private constructor(
		private readonly manager: AppManager,
		private readonly bridges: SandboxBridges,
		app: ProxiedApp | undefined,
		private readonly environment: EngineEnvironment,
		readonly logs: MemoryLogStorage,
		private readonly workspace: Workspace,
		private readonly failFastWhenDown: boolean,
	) {
		if (app) {
			this.attach(app);
		}
	}

	/** The hosted app's id; throws when none is installed (see hasApp). */
	get appId(): string {
		if (!this.app) {
			throw new Error('No app is installed in the sandbox engine');
		}
		return this.app.getID();
	}

	hasApp(): boolean {
		return this.app !== undefined;
	}

	// Each app the engine builds (at install, and again at every update) has its own runtime controller and Deno process.
	private attach(app: ProxiedApp): void {
		this.app = app;
		this.countAccessorCalls();
		this.superviseRestarts();
		this.watchEachSubprocess();
	}

	static async start(options: SandboxEngineOptions): Promise<SandboxEngine> {
		if (SandboxEngine.running) {
			throw new Error('A SandboxEngine is already running in this process: stop it first (AppManager is a singleton)');
		}
		const environment = EngineEnvironment.enter(options.grantAllPermissions ?? false);
		try {
			const bridges = new SandboxBridges(options.workspace, { userRoomIdsAvailable: options.userRoomIdsAvailable ?? true });
			const logs = new MemoryLogStorage();
			// A manager left by a failed start would make the constructor refuse.
			(AppManager as { Instance?: AppManager }).Instance = undefined;
			const manager = new AppManager({
				metadataStorage: new MemoryMetadataStorage(),
				logStorage: logs,
				bridges,
				sourceStorage: new MemorySourceStorage(),
				tempFilePath: environment.tempDir,
			});
			await manager.load();
			const app = options.appZip === undefined ? undefined : await installApp(manager, bridges, options, options.appZip);
			const engine = new SandboxEngine(manager, bridges, app, environment, logs, options.workspace, options.failFastWhenDown ?? true);
			SandboxEngine.running = engine;
			return engine;
		} catch (error) {
			environment.leave();
			throw error;
		}
	}

	appEndpoints(appId: string): AppEndpoint[] | undefined {
		return appId === this.app?.getID() ? this.bridges.apis.endpoints(appId) : undefined;
	}

	/** Runs the app's endpoint in its runtime, with the request Rocket.Chat's AppApisBridge hands it. */
	async executeApi(appId: string, endpointPath: string, request: AppHttpRequest): Promise<AppHttpResponse> {
		const apiRequest: IApiRequest = {
			method: request.method as RequestMethod,
			headers: request.headers as IApiRequest['headers'],
			query: request.query as IApiRequest['query'],
			params: request.params,
			content: request.content,
			privateHash: request.privateHash,
			user: request.user && this.bridges.converters.user(request.user),
		};
		return this.inRunningApp(() => this.manager.getApiManager().executeApi(appId, endpointPath, apiRequest));
	}

	hasCommand(command: string): boolean {
		return this.bridges.commands.isEnabled(command);
	}

	/** Runs `/command params` as the sender in the room; false when no enabled app command has that name. */
	async runCommand(run: SlashCommandRun): Promise<boolean> {
		if (!this.bridges.commands.isEnabled(run.command)) {
			return false;
		}
		const sender = this.bridges.converters.userById(run.senderId);
		const room = this.bridges.converters.roomById(run.roomId);
		if (!sender || !room) {
			throw new Error(`runCommand needs an existing sender and room (got ${run.senderId} in ${run.roomId})`);
		}
		const args = Object.freeze(parseSlashCommandParams(run.params)) as string[];
		const context = new SlashCommandContext(Object.freeze(sender), Object.freeze(room), args, run.threadId, run.triggerId);
		await this.inRunningApp(() => this.manager.getCommandManager().executeCommand(run.command, context));
		return true;
	}

	/** The app's settings as the engine's settings manager holds them (the app's getValueById reads the same record). */
	appSettings(appId: string): Record<string, AppSetting> | undefined {
		return appId === this.app?.getID() ? (this.manager.getSettingsManager().getAppSettings(appId) as unknown as Record<string, AppSetting>) : undefined;
	}

	/** Through the engine's settings manager, as Rocket.Chat's apps REST API does: the app's onPreSettingUpdate and onSettingUpdated run in its subprocess. */
	async updateAppSetting(appId: string, setting: AppSetting): Promise<void> {
		await this.inRunningApp(() => this.manager.getSettingsManager().updateAppSetting(appId, setting as unknown as ISetting));
	}

	/** The buttons the enabled apps registered, each with its appId, as Rocket.Chat's GET /api/apps/actionButtons lists them. */
	async actionButtons(): Promise<AppActionButton[]> {
		return (await this.manager.getUIActionButtonManager().getAllActionButtons()) as unknown as AppActionButton[];
	}

	/**
	 * As Rocket.Chat's ui.interaction route (ee/server/apps/communication/uikit.ts): the user, room and message are
	 * converted, then the engine's IUIKitInteractionHandler listener calls the app's handler. The engine answers
	 * undefined when the app's handler throws (it logs the error) and fails for an app it does not know.
	 */
	async uiInteraction(request: UiInteractionRequest): Promise<unknown> {
		const action: Record<string, unknown> = { ...request.action, user: this.bridges.converters.user(request.user) };
		if ('roomId' in request) {
			action.room = typeof request.roomId === 'string' ? this.bridges.converters.roomById(request.roomId) : undefined;
		}
		if ('messageId' in request) {
			const mid = request.messageId;
			// Rocket.Chat converts `mid && convertById(mid)`: a falsy mid is passed as it is.
			action.message = !mid ? mid : typeof mid === 'string' ? this.bridges.converters.messageById(mid) : undefined;
		}
		return this.inRunningApp(() => this.manager.getListenerManager().executeListener(AppInterface.IUIKitInteractionHandler, action as never));
	}

	/** The app's i18n files as the engine stored them at install (Rocket.Chat's GET /api/apps/languages lists them). */
	appLanguages(): Array<{ id: string; languages: Record<string, Record<string, string>> }> {
		if (!this.app) {
			return [];
		}
		return [{ id: this.app.getID(), languages: (this.app.getStorageItem().languageContent ?? {}) as Record<string, Record<string, string>> }];
	}

	/** What the banner and a developer want to know of the hosted app: its name, version, slash commands and endpoint paths. */
	appSummary(): { name: string; version: string; slashCommands: string[]; endpoints: string[] } | undefined {
		if (!this.app) {
			return undefined;
		}
		const info = this.app.getInfo();
		return {
			name: info.name,
			version: info.version,
			slashCommands: this.bridges.commands.commandNames(),
			endpoints: (this.bridges.apis.endpoints(this.app.getID()) ?? []).map(({ path }) => path),
		};
	}

	/**
	 * Installs an uploaded app as Rocket.Chat's POST /api/apps does (ee/server/apps/communication/rest.ts): added
	 * disabled with the permissions the upload grants, then enabled; the answer carries the app's info and status.
	 */
	async install(upload: AppPackageUpload): Promise<AppUploadResult> {
		const { info } = await this.manager.getParser().unpackageApp(upload.zip);
		if (this.app && this.app.getID() !== info.id) {
			throw new Error(`The sandbox hosts one app at a time, and ${this.app.getInfo().name} is installed`);
		}
		const aff = await this.manager.add(upload.zip, {
			enable: false,
			user: this.installer(upload.installerId),
			...(upload.permissionsGranted === undefined ? {} : { permissionsGranted: upload.permissionsGranted as IPermission[] }),
		});
		const refusal = fabricationRefusal(aff);
		if (refusal) {
			return refusal;
		}
		this.attach(aff.getApp());
		const enabled = await this.manager.changeStatus(info.id, AppStatus.MANUALLY_ENABLED);
		this.attach(enabled);
		return this.uploadResult(aff, await enabled.getStatus());
	}

	/** Replaces the installed app with an uploaded version, as Rocket.Chat's POST /api/apps/:id does; the zip's id decides. */
	async update(upload: AppPackageUpload): Promise<AppUploadResult> {
		const aff = await this.manager.update(upload.zip, upload.permissionsGranted as IPermission[], {
			user: this.installer(upload.installerId),
			loadApp: true,
		});
		const refusal = fabricationRefusal(aff);
		if (refusal) {
			return refusal;
		}
		// The engine built a new app, with its own runtime controller and Deno process, and stopped the old one.
		const app = this.manager.getOneById(aff.getAppInfo().id);
		this.attach(app);
		return this.uploadResult(aff, await app.getStatus());
	}

	/** The installed app as Rocket.Chat's GET /api/apps/:id answers it (formatAppInstanceForRest); undefined: none by that id. */
	async installedApp(appId: string): Promise<InstalledAppView | undefined> {
		const app = this.app?.getID() === appId ? this.app : undefined;
		if (!app) {
			return undefined;
		}
		const storageItem = app.getStorageItem();
		return {
			...app.getInfo(),
			status: await app.getStatus(),
			languages: storageItem.languageContent as InstalledAppView['languages'],
			// An upload is a private app; the sandbox installs from no marketplace.
			private: true,
			migrated: Boolean(storageItem.migrated),
		};
	}

	private uploadResult(aff: AppFabricationFulfillment, status: AppStatus): AppUploadResult {
		return {
			ok: true,
			app: { ...aff.getAppInfo(), status },
			implemented: aff.getImplementedInferfaces(),
			licenseValidation: aff.getLicenseValidationResult().toJSON(),
		};
	}

	private installer(userId: string): IUser {
		const user = this.workspace.findUserById(userId);
		if (!user) {
			throw new Error(`No user ${userId} to install the app as`);
		}
		return this.bridges.converters.user(user);
	}

	/** Every accessor and bridge call the app's subprocess made since start, by JSON-RPC method (e.g. `accessor:getReader:getRoomReader:getById`). */
	accessorCalls(): Record<string, number> {
		return Object.fromEntries(this.calls);
	}

	/** The pid of the app's Deno subprocess while it is up and serving; undefined while the engine restarts it or after stop(). */
	appProcessPid(): number | undefined {
		return this.runningChild()?.pid;
	}

	/** Unloads the app and waits until its Deno subprocess has exited; calling it again waits for the same stop. */
	stop(): Promise<void> {
		this.stopped ??= this.unload();
		return this.stopped;
	}

	private async unload(): Promise<void> {
		this.stopping = true;
		try {
			// A subprocess the engine is bringing up would otherwise come up after the unload, with no app to serve.
			await this.restarting?.catch(() => undefined);
			const child = this.app ? this.controller().deno : undefined;
			const exited =
				child && child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
			// unload() asks the app to disable itself, then kills the subprocess without waiting for it. A subprocess that is
			// already gone (Ctrl-C signals the whole process group, Deno included) cannot answer, and the engine would wait
			// 30 s for each call: once it has exited there is nothing left to stop.
			const unloaded = this.manager.unload(false);
			unloaded.catch(() => undefined);
			await Promise.race([unloaded.then(() => exited), exited]);
		} finally {
			(AppManager as { Instance?: AppManager }).Instance = undefined;
			SandboxEngine.running = undefined;
			this.environment.leave();
		}
	}

	/**
	 * Runs a request through the app's subprocess, refusing at once while there is none: after the subprocess dies the
	 * engine starts a new one by itself (about 0.1 s), but a request sent meanwhile would reach it before the app is
	 * constructed. Errors come back as Error instances (the engine rejects with bare JSON-RPC error objects).
	 */
	private async inRunningApp<T>(request: () => Promise<T>): Promise<T> {
		if (this.failFastWhenDown && !this.runningChild()) {
			throw new Error("The app's Deno subprocess is not running (the engine is restarting it); try again shortly");
		}
		try {
			return await request();
		} catch (error) {
			throw error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error));
		}
	}

	// The controller's state alone is not enough: during a restart it reads 'ready' as soon as the new subprocess has
	// started, before the app is constructed in it.
	private runningChild(): ChildProcess | undefined {
		if (!this.app) {
			return undefined;
		}
		const controller = this.controller();
		const child = controller.deno;
		const serving = !this.restarting && !this.stopping && controller.getProcessState() === 'ready';
		return serving && child && child.exitCode === null && child.signalCode === null ? child : undefined;
	}

	// Every Deno subprocess of the app, the first and each one the engine restarts, is watched from its spawn. A request
	// written while it dies fails with EPIPE on its stdin; with no listener that error would crash the host, and the
	// request itself is failed by the exit, so the pipe error is dropped. The engine restarts a subprocess that exits but
	// leaves the requests it was handling to time out (30 s); their waiters listen for `result:<id>` on the controller,
	// and answering them with an error ends the wait at once. (The child's own exit, not the controller's processExit
	// event, which engines before 1.53 do not emit.)
	private watchEachSubprocess(): void {
		const controller = this.controller();
		const watch = (child: ChildProcess | undefined) => {
			child?.stdin?.on('error', (error: NodeJS.ErrnoException) => {
				if (error.code !== 'EPIPE') {
					console.error("sandbox: the app's Deno subprocess input failed", error);
				}
			});
			if (this.failFastWhenDown) {
				child?.once('exit', (code) => this.failRequestsInFlight(controller, code));
			}
		};
		watch(controller.deno);
		const spawnProcess = controller.spawnProcess.bind(controller);
		controller.spawnProcess = () => {
			spawnProcess();
			watch(controller.deno);
		};
	}

	private failRequestsInFlight(controller: DenoController, code: number | null): void {
		const error = new Error(`The app's Deno subprocess exited (${code === null ? 'killed' : `code ${code}`}) while handling this request`);
		for (const event of controller.eventNames()) {
			if (typeof event === 'string' && event.startsWith('result:')) {
				controller.emit(event, undefined, error);
			}
		}
	}

	// The engine's liveness manager calls restartApp when the subprocess dies (and again every second while that fails).
	// Knowing when a restart runs tells when the app serves again; once stop() has begun, no restart may start.
	private superviseRestarts(): void {
		const controller = this.controller();
		const restartApp = controller.restartApp.bind(controller);
		controller.restartApp = () => {
			if (this.stopping) {
				return Promise.resolve();
			}
			const restart: Promise<void> = restartApp().finally(() => {
				if (this.restarting === restart) {
					this.restarting = undefined;
				}
			});
			this.restarting = restart;
			return restart;
		};
	}

	private controller(): DenoController {
		if (!this.app) {
			throw new Error('No app is installed in the sandbox engine');
		}
		// Engines before 1.57 name the same controller getDenoRuntime().
		const app = this.app as unknown as { getRuntimeController?: () => unknown; getDenoRuntime: () => unknown };
		return (app.getRuntimeController ? app.getRuntimeController() : app.getDenoRuntime()) as DenoController;
	}

	// The Deno child's requests to the host all go through handleIncomingMessage: `accessor:…` for the accessors
	// (reads, notifier, deleter, …) and `bridges:…` for what the runtime asks the bridges directly (message creation, …).
	private countAccessorCalls(): void {
		const controller = this.controller();
		const handle = controller.handleIncomingMessage.bind(controller);
		controller.handleIncomingMessage = (message) => {
			const { method } = message.payload;
			if (method.startsWith('accessor:') || method.startsWith('bridges:')) {
				this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
			}
			return handle(message);
		};
	}
}

/** The engine's storage or app-user failure, answered as Rocket.Chat's install and update routes answer them. */
function fabricationRefusal(aff: AppFabricationFulfillment): AppUploadResult | undefined {
	if (aff.hasStorageError()) {
		return { ok: false, error: 'app_storage_error', status: 'storage_error', messages: [aff.getStorageError()] };
	}
	if (aff.hasAppUserError()) {
		const { message, username } = aff.getAppUserError() as { message: string; username: string };
		return { ok: false, error: 'app_user_error', status: 'app_user_error', messages: [message], payload: { username } };
	}
	return undefined;
}

async function installApp(manager: AppManager, bridges: SandboxBridges, options: SandboxEngineOptions, appZip: string): Promise<ProxiedApp> {
	const zip = readFileSync(appZip);
	const { info } = await manager.getParser().unpackageApp(zip);
	const installer = installerOf(options);
	// Rocket.Chat installs with the permissions the admin accepted, which are the ones the app declares.
	const granted = options.grantedPermissions?.map((name) => ({ name })) ?? info.permissions;
	const fulfillment = await manager.add(zip, { enable: true, permissionsGranted: granted, user: installer });
	if (fulfillment.hasStorageError() || fulfillment.hasAppUserError()) {
		throw new Error(`The engine could not add ${appZip}: ${fulfillment.getStorageError() ?? JSON.stringify(fulfillment.getAppUserError())}`);
	}
	const app = manager.getOneById(info.id);
	const status = await app.getStatus();
	if (!AppStatusUtils.isEnabled(status)) {
		throw new Error(`${info.name} ${info.version} did not start: its status is ${status}`);
	}
	return app;

	function installerOf({ workspace, installerId }: SandboxEngineOptions): IUser {
		const user = installerId === undefined ? workspace.users().find((candidate) => candidate.roles.includes('admin')) : workspace.findUserById(installerId);
		if (!user) {
			throw new Error('Installing an app needs an installing user: give installerId, or create an admin first');
		}
		return bridges.converters.user(user);
	}
}

/**
 * What the engine reads from the process while it runs: the deno stand-in first on PATH (the engine spawns `deno`
 * from it), NODE_ENV not 'test' so the app's permissions are enforced, and a temp folder for the runtime's files.
 * Restored when the engine stops.
 */
class EngineEnvironment {
	private constructor(
		readonly tempDir: string,
		private readonly previousPath: string | undefined,
		private readonly previousNodeEnv: string | undefined,
	) {}

	static enter(grantAllPermissions: boolean): EngineEnvironment {
		const runtime = preparedRuntime(hostedEngineVersion());
		const environment = new EngineEnvironment(mkdtempSync(join(tmpdir(), 'rocketchat-apps-sandbox-engine-')), process.env.PATH, process.env.NODE_ENV);
		process.env.PATH = [runtime.binDir, process.env.PATH].filter(Boolean).join(delimiter);
		if (!grantAllPermissions && process.env.NODE_ENV === 'test') {
			process.env.NODE_ENV = 'sandbox';
		}
		return environment;
	}

	leave(): void {
		restore('PATH', this.previousPath);
		restore('NODE_ENV', this.previousNodeEnv);
		rmSync(this.tempDir, { recursive: true, force: true });
	}
}

function restore(name: string, value: string | undefined): void {
	if (value === undefined) {
		delete process.env[name];
	} else {
		process.env[name] = value;
	}
}
