import type { IPersistence } from '@rocket.chat/apps-engine/definition/accessors';
import type { ActionsBlock, ButtonElement } from '@rocket.chat/ui-kit';

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
	const ticketId = await issueUndo(persistence, left, minutes, now);
	const text = translate(language, 'leftWithUndo', { name: left.name, minutes: String(minutes) });
	return { text, blocks: [undoActions(appId, 'undo', [{ ticketId, label: translate(language, 'undo') }])] };
}

/** Stores the ticket for undoing `left` within `minutes` of `now`; its id is the Undo button's value. */
export async function issueUndo(persistence: IPersistence, left: LeftGroup, minutes: number, now: number): Promise<string> {
	const ticket = { id: newTicketId(), userId: left.userId, roomId: left.roomId, roomName: left.name, expiresAt: now + minutes * 60_000, used: false };
	await saveTicket(persistence, ticket);
	return ticket.id;
}

/** An actions block of Undo buttons, one per ticket. */
export function undoActions(appId: string, blockId: string, undos: ReadonlyArray<{ ticketId: string; label: string }>): ActionsBlock {
	const elements = undos.map(({ ticketId, label }): ButtonElement => ({
		type: 'button',
		appId,
		blockId,
		actionId: UNDO_ACTION,
		value: ticketId,
		text: { type: 'plain_text', text: label },
	}));
	return { type: 'actions', appId, blockId, elements };
}
