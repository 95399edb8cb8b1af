import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { MessageBridge } from '@rocket.chat/apps-engine/server/bridges/MessageBridge';

import type { Workspace } from '../../workspace/Workspace';
import { unsupported } from './unsupported';

/** Messages for apps, over the workspace; the engine's MessageBridge checks message.read / message.write first. */
export class SandboxMessageBridge extends MessageBridge {
	constructor(private readonly workspace: Workspace) {
		super();
	}

	/** Posts the app's message in its room, authored by its sender (the runtime fills in the app's bot user when the app sets none). */
	protected async create(message: IMessage): Promise<string> {
		const rid = this.roomIdOf(message);
		if (!message.sender?.id || !this.workspace.findUserById(message.sender.id)) {
			throw new Error('Invalid sender provided on the message.');
		}
		return this.workspace.postMessage({ rid, msg: message.text ?? '', userId: message.sender.id, ...blocksOf(message) })._id;
	}

	/**
	 * An ephemeral message only that user sees, in the message's room, from its sender, with its blocks (an app's
	 * buttons); nothing is stored in the room. Rocket.Chat pushes it on the user's stream (`<uid>/message`).
	 */
	protected async notifyUser(user: IUser, message: IMessage): Promise<void> {
		this.workspace.notifyUser(user.id, this.roomIdOf(message), message.text ?? '', message.sender?.id, blocksOf(message));
	}

	// Rocket.Chat's message converter refuses a message whose room does not exist, with this text.
	private roomIdOf(message: IMessage): string {
		const rid = message.room?.id;
		if (!rid || !this.workspace.findRoomById(rid)) {
			throw new Error('Invalid room provided on the message.');
		}
		return rid;
	}

	protected async update(): Promise<void> {
		return unsupported('MessageBridge', 'update');
	}

	protected async notifyRoom(): Promise<void> {
		return unsupported('MessageBridge', 'notifyRoom');
	}

	protected async typing(): Promise<void> {
		return unsupported('MessageBridge', 'typing');
	}

	protected async getById(): Promise<IMessage> {
		return unsupported('MessageBridge', 'getById');
	}

	protected async delete(): Promise<void> {
		return unsupported('MessageBridge', 'delete');
	}

	protected async addReaction(): Promise<void> {
		return unsupported('MessageBridge', 'addReaction');
	}

	protected async removeReaction(): Promise<void> {
		return unsupported('MessageBridge', 'removeReaction');
	}
}

// Rocket.Chat's message converter carries an app message's blocks over as they are.
function blocksOf(message: IMessage): { blocks?: unknown[] } {
	return Array.isArray(message.blocks) && message.blocks.length > 0 ? { blocks: message.blocks } : {};
}
