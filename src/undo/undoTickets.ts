import { randomUUID } from 'crypto';

import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { UndoTicket } from './undoTicket';
import { asUndoTicket } from './undoTicket';

// Tickets live in the app's persistence (Rocket.Chat's database), so an Undo works after the app restarts and on every
// instance of a multi-instance workspace.

const associationOf = (id: string): RocketChatAssociationRecord => new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `undo:${id}`);

/** An id nobody can guess or derive from another (crypto is one of the built-ins the Apps-Engine runtime lets an app require). */
export function newTicketId(): string {
	return randomUUID();
}

export async function saveTicket(persistence: IPersistence, ticket: UndoTicket): Promise<void> {
	await persistence.updateByAssociation(associationOf(ticket.id), ticket, true);
}

/** undefined for an id that was never issued (or a forged one). */
export async function readTicket(reader: IPersistenceRead, id: string): Promise<UndoTicket | undefined> {
	const [record] = await reader.readByAssociation(associationOf(id));
	return asUndoTicket(record);
}
