/**
 * The sandbox's in-memory Rocket.Chat workspace: users, rooms, subscriptions, messages, ephemeral notifications
 * and permissions, with Rocket.Chat's record shapes (./records.ts). No HTTP, no engine: the REST routes
 * (sandbox/http) and the engine's bridges (sandbox/engine) both work through the operations below.
 *
 * Every operation is synchronous, hence atomic on Node's single thread. Reads return copies: change the
 * workspace only through its operations. Operations that need an existing user or room throw
 * WorkspaceError('error-invalid-user' | 'error-invalid-room') when it is missing; refusals with a
 * Rocket.Chat reason (duplicate names, …) throw WorkspaceError with Rocket.Chat's code and text.
 *
 * Users
 *   createUser({ username, name?, email?, password?, roles? = ['user'], type? = 'user', language? }) → WorkspaceUser
 *   findUserById(id) / findUserByUsername(username) / findUserByUsernameIgnoringCase(username) / findUserByEmail(address)
 *       → WorkspaceUser | undefined
 *   users() → WorkspaceUser[]
 *   setUserRoles(userId, roles)
 * Authentication
 *   checkPassword(userId, password) → boolean; issueLoginToken(userId) → token; findUserByLoginToken(userId, token)
 * Rooms
 *   createRoom({ t: 'p'|'c', name, creatorId, memberIds?, readOnly?, _id?, usernames? }) → WorkspaceRoom
 *       (creator holds 'owner'; no messages; `_id` keeps an imported room's foreign id, e.g. 'slack-C024BE91L';
 *       `usernames` stands for a record of an old Rocket.Chat that still carries that list: kept as given, never updated)
 *   createDiscussion({ prid, name, creatorId, memberIds? }) → WorkspaceRoom  (as Rocket.Chat's createDiscussion: a room
 *       of the parent's kind, a random id as `name`, the title as `fname`, `prid`; posts 'discussion-created' in the parent)
 *   createDirectRoom(creatorId, otherId) → WorkspaceRoom  (the existing one when the pair already has one)
 *   findDirectRoom(userIds) → WorkspaceRoom | undefined
 *   findRoomById(rid) / findRoomByName(exact name) → WorkspaceRoom | undefined
 *   setArchived(rid, archived, byUserId)  (posts room-archived / room-unarchived)
 *   updateRoomFields(rid, { fname?, name?, ro?, sysMes?, msgs?, ts?, _updatedAt? })  (an app's room update: the fields
 *       Rocket.Chat's converter maps, written as given; a new `name` is re-indexed)
 *   deleteRoom(rid)  (as Rocket.Chat's deleteRoom: its messages, subscriptions and room roles go, then the room)
 * Membership
 *   findSubscription(rid, uid) / subscriptionsOfRoom(rid) / roomIdsOfUser(uid) / membersOfRoom(rid)
 *   usersWithRoomRole(rid, 'owner'|'moderator'|'leader') → WorkspaceUser[]  (in the order they got the role; costs the holders only)
 *   addUserToRoom(rid, uid, addedById?)  → posts 'au' by the adder, or, with no adder, 'ut' by the user in a
 *       discussion and 'uj' by the user elsewhere; msgs + 1
 *   removeUserFromRoom(rid, uid, removedById?) → deletes the subscription, usersCount − 1, posts 'ul' by the leaver
 *       (or 'ru' by the remover), msgs + 1. Checks nothing else (no last-owner guard, no permission, no room type),
 *       but first asks the pre-leave veto, if one is set.
 *   setPreLeaveVeto((room, user) => string | undefined) / setPreLeaveVeto(undefined)
 *       → emulates another app's IPreRoomUserLeave: a string vetoes with that message (WorkspaceError
 *       'error-app-prevented', nothing changes), undefined lets the removal go on.
 *   addRoomRole(rid, uid, role, byUserId) / removeRoomRole(rid, uid, role, byUserId)
 *       → posts 'subscription-role-added' / '-removed' (msg = the username, role = the role)
 * Messages and notifications
 *   postMessage({ rid, msg, userId, t?, role?, blocks? }) → WorkspaceMessage  (msgs + 1, room _updatedAt)
 *   messagesOfRoom(rid) → oldest first; findMessageById(mid) → WorkspaceMessage | undefined
 *   notifyUser(uid, rid, msg, senderId?, { blocks? }?) → ephemeral, also pushed on the user's stream as `<uid>/message`;
 *       notificationsOf(uid) → oldest first (the last 1,000 per user)
 * What Rocket.Chat pushes to a user's clients, and what an app keeps
 *   streams: UserStreams (./userStreams.ts): the user's `stream-notify-user` events, readable and awaitable
 *   surfaces: UserSurfaces (./userSurfaces.ts): the modals and contextual bars apps opened for each user
 *   appPersistence: AppPersistenceStore (./appPersistence.ts): the apps' persistent records
 * Permissions (Rocket.Chat's defaults, ./defaultPermissions.ts)
 *   hasPermission(uid, permission, rid?) → the user's global roles, plus their room roles when rid is given
 *   rolesOfPermission(permission) / setPermissionRoles(permission, roles)
 * Server settings (only `Language`, ./serverSettings.ts)
 *   findSettingById(id) → WorkspaceSetting | undefined
 *   setSettingValue(id, value)  (WorkspaceError 'error-invalid-setting' for an id the workspace does not keep)
 */
import { AppPersistenceStore } from './appPersistence';
import { Credentials } from './credentials';
import { DEFAULT_PERMISSIONS } from './defaultPermissions';
import { randomId } from './ids';
import type {
	RoomRole,
	RoomType,
	SystemMessageType,
	UserRef,
	UserType,
	WorkspaceMessage,
	WorkspaceNotification,
	WorkspaceRoom,
	WorkspaceSetting,
	WorkspaceSubscription,
	WorkspaceUser,
} from './records';
import { defaultServerSettings } from './serverSettings';
import { UserStreams } from './userStreams';
import { UserSurfaces } from './userSurfaces';
import { WorkspaceError } from './WorkspaceError';

export interface NewUser {
	username: string;
	name?: string;
	email?: string;
	password?: string;
	roles?: string[];
	type?: UserType;
	language?: string;
}

export interface NewRoom {
	t: Extract<RoomType, 'p' | 'c'>;
	name: string;
	creatorId: string;
	memberIds?: string[];
	readOnly?: boolean;
	/** An imported room keeps the id of the system it came from; by default a new random id. */
	_id?: string;
	/** Only to stand for a record of an old Rocket.Chat that still carries its usernames list. */
	usernames?: string[];
}

export interface NewDiscussion {
	/** The parent room. */
	prid: string;
	/** The discussion's title (its `fname`). */
	name: string;
	creatorId: string;
	memberIds?: string[];
}

/** Another app's pre-leave event: the message it refuses a removal with, or undefined to let it happen. */
export type PreLeaveVeto = (room: WorkspaceRoom, user: WorkspaceUser) => string | undefined;

export interface NewMessage {
	rid: string;
	msg: string;
	userId: string;
	t?: SystemMessageType;
	role?: RoomRole;
	drid?: string;
	blocks?: unknown[];
}

/** The fields of a room an app's update writes (Rocket.Chat's room converter's mapped fields the workspace keeps). */
export type RoomFieldChanges = Partial<Pick<WorkspaceRoom, 'fname' | 'name' | 'ro' | 'sysMes' | 'msgs' | 'ts' | '_updatedAt'>>;

// Rocket.Chat's default UTF8_Channel_Names_Validation and UTF8_User_Names_Validation settings.
const ROOM_NAME_PATTERN = /^[0-9a-zA-Z-_.]+$/;
const USERNAME_PATTERN = /^[0-9a-zA-Z-_.]+$/;

const NOTIFICATIONS_KEPT_PER_USER = 1000;

export class Workspace {
	private readonly usersById = new Map<string, WorkspaceUser>();

	// Keyed lower-case: Rocket.Chat refuses a username or email that differs from a taken one only by case.
	private readonly userIdsByUsername = new Map<string, string>();

	private readonly userIdsByEmail = new Map<string, string>();

	private readonly credentials = new Credentials();

	private readonly roomsById = new Map<string, WorkspaceRoom>();

	private readonly roomIdsByName = new Map<string, string>();

	// rid → uid → subscription, in joining order.
	private readonly subscriptionsByRoom = new Map<string, Map<string, WorkspaceSubscription>>();

	private readonly roomIdsByUser = new Map<string, Set<string>>();

	// rid → room role → uids holding it: Rocket.Chat answers role lookups from an index, so they cost the holders, not the room.
	private readonly roleHoldersByRoom = new Map<string, Map<RoomRole, Set<string>>>();

	private readonly messagesByRoom = new Map<string, WorkspaceMessage[]>();

	private readonly messagesById = new Map<string, WorkspaceMessage>();

	private readonly notificationsByUser = new Map<string, WorkspaceNotification[]>();

	private readonly permissions = new Map<string, string[]>(Object.entries(DEFAULT_PERMISSIONS).map(([id, roles]) => [id, [...roles]]));

	private preLeaveVeto: PreLeaveVeto | undefined;

	readonly streams = new UserStreams();

	readonly surfaces = new UserSurfaces();

	readonly appPersistence = new AppPersistenceStore();

	private readonly settingsById = new Map<string, WorkspaceSetting>(defaultServerSettings(new Date()).map((setting) => [setting._id, setting]));

	// ---- users

	createUser(input: NewUser): WorkspaceUser {
		const username = input.username.trim();
		if (!USERNAME_PATTERN.test(username)) {
			throw new WorkspaceError('error-invalid-username', `${username} is not a valid username`);
		}
		if (this.userIdsByUsername.has(username.toLowerCase())) {
			throw new WorkspaceError('error-field-unavailable', `${username} is already in use :(`, { field: username });
		}
		const email = input.email?.trim();
		if (email !== undefined && this.userIdsByEmail.has(email.toLowerCase())) {
			throw new WorkspaceError('error-field-unavailable', `${email} is already in use :(`, { field: email });
		}
		const now = new Date();
		const user: WorkspaceUser = {
			_id: randomId(),
			username,
			name: input.name ?? username,
			emails: email === undefined ? [] : [{ address: email, verified: false }],
			roles: [...(input.roles ?? ['user'])],
			type: input.type ?? 'user',
			active: true,
			...(input.language === undefined ? {} : { language: input.language }),
			createdAt: now,
			_updatedAt: now,
		};
		this.usersById.set(user._id, user);
		this.userIdsByUsername.set(username.toLowerCase(), user._id);
		if (email !== undefined) {
			this.userIdsByEmail.set(email.toLowerCase(), user._id);
		}
		if (input.password !== undefined) {
			this.credentials.setPassword(user._id, input.password);
		}
		return copyUser(user);
	}

	findUserById(id: string): WorkspaceUser | undefined {
		const user = this.usersById.get(id);
		return user && copyUser(user);
	}

	/** Exact username, as Rocket.Chat's Users.findOneByUsername. */
	findUserByUsername(username: string): WorkspaceUser | undefined {
		const id = this.userIdsByUsername.get(username.toLowerCase());
		const user = id === undefined ? undefined : this.usersById.get(id);
		return user && user.username === username ? copyUser(user) : undefined;
	}

	/** As Rocket.Chat's Users.findOneByUsernameIgnoringCase (invites, kicks, logins). */
	findUserByUsernameIgnoringCase(username: string): WorkspaceUser | undefined {
		const id = this.userIdsByUsername.get(username.toLowerCase());
		return id === undefined ? undefined : this.findUserById(id);
	}

	/** Case-insensitive, as Rocket.Chat matches email addresses. */
	findUserByEmail(address: string): WorkspaceUser | undefined {
		const id = this.userIdsByEmail.get(address.trim().toLowerCase());
		return id === undefined ? undefined : this.findUserById(id);
	}

	users(): WorkspaceUser[] {
		return [...this.usersById.values()].map(copyUser);
	}

	setUserRoles(userId: string, roles: string[]): void {
		const user = this.requireUser(userId);
		user.roles = [...roles];
		user._updatedAt = new Date();
	}

	// ---- authentication

	checkPassword(userId: string, password: string): boolean {
		return this.credentials.checkPassword(userId, password);
	}

	issueLoginToken(userId: string): string {
		this.requireUser(userId);
		return this.credentials.issueToken(userId);
	}

	/** The user a (X-User-Id, X-Auth-Token) pair authenticates; undefined when the pair is not valid or the user is inactive. */
	findUserByLoginToken(userId: string, token: string): WorkspaceUser | undefined {
		const user = this.usersById.get(userId);
		return user?.active && this.credentials.hasToken(userId, token) ? copyUser(user) : undefined;
	}

	// ---- rooms

	createRoom(input: NewRoom): WorkspaceRoom {
		const name = input.name.trim();
		if (!ROOM_NAME_PATTERN.test(name)) {
			throw new WorkspaceError('error-invalid-room-name', `${name} is not a valid room name`, { channel_name: name });
		}
		const taken = this.findRoomByName(name);
		if (taken?.archived) {
			throw new WorkspaceError('error-archived-duplicate-name', `There's an archived channel with name ${name}`, { channel_name: name });
		}
		if (taken) {
			throw new WorkspaceError('error-duplicate-channel-name', `A channel with name '${name}' exists`, { channel_name: name });
		}
		if (input._id !== undefined && this.roomsById.has(input._id)) {
			// Rocket.Chat has no code for this: its database refuses the second record.
			throw new Error(`E11000 duplicate key error: a room with _id '${input._id}' exists`);
		}
		const room = this.insertRoom(
			{
				_id: input._id ?? randomId(),
				t: input.t,
				name,
				fname: name,
				ro: input.readOnly ?? false,
				...(input.usernames === undefined ? {} : { usernames: [...input.usernames] }),
			},
			input.creatorId,
			input.memberIds,
		);
		return copyRoom(room);
	}

	/**
	 * As Rocket.Chat's createDiscussion without a parent message: the discussion is a group under a group or a direct
	 * room and a channel under a channel, named by a random id and titled by `fname`; the creator owns it, and the
	 * parent gets a 'discussion-created' message by the creator (msg = the title, drid = the discussion).
	 */
	createDiscussion(input: NewDiscussion): WorkspaceRoom {
		const parent = this.requireRoom(input.prid);
		const room = this.insertRoom(
			{ _id: randomId(), t: parent.t === 'c' ? 'c' : 'p', name: randomId(), fname: input.name, prid: parent._id, ro: false },
			input.creatorId,
			input.memberIds,
		);
		this.post({ rid: parent._id, msg: input.name, userId: input.creatorId, t: 'discussion-created', drid: room._id });
		return copyRoom(room);
	}

	/** The direct room of exactly these users (one id for a user's room with themself), if they have one. */
	findDirectRoom(userIds: string[]): WorkspaceRoom | undefined {
		const room = this.roomsById.get(directRoomId(userIds));
		return room?.t === 'd' ? copyRoom(room) : undefined;
	}

	createDirectRoom(creatorId: string, otherId: string): WorkspaceRoom {
		const creator = this.requireUser(creatorId);
		const participants = [...new Map([creator, this.requireUser(otherId)].map((user) => [user._id, user])).values()];
		const uids = participants.map((user) => user._id).sort();
		const rid = directRoomId(uids);
		const existing = this.roomsById.get(rid);
		if (existing) {
			return copyRoom(existing);
		}
		const now = new Date();
		const room: WorkspaceRoom = {
			_id: rid,
			t: 'd',
			u: refOf(creator),
			ts: now,
			_updatedAt: now,
			msgs: 0,
			usersCount: 0,
			ro: false,
			sysMes: true,
			archived: false,
			uids,
			usernames: uids.map((uid) => this.requireUser(uid).username),
		};
		this.storeRoom(room);
		for (const participant of participants) {
			this.subscribe(room, participant, []);
		}
		return copyRoom(room);
	}

	findRoomById(rid: string): WorkspaceRoom | undefined {
		const room = this.roomsById.get(rid);
		return room && copyRoom(room);
	}

	/** Exact, case-sensitive name; direct rooms have none. */
	findRoomByName(name: string): WorkspaceRoom | undefined {
		const rid = this.roomIdsByName.get(name);
		return rid === undefined ? undefined : this.findRoomById(rid);
	}

	setArchived(rid: string, archived: boolean, byUserId: string): void {
		const room = this.requireRoom(rid);
		room.archived = archived;
		this.post({ rid, msg: '', userId: byUserId, t: archived ? 'room-archived' : 'room-unarchived' });
	}

	updateRoomFields(rid: string, changes: RoomFieldChanges): void {
		const room = this.requireRoom(rid);
		if (changes.name !== undefined && changes.name !== room.name) {
			if (this.roomIdsByName.has(changes.name)) {
				// Rocket.Chat's room bridge does not check; the workspace finds rooms by name, so it keeps names unique.
				throw new Error(`A room named '${changes.name}' exists (the sandbox keeps room names unique)`);
			}
			if (room.name !== undefined) {
				this.roomIdsByName.delete(room.name);
			}
			this.roomIdsByName.set(changes.name, rid);
		}
		Object.assign(room, changes);
	}

	/** As Rocket.Chat's deleteRoom: the room's messages, then its subscriptions (with their room roles), then the room. */
	deleteRoom(rid: string): void {
		const room = this.roomsById.get(rid);
		if (!room) {
			return;
		}
		for (const message of this.messagesByRoom.get(rid) ?? []) {
			this.messagesById.delete(message._id);
		}
		this.messagesByRoom.delete(rid);
		for (const uid of this.subscriptionsByRoom.get(rid)?.keys() ?? []) {
			this.roomIdsByUser.get(uid)?.delete(rid);
		}
		this.subscriptionsByRoom.delete(rid);
		this.roleHoldersByRoom.delete(rid);
		if (room.name !== undefined && this.roomIdsByName.get(room.name) === rid) {
			this.roomIdsByName.delete(room.name);
		}
		this.roomsById.delete(rid);
	}

	// ---- membership

	findSubscription(rid: string, uid: string): WorkspaceSubscription | undefined {
		const subscription = this.subscriptionsByRoom.get(rid)?.get(uid);
		return subscription && copySubscription(subscription);
	}

	subscriptionsOfRoom(rid: string): WorkspaceSubscription[] {
		return [...(this.subscriptionsByRoom.get(rid)?.values() ?? [])].map(copySubscription);
	}

	roomIdsOfUser(uid: string): string[] {
		return [...(this.roomIdsByUser.get(uid) ?? [])];
	}

	membersOfRoom(rid: string): WorkspaceUser[] {
		return [...(this.subscriptionsByRoom.get(rid)?.keys() ?? [])].map((uid) => copyUser(this.requireUser(uid)));
	}

	usersWithRoomRole(rid: string, role: RoomRole): WorkspaceUser[] {
		return [...(this.roleHoldersByRoom.get(rid)?.get(role) ?? [])].map((uid) => copyUser(this.requireUser(uid)));
	}

	/**
	 * Subscribes the user (no-op when already a member) and announces it as Rocket.Chat's addUserToRoom does: 'au' by
	 * the adder; with no adder, by the user, 'ut' in a discussion and 'uj' elsewhere.
	 */
	addUserToRoom(rid: string, uid: string, addedById?: string): void {
		const room = this.requireRoom(rid);
		const user = this.requireUser(uid);
		if (this.subscriptionsByRoom.get(rid)?.has(uid)) {
			return;
		}
		this.subscribe(room, user, []);
		if (addedById === undefined) {
			this.post({ rid, msg: user.username, userId: uid, t: room.prid === undefined ? 'uj' : 'ut' });
		} else {
			this.post({ rid, msg: user.username, userId: addedById, t: 'au' });
		}
	}

	/**
	 * The one removal behind a voluntary leave, a kick and the apps' removeUsers bridge, as Rocket.Chat's
	 * removeUserFromRoom: subscription deleted, usersCount − 1, 'ul' by the leaver or 'ru' by the remover.
	 * A user who is not a member leaves no trace. Nothing else is checked: callers own their rules. As in core,
	 * other apps' pre-leave event comes first, even for a user who is not a member: a veto throws
	 * WorkspaceError('error-app-prevented', <its message>), whose message reads as core's Meteor.Error.
	 */
	removeUserFromRoom(rid: string, uid: string, removedById?: string): void {
		const room = this.requireRoom(rid);
		const user = this.requireUser(uid);
		const vetoMessage = this.preLeaveVeto?.(copyRoom(room), copyUser(user));
		if (vetoMessage !== undefined) {
			throw new WorkspaceError('error-app-prevented', vetoMessage);
		}
		const subscriptions = this.subscriptionsByRoom.get(rid);
		const subscription = subscriptions?.get(uid);
		if (!subscriptions || !subscription) {
			return;
		}
		subscriptions.delete(uid);
		subscription.roles.forEach((role) => this.roleHolders(rid, role).delete(uid));
		this.roomIdsByUser.get(uid)?.delete(rid);
		room.usersCount -= 1;
		if (removedById === undefined) {
			this.post({ rid, msg: user.username, userId: uid, t: 'ul' });
		} else {
			this.post({ rid, msg: user.username, userId: removedById, t: 'ru' });
		}
	}

	/**
	 * Emulates another app that implements IPreRoomUserLeave (undefined: no such app, the default). A veto that throws
	 * instead of answering stands for an app that fails: its error propagates as is, as core rethrows it.
	 */
	setPreLeaveVeto(veto: PreLeaveVeto | undefined): void {
		this.preLeaveVeto = veto;
	}

	addRoomRole(rid: string, uid: string, role: RoomRole, byUserId: string): void {
		const subscription = this.requireSubscription(rid, uid);
		if (subscription.roles.includes(role)) {
			return;
		}
		subscription.roles.push(role);
		this.roleHolders(rid, role).add(uid);
		this.post({ rid, msg: subscription.u.username, userId: byUserId, t: 'subscription-role-added', role });
	}

	removeRoomRole(rid: string, uid: string, role: RoomRole, byUserId: string): void {
		const subscription = this.requireSubscription(rid, uid);
		if (!subscription.roles.includes(role)) {
			return;
		}
		subscription.roles = subscription.roles.filter((held) => held !== role);
		this.roleHolders(rid, role).delete(uid);
		this.post({ rid, msg: subscription.u.username, userId: byUserId, t: 'subscription-role-removed', role });
	}

	// ---- messages and notifications

	postMessage(input: NewMessage): WorkspaceMessage {
		return copyMessage(this.post(input));
	}

	messagesOfRoom(rid: string): WorkspaceMessage[] {
		return (this.messagesByRoom.get(rid) ?? []).map(copyMessage);
	}

	findMessageById(mid: string): WorkspaceMessage | undefined {
		const message = this.messagesById.get(mid);
		return message && copyMessage(message);
	}

	/**
	 * An ephemeral message to one user. Rocket.Chat stores none and pushes it on the user's stream as `<uid>/message`,
	 * `{ groupable: false, …message, _id: <the time in ms>, rid, ts }`; the sandbox pushes the same and also keeps it.
	 */
	notifyUser(uid: string, rid: string, msg: string, senderId?: string, extra: { blocks?: unknown[] } = {}): void {
		this.requireUser(uid);
		const sender = senderId === undefined ? undefined : refOf(this.requireUser(senderId));
		const ts = new Date();
		const blocks = extra.blocks === undefined ? {} : { blocks: structuredClone(extra.blocks) };
		const kept = this.notificationsByUser.get(uid) ?? [];
		kept.push({ uid, rid, msg, ...(sender === undefined ? {} : { u: sender }), ts, ...blocks });
		if (kept.length > NOTIFICATIONS_KEPT_PER_USER) {
			kept.shift();
		}
		this.notificationsByUser.set(uid, kept);
		this.streams.push(uid, 'message', [
			{ groupable: false, msg, ...(sender === undefined ? {} : { u: sender }), ...blocks, _id: String(ts.getTime()), rid, ts },
		]);
	}

	notificationsOf(uid: string): WorkspaceNotification[] {
		return (this.notificationsByUser.get(uid) ?? []).map((notification) => ({
			...notification,
			...(notification.u === undefined ? {} : { u: { ...notification.u } }),
			...(notification.blocks === undefined ? {} : { blocks: structuredClone(notification.blocks) }),
		}));
	}

	// ---- permissions

	hasPermission(uid: string, permission: string, rid?: string): boolean {
		const user = this.usersById.get(uid);
		if (!user) {
			return false;
		}
		const holders = this.permissions.get(permission) ?? [];
		const roomRoles = rid === undefined ? [] : (this.subscriptionsByRoom.get(rid)?.get(uid)?.roles ?? []);
		return [...user.roles, ...roomRoles].some((role) => holders.includes(role));
	}

	rolesOfPermission(permission: string): string[] {
		return [...(this.permissions.get(permission) ?? [])];
	}

	setPermissionRoles(permission: string, roles: string[]): void {
		this.permissions.set(permission, [...roles]);
	}

	// ---- server settings

	findSettingById(id: string): WorkspaceSetting | undefined {
		const setting = this.settingsById.get(id);
		return setting && { ...setting };
	}

	setSettingValue(id: string, value: unknown): void {
		const setting = this.settingsById.get(id);
		if (!setting) {
			throw new WorkspaceError('error-invalid-setting', 'Invalid setting');
		}
		setting.value = value;
		setting._updatedAt = new Date();
	}

	// ---- internals

	/** A new room with the creator as owner and the members subscribed, no messages. */
	private insertRoom(
		fields: Pick<WorkspaceRoom, '_id' | 't' | 'name' | 'fname' | 'prid' | 'ro' | 'usernames'>,
		creatorId: string,
		memberIds: string[] = [],
	): WorkspaceRoom {
		const creator = this.requireUser(creatorId);
		const members = [...new Set(memberIds)].filter((id) => id !== creator._id).map((id) => this.requireUser(id));
		const now = new Date();
		const room: WorkspaceRoom = { ...fields, u: refOf(creator), ts: now, _updatedAt: now, msgs: 0, usersCount: 0, sysMes: true, archived: false };
		this.storeRoom(room);
		this.subscribe(room, creator, ['owner']);
		for (const member of members) {
			this.subscribe(room, member, []);
		}
		return room;
	}

	private storeRoom(room: WorkspaceRoom): void {
		this.roomsById.set(room._id, room);
		if (room.name !== undefined) {
			this.roomIdsByName.set(room.name, room._id);
		}
		this.subscriptionsByRoom.set(room._id, new Map());
		this.messagesByRoom.set(room._id, []);
	}

	private subscribe(room: WorkspaceRoom, user: WorkspaceUser, roles: RoomRole[]): void {
		const subscription: WorkspaceSubscription = { _id: randomId(), rid: room._id, u: refOf(user), roles, ts: new Date(), open: true };
		this.subscriptionsByRoom.get(room._id)?.set(user._id, subscription);
		roles.forEach((role) => this.roleHolders(room._id, role).add(user._id));
		const roomIds = this.roomIdsByUser.get(user._id) ?? new Set<string>();
		roomIds.add(room._id);
		this.roomIdsByUser.set(user._id, roomIds);
		room.usersCount += 1;
	}

	/** The holders of `role` in the room, created empty on first use. */
	private roleHolders(rid: string, role: RoomRole): Set<string> {
		const byRole = this.roleHoldersByRoom.get(rid) ?? new Map<RoomRole, Set<string>>();
		this.roleHoldersByRoom.set(rid, byRole);
		const holders = byRole.get(role) ?? new Set<string>();
		byRole.set(role, holders);
		return holders;
	}

	private post(input: NewMessage): WorkspaceMessage {
		const room = this.requireRoom(input.rid);
		const author = this.requireUser(input.userId);
		const now = new Date();
		const message: WorkspaceMessage = {
			_id: randomId(),
			rid: room._id,
			msg: input.msg,
			...(input.t === undefined ? {} : { t: input.t }),
			u: refOf(author),
			ts: now,
			_updatedAt: now,
			...(input.role === undefined ? {} : { role: input.role }),
			...(input.drid === undefined ? {} : { drid: input.drid }),
			...(input.blocks === undefined ? {} : { blocks: structuredClone(input.blocks) }),
		};
		this.messagesByRoom.get(room._id)?.push(message);
		this.messagesById.set(message._id, message);
		room.msgs += 1;
		room._updatedAt = now;
		return message;
	}

	private requireUser(uid: string): WorkspaceUser {
		const user = this.usersById.get(uid);
		if (!user) {
			throw new WorkspaceError('error-invalid-user', 'Invalid user');
		}
		return user;
	}

	private requireRoom(rid: string): WorkspaceRoom {
		const room = this.roomsById.get(rid);
		if (!room) {
			throw new WorkspaceError('error-invalid-room', 'Invalid room');
		}
		return room;
	}

	private requireSubscription(rid: string, uid: string): WorkspaceSubscription {
		this.requireRoom(rid);
		const subscription = this.subscriptionsByRoom.get(rid)?.get(uid);
		if (!subscription) {
			throw new WorkspaceError('error-user-not-in-room', 'User is not in this room');
		}
		return subscription;
	}
}

function refOf(user: WorkspaceUser): UserRef {
	return { _id: user._id, username: user.username };
}

function copyUser(user: WorkspaceUser): WorkspaceUser {
	return { ...user, emails: user.emails.map((email) => ({ ...email })), roles: [...user.roles] };
}

function copyRoom(room: WorkspaceRoom): WorkspaceRoom {
	return {
		...room,
		u: { ...room.u },
		...(room.uids === undefined ? {} : { uids: [...room.uids] }),
		...(room.usernames === undefined ? {} : { usernames: [...room.usernames] }),
	};
}

function copySubscription(subscription: WorkspaceSubscription): WorkspaceSubscription {
	return { ...subscription, u: { ...subscription.u }, roles: [...subscription.roles] };
}

function copyMessage(message: WorkspaceMessage): WorkspaceMessage {
	return { ...message, u: { ...message.u }, ...(message.blocks === undefined ? {} : { blocks: structuredClone(message.blocks) }) };
}

/** Rocket.Chat names a direct room after its participants' sorted ids, so a set of users has at most one. */
function directRoomId(userIds: string[]): string {
	return [...new Set(userIds)].sort().join('');
}
