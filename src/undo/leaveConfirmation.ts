import type { IPersistence } from '@rocket.chat/apps-engine/definition/accessors';

import type { Language } from '../i18n/translate';
import type { ReplyMessage } from '../rocketchat/PrivateReplies';
import { translate } from '../i18n/translate';
import { newTicketId, saveTicket } from './undoTickets';

export const UNDO_ACTION = 'leave-group.undo';

export interface LeftGroup {
	userId: string;
	roomId: string;
	name: string;
}

/**
 * "You left #name", with an Undo button for `minutes` (the app setting) when Undo is on. Its ticket is stored before
 * the button is shown, so a button never points to nothing.
 */
export async function confirmLeave(
	persistence: IPersistence,
	appId: string,
	left: LeftGroup,
	language: Language,
	minutes: number,
	now: number,
): Promise<ReplyMessage> {
	if (minutes === 0) {
		return { text: translate(language, 'left', { name: left.name }) };
	}
	const ticket = { id: newTicketId(), userId: left.userId, roomId: left.roomId, roomName: left.name, expiresAt: now + minutes * 60_000, used: false };
	await saveTicket(persistence, ticket);
	const text = translate(language, 'leftWithUndo', { name: left.name, minutes: String(minutes) });
	return {
		text,
		blocks: [
			{
				type: 'actions',
				appId,
				blockId: 'undo',
				elements: [
					{
						type: 'button',
						appId,
						blockId: 'undo',
						actionId: UNDO_ACTION,
						value: ticket.id,
						text: { type: 'plain_text', text: translate(language, 'undo') },
					},
				],
			},
		],
	};
}
