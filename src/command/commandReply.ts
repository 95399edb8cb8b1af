import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { expectList } from '../rocketchat/expectList';
import { groupName } from '../rocketchat/roomRecord';
import type { LeaveResult } from '../leave/leaveGroup';
import type { MessageKey } from '../i18n/MessageKey';

export interface Reply {
	key: MessageKey;
	params?: Record<string, string>;
}

/**
 * What to tell the sender about a leave. `reference` is the group as the sender named it (or the current room's name).
 * Only a refused last owner costs one more call: the group's moderators, the natural candidates for owner. `logger`
 * receives a failure of that call, which never turns the certain refusal into an error reply.
 */
export async function replyFor(read: IRead, sender: IUser, reference: string, result: LeaveResult, logger: ILogger): Promise<Reply> {
	if (result.outcome === 'notFound') {
		return { key: 'groupNotFound', params: { reference } };
	}
	const name = groupName(result.room);
	if (result.outcome === 'left') {
		return { key: 'left', params: { name } };
	}
	switch (result.error.errorType) {
		case 'error-room-archived':
			return { key: 'groupArchived', params: { name } };
		case 'error-not-allowed':
			return { key: 'notAllowed' };
		case 'error-user-not-in-room':
			return { key: 'notInDiscussion', params: { name } };
		case 'error-you-are-last-owner':
			return lastOwnerReply(read, sender, result.room, name, logger);
		case 'error-app-prevented':
			return result.error.reason
				? { key: 'appPrevented', params: { name, reason: result.error.reason } }
				: { key: 'appPreventedWithoutReason', params: { name } };
		case 'error-removal-refused':
			return { key: 'removalRefused', params: { name } };
	}
}

async function lastOwnerReply(read: IRead, sender: IUser, room: IRoom, name: string, logger: ILogger): Promise<Reply> {
	let moderators: string[];
	try {
		moderators = expectList(await read.getRoomReader().getModerators(room.id), 'getModerators')
			.filter((moderator) => moderator.id !== sender.id)
			.map((moderator) => `@${moderator.username}`);
	} catch (error) {
		// The refusal stands whatever the moderators are: tell it without naming them.
		logger.error('/leavegroup could not read the moderators for the last-owner reply:', error instanceof Error ? error.message : String(error));
		moderators = [];
	}
	return moderators.length > 0
		? { key: 'lastOwnerWithModerators', params: { name, moderators: moderators.join(', ') } }
		: { key: 'lastOwner', params: { name } };
}
