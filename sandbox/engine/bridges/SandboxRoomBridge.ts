import type { IMessageRaw } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom, IRoomRaw } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { RoomBridge } from '@rocket.chat/apps-engine/server/bridges/RoomBridge';

import type { RoomFieldChanges, Workspace } from '../../workspace/Workspace';
import type { RoomRole } from '../../workspace/records';
import type { AppConverters } from '../converters/AppConverters';
import { unsupported } from './unsupported';

/**
 * Rooms for apps, over the workspace. The engine's RoomBridge does the permission checks (room.read / room.write)
 * before calling these. Lookups answer undefined for a missing room, as Rocket.Chat's bridge does, although the
 * engine's typings promise a room.
 */
export class SandboxRoomBridge extends RoomBridge {
	constructor(
		private readonly workspace: Workspace,
		private readonly converters: AppConverters,
	) {
		super();
	}

	protected async getById(roomId: string): Promise<IRoom> {
		return this.converters.roomById(roomId) as IRoom;
	}

	protected async getByName(roomName: string): Promise<IRoom> {
		return this.converters.roomByName(roomName) as IRoom;
	}

	protected async getCreatorById(roomId: string): Promise<IUser | undefined> {
		const room = this.workspace.findRoomById(roomId);
		return room && this.converters.userById(room.u._id);
	}

	protected async getCreatorByName(roomName: string): Promise<IUser | undefined> {
		const room = this.workspace.findRoomByName(roomName);
		return room && this.converters.userById(room.u._id);
	}

	protected async getMembers(roomId: string): Promise<IUser[]> {
		return this.workspace.membersOfRoom(roomId).map((user) => this.converters.user(user));
	}

	protected async getOwners(roomId: string): Promise<IUser[]> {
		return this.withRoomRole(roomId, 'owner');
	}

	protected async getModerators(roomId: string): Promise<IUser[]> {
		return this.withRoomRole(roomId, 'moderator');
	}

	protected async getLeaders(roomId: string): Promise<IUser[]> {
		return this.withRoomRole(roomId, 'leader');
	}

	/**
	 * Rocket.Chat's removal with no "removed by": each user leaves as if by their own choice ('ul'). Checks nothing,
	 * like Rocket.Chat: not membership, permissions, last owner, room type nor archiving. Unknown usernames are skipped;
	 * the engine's accessor already refuses more than 50 names. Another app's veto (the workspace's pre-leave veto)
	 * propagates as core's Meteor.Error does: the engine hands the app only its message, `<message> [error-app-prevented]`.
	 * Unlike core, which removes the users side by side, a veto stops the names after it.
	 */
	protected async removeUsers(roomId: string, usernames: string[]): Promise<void> {
		if (!roomId) {
			throw new Error('roomId was not provided.');
		}
		if (!this.workspace.findRoomById(roomId)) {
			return;
		}
		for (const username of usernames) {
			const user = this.workspace.findUserByUsername(username);
			if (user) {
				this.workspace.removeUserFromRoom(roomId, user._id);
			}
		}
	}

	private withRoomRole(roomId: string, role: RoomRole): IUser[] {
		return this.workspace.usersWithRoomRole(roomId, role).map((user) => this.converters.user(user));
	}

	/** Only direct rooms, which an app opens to write to someone; like Rocket.Chat's createDirectMessage, an existing one is reused. */
	protected async create(room: IRoom, members: string[]): Promise<string> {
		if (room.type !== RoomType.DIRECT_MESSAGE) {
			return unsupported('RoomBridge', `create (a room of type ${room.type})`);
		}
		const users = [...new Set([room.creator.username, ...members])].map((username) => this.workspace.findUserByUsername(username));
		if (users.length !== 2 || users.some((user) => user === undefined)) {
			throw new Error('A direct room needs exactly two existing users');
		}
		return this.workspace.createDirectRoom(users[0]!._id, users[1]!._id)._id;
	}

	/** The direct room whose participants are exactly these users (app/apps/server/bridges/rooms.ts: findDirectRoomContainingAllUsernames). */
	protected async getDirectByUsernames(usernames: string[]): Promise<IRoom | undefined> {
		const users = usernames.map((username) => this.workspace.findUserByUsername(username));
		if (users.some((user) => user === undefined)) {
			return undefined;
		}
		const room = this.workspace.findDirectRoom(users.map((user) => user!._id));
		return room && this.converters.roomById(room._id);
	}

	protected async getAllRooms(): Promise<IRoomRaw[]> {
		return unsupported('RoomBridge', 'getAllRooms');
	}

	/**
	 * Behind the room updater (`getUpdater().room(…)` → `finish`, which sends only what the app changed) and the room
	 * extender (which sends the whole room it read). As Rocket.Chat's bridge: the mapped fields the app sent are
	 * written as they are (a room read earlier writes back its `messageCount`), an unknown room is "Room id not
	 * found", and each username that exists is added with no inviter, so the room gets 'uj' ('ut' in a discussion)
	 * by the user, not 'au'. A member already in the room is left as is.
	 */
	protected async update(room: IRoom, members: Array<string> = []): Promise<void> {
		if (!room.id || !this.workspace.findRoomById(room.id)) {
			throw new Error('Room id not found');
		}
		this.workspace.updateRoomFields(room.id, roomFieldsOf(room));
		for (const username of members) {
			const user = this.workspace.findUserByUsername(username);
			// Rocket.Chat's addUserToRoom lets no one join or be invited into a direct room.
			if (user && this.workspace.findRoomById(room.id)?.t !== 'd') {
				this.workspace.addUserToRoom(room.id, user._id);
			}
		}
	}

	/** As Rocket.Chat's deleteRoom: the room's messages, subscriptions and the room itself go. */
	protected async delete(roomId: string): Promise<void> {
		this.workspace.deleteRoom(roomId);
	}

	protected async createDiscussion(): Promise<string> {
		return unsupported('RoomBridge', 'createDiscussion');
	}

	protected async getMessages(): Promise<IMessageRaw[]> {
		return unsupported('RoomBridge', 'getMessages');
	}

	protected async getUnreadByUser(): Promise<IMessageRaw[]> {
		return unsupported('RoomBridge', 'getUnreadByUser');
	}

	protected async getUserUnreadMessageCount(): Promise<number> {
		return unsupported('RoomBridge', 'getUserUnreadMessageCount');
	}
}

/** The fields Rocket.Chat's convertAppRoom (partial) maps that the workspace keeps, when the app sent them. */
function roomFieldsOf(room: IRoom): RoomFieldChanges {
	const changes: RoomFieldChanges = {};
	if (room.displayName) {
		changes.fname = room.displayName;
	}
	if (room.slugifiedName && room.type !== 'd') {
		changes.name = room.slugifiedName;
	}
	if (room.isReadOnly !== undefined) {
		changes.ro = room.isReadOnly;
	}
	if (room.displaySystemMessages !== undefined) {
		changes.sysMes = room.displaySystemMessages;
	}
	if (room.messageCount !== undefined) {
		changes.msgs = room.messageCount || 0;
	}
	if (room.createdAt !== undefined) {
		changes.ts = new Date(room.createdAt);
	}
	if (room.updatedAt !== undefined) {
		changes._updatedAt = new Date(room.updatedAt);
	}
	return changes;
}
