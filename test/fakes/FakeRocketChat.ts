/**
 * A small in-memory Rocket.Chat behind fakes of the Apps-Engine accessors the app uses, behaving like Rocket.Chat's
 * bridges (shared/leave-semantics.md §3): rooms found by exact id or exact, case-sensitive name; owners and
 * moderators read from subscription roles; removeUsersFromRoom checks nothing, removes asynchronously and posts `ul`
 * as the leaver, unless another app's pre-leave event vetoes; a call whose app permission is not granted answers
 * undefined instead of throwing. Every accessor call is counted, because each one is a process round trip in
 * Rocket.Chat's runtime.
 */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { UserStatusConnection, UserType } from '@rocket.chat/apps-engine/definition/users';

import { ALLOWED_ROLES_SETTING_ID, DEFAULT_ALLOWED_ROLES } from '../../src/rocketchat/allowedRolesSetting';
import { RANDOM_ID_ALPHABET, RANDOM_ID_LENGTH } from '../../src/rocketchat/randomIdShape';

export interface FakeUser {
	_id: string;
	username: string;
	roles: string[];
	language?: string;
}

export interface FakeRoom {
	_id: string;
	t: 'p' | 'c' | 'd';
	name: string;
	fname?: string;
	prid?: string;
	u: { _id: string; username: string };
	ts: Date;
	_updatedAt: Date;
	msgs: number;
	usersCount: number;
	ro: boolean;
	sysMes: boolean;
	archived?: boolean;
	/** Only direct rooms carry these in current Rocket.Chat. */
	usernames?: string[];
	uids?: string[];
}

export interface FakeSubscription {
	rid: string;
	uid: string;
	roles: string[];
}

export interface FakeMessage {
	rid: string;
	t?: string;
	uid: string;
}

/** A Rocket.Chat server setting as stored: `value` once an admin (or an OVERWRITE_SETTING_ variable) set one, else `packageValue`. */
export interface FakeServerSetting {
	value?: unknown;
	packageValue: unknown;
	secret?: boolean;
}

export interface FakeNotification {
	uid: string;
	rid: string;
	text: string;
	senderId: string;
}

/**
 * How the engine answers getUserRoomIds: 1.58+ has it. Before, the host lacks it and refuses the call with
 * 'Invalid accessor method "getUserRoomIds"' ('missing'); early runtimes (1.46; not 1.53) wrap that JSON-RPC error
 * object in an Error as it is, whose message reads '[object Object]' ('missingOnEarlyRuntime').
 */
export type UserRoomIdsSupport = 'available' | 'missing' | 'missingOnEarlyRuntime';

export type AppPermission = 'room.read' | 'room.write' | 'user.read' | 'message.write' | 'server-setting.read';

export interface FakeOptions {
	userRoomIds?: UserRoomIdsSupport;
	granted?: ReadonlyArray<AppPermission>;
	/** Accessor names that throw, as an engine failure would. */
	failing?: ReadonlyArray<string>;
}

const ALL_PERMISSIONS: AppPermission[] = ['room.read', 'room.write', 'user.read', 'message.write', 'server-setting.read'];

let nextId = 0;
/** Counted ids of Rocket.Chat's shape (Random.id()'s length and alphabet), so the app takes them for ids as it would real ones. */
const newId = (prefix: string) => {
	let digits = '';
	for (let n = ++nextId; n > 0; n = Math.floor(n / RANDOM_ID_ALPHABET.length)) {
		digits = RANDOM_ID_ALPHABET[n % RANDOM_ID_ALPHABET.length] + digits;
	}
	return prefix + digits.padStart(RANDOM_ID_LENGTH - prefix.length, RANDOM_ID_ALPHABET[0]);
};

/** Resolves after other pending work had a turn, as a bridge call across processes would. */
const hop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeRocketChat {
	public readonly users = new Map<string, FakeUser>();

	public readonly rooms = new Map<string, FakeRoom>();

	public subscriptions: FakeSubscription[] = [];

	public readonly messages: FakeMessage[] = [];

	public readonly notifications: FakeNotification[] = [];

	public readonly calls: Record<string, number> = {};

	public readonly permissionErrors: string[] = [];

	public readonly appUser: FakeUser = { _id: 'leave-group-app-user', username: 'leave-group.bot', roles: ['app'] };

	/** The app setting's stored value; undefined means never changed (its package value applies). */
	public allowedRoles: string | undefined;

	/** Server settings by id; `Language` as Rocket.Chat ships it (package value '', no value until the setup wizard sets one). */
	public readonly serverSettings = new Map<string, FakeServerSetting>([['Language', { packageValue: '' }]]);

	/** Another app's IPreRoomUserLeave: the message it refuses a removal with, or undefined to let it happen. */
	public preLeaveVeto: ((room: FakeRoom, user: FakeUser) => string | undefined) | undefined;

	private readonly userRoomIds: UserRoomIdsSupport;

	private reader: IRead | undefined;

	private readonly granted: ReadonlyArray<AppPermission>;

	private readonly failing: ReadonlyArray<string>;

	constructor(options: FakeOptions = {}) {
		this.userRoomIds = options.userRoomIds ?? 'available';
		this.granted = options.granted ?? ALL_PERMISSIONS;
		this.failing = options.failing ?? [];
	}

	// ---- seeding ----

	public addUser(username: string, roles: string[] = ['user'], language?: string): FakeUser {
		const user = { _id: newId('U'), username, roles, language };
		this.users.set(user._id, user);
		return user;
	}

	/** A room whose creator is its owner; `members` are subscribed without a room role. */
	public addRoom(t: FakeRoom['t'], name: string, creator: FakeUser, members: FakeUser[] = [], extra: Partial<FakeRoom> = {}): FakeRoom {
		const now = new Date('2024-05-01T10:00:00.000Z');
		const room: FakeRoom = {
			_id: newId('R'),
			t,
			name,
			u: { _id: creator._id, username: creator.username },
			ts: now,
			_updatedAt: now,
			msgs: 0,
			usersCount: 0,
			ro: false,
			sysMes: true,
			...extra,
		};
		this.rooms.set(room._id, room);
		this.subscribe(room, creator, ['owner']);
		members.forEach((member) => this.subscribe(room, member));
		return room;
	}

	public addGroup(name: string, creator: FakeUser, members: FakeUser[] = [], extra: Partial<FakeRoom> = {}): FakeRoom {
		return this.addRoom('p', name, creator, members, extra);
	}

	public subscribe(room: FakeRoom, user: FakeUser, roles: string[] = []): void {
		this.subscriptions.push({ rid: room._id, uid: user._id, roles });
		room.usersCount++;
	}

	public setRoomRoles(room: FakeRoom, user: FakeUser, roles: string[]): void {
		const subscription = this.subscriptions.find((sub) => sub.rid === room._id && sub.uid === user._id);
		if (!subscription) {
			throw new Error(`${user.username} is not in ${room.name}`);
		}
		subscription.roles = roles;
	}

	// ---- what tests look at ----

	public isMember(room: FakeRoom, user: FakeUser): boolean {
		return this.subscriptions.some((sub) => sub.rid === room._id && sub.uid === user._id);
	}

	public totalCalls(): number {
		return Object.values(this.calls).reduce((sum, count) => sum + count, 0);
	}

	public resetCalls(): void {
		Object.keys(this.calls).forEach((name) => delete this.calls[name]);
	}

	public notificationsOf(user: FakeUser): FakeNotification[] {
		return this.notifications.filter((notification) => notification.uid === user._id);
	}

	// ---- converters, as Rocket.Chat's apps converters shape records ----

	public appUserOf(user: FakeUser): IUser {
		return {
			id: user._id,
			username: user.username,
			emails: [],
			type: user.roles.includes('bot') ? UserType.BOT : UserType.USER,
			isEnabled: true,
			name: user.username,
			roles: [...user.roles],
			status: 'online',
			statusConnection: UserStatusConnection.ONLINE,
			utcOffset: 0,
			createdAt: new Date('2024-01-01T00:00:00.000Z'),
			updatedAt: new Date('2024-01-01T00:00:00.000Z'),
			lastLoginAt: new Date('2024-01-01T00:00:00.000Z'),
			settings: { preferences: { ...(user.language && { language: user.language }) } },
		};
	}

	/** Mapped fields become IRoom's; the rest travels in `_unmappedProperties_`, as Rocket.Chat's converter does. */
	public appRoomOf(room: FakeRoom): IRoom {
		const { _id, t, name, fname, prid, u, ts, _updatedAt, msgs, ro, sysMes, uids, ...unmapped } = room;
		const creator = this.users.get(u._id);
		const types = { p: RoomType.PRIVATE_GROUP, c: RoomType.CHANNEL, d: RoomType.DIRECT_MESSAGE };
		const parent = prid === undefined ? undefined : this.rooms.get(prid);
		return {
			id: _id,
			slugifiedName: name,
			displayName: fname,
			type: types[t],
			creator: creator && this.appUserOf(creator),
			userIds: uids,
			messageCount: msgs,
			createdAt: ts,
			updatedAt: _updatedAt,
			isReadOnly: ro,
			displaySystemMessages: sysMes,
			parentRoom: parent && this.appRoomOf(parent),
			_unmappedProperties_: structuredClone(unmapped),
		} as unknown as IRoom;
	}

	// ---- accessors ----

	/** One reader for the fake's lifetime, as the Deno runtime gives an app one per process. */
	public read(): IRead {
		this.reader ??= this.createReader();
		return this.reader;
	}

	private createReader(): IRead {
		const userReader = {
			getAppUser: () => this.call('getAppUser', 'user.read', () => this.appUserOf(this.appUser), true),
			getUserRoomIds: (userId: string) =>
				this.call('getUserRoomIds', 'user.read', () => {
					if (this.userRoomIds === 'missing') {
						throw new Error('Invalid accessor method "getUserRoomIds"');
					}
					if (this.userRoomIds === 'missingOnEarlyRuntime') {
						const jsonRpcError: unknown = { message: 'Invalid accessor method "getUserRoomIds"', code: 1000 };
						throw new Error(jsonRpcError as string);
					}
					return this.subscriptions.filter((sub) => sub.uid === userId).map((sub) => sub.rid);
				}),
		};
		return {
			getRoomReader: () => ({
				getById: (id: string) => this.call('getById', 'room.read', () => this.convertRoom([...this.rooms.values()].find((room) => room._id === id))),
				getByName: (name: string) =>
					this.call('getByName', 'room.read', () => this.convertRoom([...this.rooms.values()].find((room) => room.name === name))),
				getOwners: (roomId: string) => this.call('getOwners', 'room.read', () => this.usersWithRole(roomId, 'owner')),
				getModerators: (roomId: string) => this.call('getModerators', 'room.read', () => this.usersWithRole(roomId, 'moderator')),
				getMembers: (roomId: string) =>
					this.call('getMembers', 'room.read', () =>
						this.subscriptions.filter((sub) => sub.rid === roomId).map((sub) => this.appUserOf(this.users.get(sub.uid) as FakeUser)),
					),
			}),
			getUserReader: () => userReader,
			getEnvironmentReader: () => ({
				getSettings: () => ({
					getValueById: (id: string) =>
						this.call('getValueById', undefined, () => {
							if (id !== ALLOWED_ROLES_SETTING_ID) {
								throw new Error(`Setting "${id}" does not exist.`);
							}
							return this.allowedRoles ?? DEFAULT_ALLOWED_ROLES;
						}),
				}),
				getServerSettings: () => ({
					getValueById: (id: string) =>
						this.call('serverSettings.getValueById', undefined, () => {
							// The engine's reader over Rocket.Chat's bridge: a withheld permission makes the bridge answer undefined,
							// which the reader turns into an error; an unknown or secret setting is refused by the bridge itself.
							if (!this.granted.includes('server-setting.read')) {
								this.permissionErrors.push('serverSettings.getValueById needs server-setting.read');
								throw new Error(`No Server Setting found, or it is unaccessible, by the id of "${id}".`);
							}
							const setting = this.serverSettings.get(id);
							if (!setting || setting.secret) {
								throw new Error(`The setting "${id}" is not readable.`);
							}
							return setting.value ?? setting.packageValue;
						}),
				}),
			}),
			getNotifier: () => ({
				notifyUser: (user: IUser, message: IMessage) =>
					this.call('notifyUser', 'message.write', () => {
						this.notifications.push({ uid: user.id, rid: message.room.id, text: message.text ?? '', senderId: message.sender.id });
					}),
			}),
		} as unknown as IRead;
	}

	public modify(): IModify {
		return {
			getDeleter: () => ({
				removeUsersFromRoom: (roomId: string, usernames: string[]) =>
					this.call('removeUsersFromRoom', 'room.write', async () => {
						if (usernames.length > 50) {
							throw new Error('removeUsersFromRoom takes at most 50 usernames');
						}
						// The removal lands a hop later, as it does across the Deno bridge.
						await hop();
						usernames.forEach((username) => this.removeUser(roomId, username));
					}),
			}),
		} as unknown as IModify;
	}

	private convertRoom(room: FakeRoom | undefined): IRoom | undefined {
		return room && this.appRoomOf(room);
	}

	private usersWithRole(roomId: string, role: string): IUser[] {
		return this.subscriptions
			.filter((sub) => sub.rid === roomId && sub.roles.includes(role))
			.map((sub) => this.appUserOf(this.users.get(sub.uid) as FakeUser));
	}

	/**
	 * Core's removal with no remover: no checks at all, but other apps' pre-leave event first, member or not. A veto is
	 * core's Meteor.Error('error-app-prevented', <message>) as the Deno runtime hands it to the app: a plain Error with
	 * that error's message and nothing else.
	 */
	private removeUser(roomId: string, username: string): void {
		const room = this.rooms.get(roomId);
		const user = [...this.users.values()].find((candidate) => candidate.username === username);
		if (!room || !user) {
			return;
		}
		const vetoMessage = this.preLeaveVeto?.(room, user);
		if (vetoMessage !== undefined) {
			throw new Error(vetoMessage ? `${vetoMessage} [error-app-prevented]` : '[error-app-prevented]');
		}
		const before = this.subscriptions.length;
		this.subscriptions = this.subscriptions.filter((sub) => !(sub.rid === roomId && sub.uid === user._id));
		if (this.subscriptions.length === before) {
			return;
		}
		room.usersCount--;
		room.msgs++;
		room._updatedAt = new Date();
		this.messages.push({ rid: roomId, t: 'ul', uid: user._id });
	}

	private async call<T>(name: string, permission: AppPermission | undefined, answer: () => T | Promise<T>, alwaysAllowed = false): Promise<T | undefined> {
		this.calls[name] = (this.calls[name] ?? 0) + 1;
		await hop();
		if (this.failing.includes(name)) {
			throw new Error(`${name}: engine failure`);
		}
		if (permission && !alwaysAllowed && !this.granted.includes(permission)) {
			this.permissionErrors.push(`${name} needs ${permission}`);
			return undefined;
		}
		return answer();
	}
}
