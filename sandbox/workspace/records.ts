// The workspace's records, with Rocket.Chat's own field names so they serialise as its REST API does.

export type UserType = 'user' | 'bot' | 'app';
export type RoomType = 'p' | 'c' | 'd';
export type RoomRole = 'owner' | 'moderator' | 'leader';

export interface UserEmail {
	address: string;
	verified: boolean;
}

export interface WorkspaceUser {
	_id: string;
	username: string;
	name: string;
	emails: UserEmail[];
	/** Global roles (admin, user, bot, app, …); room roles live on subscriptions. */
	roles: string[];
	type: UserType;
	active: boolean;
	language?: string;
	createdAt: Date;
	_updatedAt: Date;
}

export interface UserRef {
	_id: string;
	username: string;
}

export interface WorkspaceRoom {
	_id: string;
	t: RoomType;
	/** Absent on direct rooms, as in Rocket.Chat. */
	name?: string;
	fname?: string;
	/** The creator. */
	u: UserRef;
	ts: Date;
	_updatedAt: Date;
	msgs: number;
	usersCount: number;
	ro: boolean;
	sysMes: boolean;
	archived: boolean;
	/** Direct rooms only. */
	uids?: string[];
	usernames?: string[];
}

export interface WorkspaceSubscription {
	_id: string;
	rid: string;
	u: UserRef;
	roles: RoomRole[];
	ts: Date;
	open: boolean;
}

/** System message types this workspace writes; ordinary messages have no `t`. */
export type SystemMessageType = 'uj' | 'ul' | 'ru' | 'au' | 'subscription-role-added' | 'subscription-role-removed' | 'room-archived' | 'room-unarchived';

export interface WorkspaceMessage {
	_id: string;
	rid: string;
	msg: string;
	t?: SystemMessageType;
	u: UserRef;
	ts: Date;
	_updatedAt: Date;
	/** The room role a `subscription-role-*` message is about. */
	role?: RoomRole;
}

/** An ephemeral message shown to one user only; Rocket.Chat never stores these, the sandbox keeps them so tests can read them. */
export interface WorkspaceNotification {
	uid: string;
	rid: string;
	msg: string;
	ts: Date;
}

/**
 * A server setting, as Rocket.Chat stores one: `packageValue` is what it ships with, `value` what the workspace uses
 * (set by an admin, the setup wizard or an OVERWRITE_SETTING_<id> variable). Secret settings are never shown to apps.
 */
export interface WorkspaceSetting {
	_id: string;
	type: string;
	value: unknown;
	packageValue: unknown;
	public: boolean;
	secret: boolean;
	group: string;
	i18nLabel: string;
	ts: Date;
	_updatedAt: Date;
}
