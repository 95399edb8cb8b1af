import type { IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { RoomQueue } from '../leave/RoomQueue';
import { isSubscribed } from '../rocketchat/membership';
import { unmappedProperty } from '../rocketchat/roomRecord';
import type { UndoRefusal } from './undoTicket';
import { checkUndo } from './undoTicket';
import { readTicket, saveTicket } from './undoTickets';

export interface UndoEnvironment {
	read: IRead;
	modify: IModify;
	persistence: IPersistence;
	queue: RoomQueue;
}

export type UndoOutcome =
	| { kind: 'undone'; roomName: string }
	/** A ticket that is not the user's own (or none) names no group: nothing is revealed. */
	| { kind: 'refused'; refusal: 'unknown' | 'notYours' }
	| { kind: 'refused'; refusal: Exclude<UndoRefusal, 'unknown' | 'notYours'> | 'gone' | 'archived' | 'alreadyMember'; roomName: string };

/**
 * Puts the user back into the group a ticket names, as a plain member (an app cannot give room roles), at most once.
 * The ticket and the group are read again inside the group's turn of the queue, so a second click waits for the first
 * and then finds the ticket used.
 */
export async function undoLeave(env: UndoEnvironment, user: IUser, ticketId: string, now: number): Promise<UndoOutcome> {
	const issued = await readTicket(env.read.getPersistenceReader(), ticketId);
	const first = checkUndo(issued, user.id, now);
	if (!first.ok) {
		return refusedFor(first.refusal, issued?.roomName ?? '');
	}
	const { roomId, roomName } = first.ticket;
	return env.queue.run(roomId, async () => {
		const [ticket, room, alreadyIn] = await Promise.all([
			readTicket(env.read.getPersistenceReader(), ticketId),
			env.read.getRoomReader().getById(roomId),
			isSubscribed(env.read, user.id, roomId),
		]);
		const check = checkUndo(ticket, user.id, now);
		if (!check.ok) {
			return refusedFor(check.refusal, roomName);
		}
		if (!room || room.type !== RoomType.PRIVATE_GROUP) {
			return { kind: 'refused', refusal: 'gone', roomName };
		}
		if (unmappedProperty(room, 'archived') === true) {
			return { kind: 'refused', refusal: 'archived', roomName };
		}
		if (!alreadyIn) {
			const extender = await env.modify.getExtender().extendRoom(roomId, user);
			extender.addMember(user);
			await env.modify.getExtender().finish(extender);
		}
		// Marked only once the user is back: a failure before leaves the button usable, one after is harmless.
		await saveTicket(env.persistence, { ...check.ticket, used: true });
		return alreadyIn ? { kind: 'refused', refusal: 'alreadyMember', roomName } : { kind: 'undone', roomName };
	});
}

function refusedFor(refusal: UndoRefusal, roomName: string): UndoOutcome {
	return refusal === 'unknown' || refusal === 'notYours' ? { kind: 'refused', refusal } : { kind: 'refused', refusal, roomName };
}
