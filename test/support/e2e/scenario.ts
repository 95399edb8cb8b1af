// Builds what a test needs through Rocket.Chat's documented REST API only (users, groups, channels, DMs, roles) and
// reads the results back the same way. Names are unique per run, so tests never share state and can run against a
// long-lived real server.
import { randomBytes } from 'node:crypto';

import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { UserCreateParamsPOST } from '@rocket.chat/rest-typings';

import type { HttpAnswer } from './httpClient';
import { login, succeeds, type Json, type RestSession } from './restSession';
import type { Target } from './target';
import appJson from '../../../app.json';

/** Rocket.Chat names an app's own user after the app's slug. */
const APP_BOT_USERNAME = `${appJson.nameSlug}.bot`;

/** The messages the app's bot user wrote to `as` in their direct room, oldest first; opening the room if need be. */
export async function directMessagesFromApp(as: RestSession): Promise<HistoryMessage[]> {
	const { room } = (await as.post('/api/v1/im.create', { username: APP_BOT_USERNAME })) as { room: { _id: string } };
	const { messages } = (await as.get('/api/v1/im.history', { roomId: room._id, count: 0 })) as { messages: HistoryMessage[] };
	return messages.filter((message) => message.u.username === APP_BOT_USERNAME).reverse();
}

export interface RoomRef {
	_id: string;
	name: string;
}

export interface HistoryMessage {
	_id: string;
	rid: string;
	t?: string;
	msg: string;
	u: { _id: string; username: string };
	/** UI Kit blocks an app attached, such as an Undo button. */
	blocks?: unknown[];
}

export interface Notification {
	rid: string;
	msg: string;
	ts: string;
}

const pageSize = 100;

export class Scenario {
	private readonly runId = randomBytes(3).toString('hex');

	private counter = 0;

	constructor(readonly target: Target) {}

	uniqueName(prefix: string): string {
		this.counter += 1;
		return `${prefix}-${this.runId}-${this.counter}`;
	}

	async createUser(options: { roles?: string[]; prefix?: string } = {}): Promise<RestSession> {
		const username = this.uniqueName(options.prefix ?? 'user');
		const password = `Pw-${randomBytes(9).toString('hex')}-1a`;
		// The typings require `fields`, which the route's own schema (isUserCreateParamsPOST) leaves optional.
		const params = { username, name: username, email: `${username}@example.com`, password, ...(options.roles ? { roles: options.roles } : {}) };
		await succeeds('users.create', this.target.admin.client.post('/v1/users.create', params as UserCreateParamsPOST));
		return login(this.target.http, username, password);
	}

	async createUsers(count: number, prefix = 'member'): Promise<RestSession[]> {
		return Promise.all(Array.from({ length: count }, () => this.createUser({ prefix })));
	}

	/** A private group created by `owner` (its owner) with `members` invited at creation. */
	async createGroup(owner: RestSession, members: RestSession[] = [], name = this.uniqueName('group')): Promise<RoomRef> {
		const body = await succeeds('groups.create', owner.client.post('/v1/groups.create', { name, members: members.map((member) => member.username) }));
		return roomRefOf(body.group);
	}

	/** A discussion of `parent` started by `creator`, with `members` added; its name is a random id, its title `fname`. */
	async createDiscussion(creator: RestSession, parent: RoomRef, members: RestSession[] = []): Promise<RoomRef> {
		const body = await creator.post('/api/v1/rooms.createDiscussion', {
			prid: parent._id,
			t_name: this.uniqueName('discussion'),
			users: members.map((member) => member.username),
		});
		return roomRefOf(body.discussion);
	}

	/** A new private group with its creator as sole owner and one plain member (created with `memberRoles` if given). */
	async groupWithMember(options: { memberRoles?: string[] } = {}): Promise<{ owner: RestSession; member: RestSession; room: RoomRef }> {
		const [owner, member] = await Promise.all([this.createUser({ prefix: 'owner' }), this.createUser({ prefix: 'member', roles: options.memberRoles })]);
		return { owner, member, room: await this.createGroup(owner, [member]) };
	}

	async createChannel(owner: RestSession, members: RestSession[] = []): Promise<RoomRef> {
		const body = await succeeds(
			'channels.create',
			owner.client.post('/v1/channels.create', { name: this.uniqueName('channel'), members: members.map((member) => member.username) }),
		);
		return roomRefOf(body.channel);
	}

	/** A direct room between `from` and `to`; its name is empty, as in Rocket.Chat. */
	async createDirect(from: RestSession, to: RestSession): Promise<RoomRef> {
		const { room } = await succeeds('im.create', from.client.post('/v1/im.create', { username: to.username }));
		return { _id: room._id, name: '' };
	}

	async invite(by: RestSession, room: RoomRef, user: RestSession): Promise<void> {
		await succeeds('groups.invite', by.client.post('/v1/groups.invite', { roomId: room._id, userId: user.userId }));
	}

	async addOwner(by: RestSession, room: RoomRef, user: RestSession): Promise<void> {
		await succeeds('groups.addOwner', by.client.post('/v1/groups.addOwner', { roomId: room._id, userId: user.userId }));
	}

	async removeOwner(by: RestSession, room: RoomRef, user: RestSession): Promise<void> {
		await succeeds('groups.removeOwner', by.client.post('/v1/groups.removeOwner', { roomId: room._id, userId: user.userId }));
	}

	async addModerator(by: RestSession, room: RoomRef, user: RestSession): Promise<void> {
		await succeeds('groups.addModerator', by.client.post('/v1/groups.addModerator', { roomId: room._id, userId: user.userId }));
	}

	async archive(by: RestSession, room: RoomRef): Promise<void> {
		await succeeds('groups.archive', by.client.post('/v1/groups.archive', { roomId: room._id }));
	}

	/** The app's endpoint, called with a JSON body. */
	leave(as: RestSession, body: unknown): Promise<HttpAnswer> {
		return as.postRaw(this.target.leavePath, body);
	}

	/** Runs a slash command as Rocket.Chat's client does; a command that opens a dialog needs the client's `triggerId`. */
	async runCommand(as: RestSession, command: string, params: string, room: RoomRef, triggerId?: string): Promise<void> {
		await succeeds('commands.run', as.client.post('/v1/commands.run', { command, params, roomId: room._id, ...(triggerId ? { triggerId } : {}) }));
	}

	async groupInfo(as: RestSession, room: RoomRef): Promise<Json> {
		return (await succeeds('groups.info', as.client.get('/v1/groups.info', { roomId: room._id }))).group as unknown as Json;
	}

	async memberUsernames(as: RestSession, room: RoomRef): Promise<string[]> {
		const usernames: string[] = [];
		for (let offset = 0; ; offset += pageSize) {
			const { members } = await succeeds('groups.members', as.client.get('/v1/groups.members', { roomId: room._id, offset, count: pageSize }));
			usernames.push(...members.map((member) => String(member.username)));
			if (members.length < pageSize) {
				return usernames.sort();
			}
		}
	}

	async history(as: RestSession, room: RoomRef): Promise<HistoryMessage[]> {
		const messages: HistoryMessage[] = [];
		for (let offset = 0; ; offset += pageSize) {
			const page = (await succeeds('groups.history', as.client.get('/v1/groups.history', { roomId: room._id, offset, count: pageSize })))
				.messages as unknown as HistoryMessage[];
			messages.push(...page);
			if (page.length < pageSize) {
				return messages;
			}
		}
	}

	/** Usernames of the authors of the room's `ul` (user left) system messages. */
	async leftUsernames(as: RestSession, room: RoomRef): Promise<string[]> {
		return (await this.history(as, room))
			.filter((message) => message.t === 'ul')
			.map((message) => message.u.username)
			.sort();
	}

	async ownerUsernames(as: RestSession, room: RoomRef): Promise<string[]> {
		const { roles } = await succeeds('groups.roles', as.client.get('/v1/groups.roles', { roomId: room._id }));
		return roles
			.filter((entry) => entry.roles.includes('owner'))
			.map((entry) => entry.u.username)
			.sort();
	}

	/** One of the app's settings as `GET /api/apps/:id/settings` answers it to the admin (manage-apps). */
	async appSetting(id: string): Promise<Json> {
		const answer = await succeeds('apps settings', this.target.admin.client.get(`/apps/${this.target.appId}/settings`));
		// Typed as a list; Rocket.Chat answers an object keyed by setting id (its rest.ts copies the app's settings record).
		const settings = answer.settings as unknown as Record<string, Json>;
		if (!settings[id]) {
			throw new Error(`the app has no setting ${id}; it has ${Object.keys(settings).join(', ')}`);
		}
		return settings[id];
	}

	/** Stores a setting as the admin, posted whole as Rocket.Chat's admin client does (the server keeps what is posted). */
	async updateAppSetting(setting: Json): Promise<void> {
		// Posted whole, as read back: the typings' ISetting is the engine's, which Rocket.Chat's admin client posts too.
		await succeeds(
			'apps settings update',
			this.target.admin.client.post(`/apps/${this.target.appId}/settings`, { settings: [setting as unknown as ISetting] }),
		);
	}

	/** Sandbox only: the ephemeral messages sent to `as`, oldest first. */
	async notifications(as: RestSession): Promise<Notification[]> {
		return (await as.get('/api/v1/sandbox.notifications')).notifications as Notification[];
	}
}

function roomRefOf(room: unknown): RoomRef {
	const { _id, name } = room as RoomRef;
	return { _id, name };
}
