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
	/** The display name; a discussion's title (its `name` is a random id). */
	fname?: string;
	/** A discussion's parent room. */
	prid?: string;
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
	/** Direct rooms; on another room only a record from an old Rocket.Chat that still carries its usernames list. */
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
export type SystemMessageType =
	'uj' | 'ut' | 'ul' | 'ru' | 'au' | 'subscription-role-added' | 'subscription-role-removed' | 'room-archived' | 'room-unarchived' | 'discussion-created';

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
	/** The discussion a `discussion-created` message points to. */
	drid?: string;
	/** UI Kit blocks an app attached (buttons, sections, …), as the app built them. */
	blocks?: unknown[];
}

/** An ephemeral message shown to one user only; Rocket.Chat never stores these, the sandbox keeps them so tests can read them. */
export interface WorkspaceNotification {
	uid: string;
	rid: string;
	msg: string;
	/** The sender, when one was given (an app's message is sent as its bot user); Rocket.Chat's client shows others as rocket.cat. */
	u?: UserRef;
	ts: Date;
	/** UI Kit blocks the app attached (an Undo button, …), as the app built them. */
	blocks?: unknown[];
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
