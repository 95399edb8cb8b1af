// An Undo button's ticket: who left which group, until when it may be undone, and whether it was. Pure decisions here;
// where tickets are kept is undoTickets.ts.

export interface UndoTicket {
	/** Random and unguessable: the Undo button's value. */
	id: string;
	userId: string;
	roomId: string;
	roomName: string;
	/** Milliseconds since the epoch. */
	expiresAt: number;
	used: boolean;
}

export type UndoRefusal = 'unknown' | 'notYours' | 'used' | 'expired';

/** Whether `userId` may use the ticket at `now`; the group's own state is checked when putting them back. */
export function checkUndo(ticket: UndoTicket | undefined, userId: string, now: number): { ok: true; ticket: UndoTicket } | { ok: false; refusal: UndoRefusal } {
	if (!ticket) {
		return { ok: false, refusal: 'unknown' };
	}
	if (ticket.userId !== userId) {
		return { ok: false, refusal: 'notYours' };
	}
	if (ticket.used) {
		return { ok: false, refusal: 'used' };
	}
	if (now >= ticket.expiresAt) {
		return { ok: false, refusal: 'expired' };
	}
	return { ok: true, ticket };
}

/** Reads a stored record back as a ticket, refusing anything of another shape. */
export function asUndoTicket(record: unknown): UndoTicket | undefined {
	if (typeof record !== 'object' || record === null) {
		return undefined;
	}
	const candidate = record as Partial<UndoTicket>;
	const strings = [candidate.id, candidate.userId, candidate.roomId, candidate.roomName].every((value) => typeof value === 'string');
	const valid = strings && typeof candidate.expiresAt === 'number' && typeof candidate.used === 'boolean';
	return valid ? (candidate as UndoTicket) : undefined;
}
