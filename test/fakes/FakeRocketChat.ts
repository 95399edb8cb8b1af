/**
 * The unit tests' Rocket.Chat: the sandbox's workspace (sandbox/workspace) behind the engine's own host accessors
 * (RoomRead, UserRead, Notifier, ServerSettingRead, SettingRead, ModifyCreator, ModifyDeleter) over the sandbox's bridges
 * (sandbox/engine/bridges) — the same Rocket.Chat the integration tests run the packaged app against, without the
 * Deno subprocess. Seed and inspect it through `workspace`; what an app sees of it comes from `converters`.
 *
 * On top, only what unit tests need of the runtime between the app and Rocket.Chat:
 * - every accessor call is counted by method name (`serverSettings.` prefixed for the server settings reader), because
 *   each one is a process round trip in Rocket.Chat's runtime, and takes an async hop before and after;
 * - `failing` names calls that throw `<name>: engine failure`, as an engine failure would;
 * - `granted` withholds app permissions: the engine's bridges then answer undefined (its readers may turn that into
 *   their own error) and the denial is recorded in `permissionErrors` instead of the engine's console error;
 * - `userRoomIds` answers getUserRoomIds as engines before 1.58 do ('missing': the sandbox user bridge's refusal), or as
 *   the runtimes before 1.52.1 hand such a refusal to the app ('missingOnEarlyRuntime': every host error reads
 *   '[object Object]').
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { ProxiedApp } from '@rocket.chat/apps-engine/server/ProxiedApp';
import { ModifyCreator } from '@rocket.chat/apps-engine/server/accessors/ModifyCreator';
import { ModifyDeleter } from '@rocket.chat/apps-engine/server/accessors/ModifyDeleter';
import { ModifyExtender } from '@rocket.chat/apps-engine/server/accessors/ModifyExtender';
import { Persistence } from '@rocket.chat/apps-engine/server/accessors/Persistence';
import { PersistenceRead } from '@rocket.chat/apps-engine/server/accessors/PersistenceRead';
import { UIController } from '@rocket.chat/apps-engine/server/accessors/UIController';
import { Notifier } from '@rocket.chat/apps-engine/server/accessors/Notifier';
import { RoomRead } from '@rocket.chat/apps-engine/server/accessors/RoomRead';
import { ServerSettingRead } from '@rocket.chat/apps-engine/server/accessors/ServerSettingRead';
import { SettingRead } from '@rocket.chat/apps-engine/server/accessors/SettingRead';
import { UserRead } from '@rocket.chat/apps-engine/server/accessors/UserRead';
import { AppPermissionManager } from '@rocket.chat/apps-engine/server/managers/AppPermissionManager';

import { SandboxBridges } from '../../sandbox/engine/bridges/SandboxBridges';
import type { AppConverters } from '../../sandbox/engine/converters/AppConverters';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { Workspace } from '../../sandbox/workspace/Workspace';
import { allowedRolesSetting } from '../../src/rocketchat/allowedRolesSetting';
import { soleOwnerDeletionSetting } from '../../src/rocketchat/soleOwnerDeletionSetting';
import { undoMinutesSetting } from '../../src/rocketchat/undoSetting';
import appJson from '../../app.json';

export type UserRoomIdsSupport = 'available' | 'missing' | 'missingOnEarlyRuntime';

export type AppPermission =
	'room.read' | 'room.write' | 'user.read' | 'message.write' | 'server-setting.read' | 'persistence' | 'ui.interact' | 'ui.registerButtons';

export interface FakeOptions {
	userRoomIds?: UserRoomIdsSupport;
	/** The app permissions granted; all the app declares by default. */
	granted?: ReadonlyArray<AppPermission>;
	/** Accessor calls, by counted name, that throw as an engine failure would. */
	failing?: ReadonlyArray<string>;
}

const ALL_PERMISSIONS: AppPermission[] = [
	'room.read',
	'room.write',
	'user.read',
	'message.write',
	'server-setting.read',
	'persistence',
	'ui.interact',
	'ui.registerButtons',
];

/**
 * Under jest (NODE_ENV 'test') the engine grants every permission. For a fake's app id, the engine's bridges ask the
 * fake instead; any other app id (a SandboxEngine in the same test file) keeps the engine's answer.
 */
const fakesByAppId = new Map<string, FakeRocketChat>();
const callInFlight = new AsyncLocalStorage<string>();
const engineHasPermission = AppPermissionManager.hasPermission.bind(AppPermissionManager);
const engineNotifyAboutError = AppPermissionManager.notifyAboutError.bind(AppPermissionManager);
AppPermissionManager.hasPermission = (appId, permission) => {
	const fake = fakesByAppId.get(appId);
	return fake ? fake.check(permission) : engineHasPermission(appId, permission);
};
AppPermissionManager.notifyAboutError = (error) => {
	if (callInFlight.getStore() === undefined) {
		engineNotifyAboutError(error);
	}
};

/** Resolves after other pending work had a turn, as a bridge call across processes would. */
const hop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeRocketChat {
	readonly workspace = new Workspace();

	readonly converters: AppConverters;

	readonly calls: Record<string, number> = {};

	readonly permissionErrors: string[] = [];

	/** The app's bot user, as the engine creates it on install (`<nameSlug>.bot`, role app). */
	readonly appUser: WorkspaceUser;

	/** The app setting's stored value; undefined means never changed (its package value applies). */
	allowedRoles: string | undefined;

	/** The other app settings' stored values, by id; a missing one has its package value. */
	readonly settingValues: Record<string, unknown> = {};

	private readonly appId = randomUUID();

	private readonly options: Required<FakeOptions>;

	private readonly reader: IRead;

	private readonly persistenceAccessor: IPersistence;

	private readonly modifier: IModify;

	constructor(options: FakeOptions = {}) {
		this.options = { userRoomIds: 'available', granted: ALL_PERMISSIONS, failing: [], ...options };
		const bridges = new SandboxBridges(this.workspace, { userRoomIdsAvailable: this.options.userRoomIds === 'available' }, (appId) => appId === this.appId);
		this.converters = bridges.converters;
		this.appUser = this.workspace.createUser({ username: `${appJson.nameSlug}.bot`, name: `${appJson.name} (Bot)`, roles: ['app'], type: 'app' });
		this.converters.registerAppUser(this.appId, this.appUser._id);
		fakesByAppId.set(this.appId, this);

		const stored = (setting: ISetting, value: unknown): [string, ISetting] => [setting.id, { ...setting, value: value ?? setting.packageValue }];
		const app = {
			getStorageItem: () => ({
				settings: Object.fromEntries([
					stored(allowedRolesSetting, this.allowedRoles),
					...[undoMinutesSetting, soleOwnerDeletionSetting].map((setting) => stored(setting, this.settingValues[setting.id])),
				]),
			}),
		};
		const rooms = this.counted(new RoomRead(bridges.getRoomBridge(), this.appId));
		const users = this.counted(new UserRead(bridges.getUserBridge(), this.appId));
		const settings = this.counted(new SettingRead(app as unknown as ProxiedApp));
		const serverSettings = this.counted(new ServerSettingRead(bridges.getServerSettingBridge(), this.appId), 'serverSettings.');
		const notifier = this.counted(new Notifier(bridges.getUserBridge(), bridges.getMessageBridge(), this.appId));
		const deleter = this.counted(new ModifyDeleter(bridges, this.appId));
		const environment = { getSettings: () => settings, getServerSettings: () => serverSettings };
		const persistenceReader = this.counted(new PersistenceRead(bridges.getPersistenceBridge(), this.appId), 'persistenceRead.');
		this.persistenceAccessor = this.counted(new Persistence(bridges.getPersistenceBridge(), this.appId), 'persistence.');
		this.reader = {
			getRoomReader: () => rooms,
			getUserReader: () => users,
			getEnvironmentReader: () => environment,
			getNotifier: () => notifier,
			getPersistenceReader: () => persistenceReader,
		} as unknown as IRead;
		const extender = this.counted(new ModifyExtender(bridges, this.appId), 'extender.');
		const ui = this.counted(new UIController(this.appId, bridges), 'ui.');
		// Builders are local to the app; only finishing one is a call to the host, so only that is counted.
		const creator = new ModifyCreator(bridges, this.appId);
		const finishing = this.counted({ finish: (builder: Parameters<ModifyCreator['finish']>[0]) => creator.finish(builder) }, 'creator.');
		const countedCreator = { startRoom: () => creator.startRoom(), startMessage: () => creator.startMessage(), finish: finishing.finish };
		this.modifier = {
			getDeleter: () => deleter,
			getCreator: () => countedCreator,
			getExtender: () => extender,
			getUiController: () => ui,
		} as unknown as IModify;
	}

	read(): IRead {
		return this.reader;
	}

	modify(): IModify {
		return this.modifier;
	}

	persistence(): IPersistence {
		return this.persistenceAccessor;
	}

	/** The user as an app sees it (the sender of a command, the caller of an endpoint). */
	appUserOf(user: WorkspaceUser): IUser {
		return this.converters.user(user);
	}

	/** The room as an app sees it now. */
	appRoomOf(room: WorkspaceRoom): IRoom {
		return this.converters.roomById(room._id) as IRoom;
	}

	isMember(room: WorkspaceRoom, user: WorkspaceUser): boolean {
		return this.workspace.findSubscription(room._id, user._id) !== undefined;
	}

	/** The room's messages, oldest first, as which kind by whom. */
	messagesOf(room: WorkspaceRoom): { rid: string; t?: string; uid: string }[] {
		return this.workspace.messagesOfRoom(room._id).map(({ rid, t, u }) => ({ rid, t, uid: u._id }));
	}

	/** The room's record now. */
	roomNow(room: WorkspaceRoom): WorkspaceRoom {
		return this.workspace.findRoomById(room._id) as WorkspaceRoom;
	}

	totalCalls(): number {
		return Object.values(this.calls).reduce((sum, count) => sum + count, 0);
	}

	resetCalls(): void {
		Object.keys(this.calls).forEach((name) => delete this.calls[name]);
	}

	/** The engine's permission check for this fake's app: the permission when granted, else undefined and a recorded denial. */
	check<P extends { name: string }>(permission: P): P | undefined {
		if (this.options.granted.some((name) => name === permission.name)) {
			return permission;
		}
		this.permissionErrors.push(`${callInFlight.getStore() ?? 'a call'} needs ${permission.name}`);
		return undefined;
	}

	/** The accessor with every method counted, faulted and hopped as a call across the runtime. */
	private counted<T extends object>(accessor: T, prefix = ''): T {
		return new Proxy(accessor, {
			get: (target, property) => {
				const value: unknown = Reflect.get(target, property);
				if (typeof property !== 'string' || typeof value !== 'function') {
					return value;
				}
				return (...args: unknown[]) => this.call(prefix + property, () => value.apply(target, args));
			},
		});
	}

	private async call(name: string, answer: () => unknown): Promise<unknown> {
		this.calls[name] = (this.calls[name] ?? 0) + 1;
		await hop();
		if (this.options.failing.includes(name)) {
			throw new Error(`${name}: engine failure`);
		}
		try {
			return await callInFlight.run(name, answer);
		} catch (error) {
			if (this.options.userRoomIds !== 'missingOnEarlyRuntime') {
				throw error;
			}
			// Before 1.52.1 the runtime rethrew the host's JSON-RPC error object wrapped in an Error as it was.
			const jsonRpcError: unknown = { message: error instanceof Error ? error.message : String(error), code: 1000 };
			throw new Error(jsonRpcError as string);
		} finally {
			await hop();
		}
	}
}

/** Where most unit tests start: olivia created (so owns) the private group team, and max is a member. */
export function fakeWithTeam(options: FakeOptions = {}) {
	const rc = new FakeRocketChat(options);
	const { workspace } = rc;
	const owner = workspace.createUser({ username: 'olivia' });
	const member = workspace.createUser({ username: 'max' });
	const group = workspace.createRoom({ t: 'p', name: 'team', creatorId: owner._id, memberIds: [member._id] });
	return { rc, workspace, owner, member, group };
}
