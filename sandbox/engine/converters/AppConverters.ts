import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../workspace/records';
import type { AppRoom } from './rooms';
import { toAppRoom } from './rooms';
import { toAppUser } from './users';

/**
 * Converts workspace records to what apps see, looking up what a record only references (a room's creator, a
 * discussion's parent room).
 * Also remembers which workspace user is which app's bot user: Rocket.Chat stores that as `appId` on the user.
 */
export class AppConverters {
	private readonly appIdsByUserId = new Map<string, string>();

	constructor(private readonly workspace: Workspace) {}

	registerAppUser(appId: string, userId: string): void {
		this.appIdsByUserId.set(userId, appId);
	}

	appUserIdOf(appId: string): string | undefined {
		return [...this.appIdsByUserId].find(([, owner]) => owner === appId)?.[0];
	}

	forgetAppUser(userId: string): void {
		this.appIdsByUserId.delete(userId);
	}

	user(user: WorkspaceUser): IUser {
		return toAppUser(user, this.appIdsByUserId.get(user._id));
	}

	userById(userId: string): IUser | undefined {
		const user = this.workspace.findUserById(userId);
		return user && this.user(user);
	}

	room(room: WorkspaceRoom): AppRoom {
		return toAppRoom(room, this.userById(room.u._id), room.prid === undefined ? undefined : this.roomById(room.prid));
	}

	roomById(roomId: string): AppRoom | undefined {
		const room = this.workspace.findRoomById(roomId);
		return room && this.room(room);
	}

	roomByName(name: string): AppRoom | undefined {
		const room = this.workspace.findRoomByName(name);
		return room && this.room(room);
	}

	/**
	 * A stored message as Rocket.Chat's message converter hands it to apps, in the fields the workspace keeps: id,
	 * room, sender, text, dates and blocks. undefined for a missing message (an ephemeral one is never stored).
	 */
	messageById(messageId: string): IMessage | undefined {
		const message = this.workspace.findMessageById(messageId);
		const room = message && this.roomById(message.rid);
		const sender = message && this.userById(message.u._id);
		if (!message || !room || !sender) {
			return undefined;
		}
		return {
			id: message._id,
			room,
			sender,
			text: message.msg,
			createdAt: message.ts,
			updatedAt: message._updatedAt,
			...(message.blocks === undefined ? {} : { blocks: message.blocks }),
		} as IMessage;
	}
}
