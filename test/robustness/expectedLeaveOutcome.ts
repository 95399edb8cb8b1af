// A small model of groups.leave for the property test: for the bodies whose meaning is unambiguous (a UTF-8 JSON object
// whose roomId/roomName are absent or plain strings), it predicts the outcome from Rocket.Chat's rules; for the rest it
// predicts nothing and the test only demands a Rocket.Chat-shaped 4xx or a correct success.
import type { HostileRequest } from './hostileRequests';

export type RoomKind = 'leavable' | 'lastOwner' | 'archived' | 'hidden';

export interface KnownRoom {
	_id: string;
	/** Empty for direct rooms, which cannot be named. */
	name: string;
	kind: RoomKind;
}

export type Prediction = { leave: string } | { errorType: string };

const errorOfKind: Record<Exclude<RoomKind, 'leavable'>, string> = {
	lastOwner: 'error-you-are-last-owner',
	archived: 'error-room-archived',
	hidden: 'error-room-not-found',
};

function ownString(doc: Record<string, unknown>, key: string): string | undefined | null {
	if (!Object.prototype.hasOwnProperty.call(doc, key)) {
		return undefined;
	}
	const value = doc[key];
	// A non-string or padded value has no single reading that Rocket.Chat documents: predict nothing (null).
	return typeof value === 'string' && value.trim() === value ? value : null;
}

function parsedObject(request: HostileRequest): Record<string, unknown> | undefined {
	if (!/^application\/json(; charset=utf-8)?$/i.test(request.contentType ?? '') || typeof request.body !== 'string') {
		return undefined;
	}
	try {
		const doc: unknown = JSON.parse(request.body);
		return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

export function expectedLeaveOutcome(request: HostileRequest, rooms: readonly KnownRoom[]): Prediction | undefined {
	const doc = parsedObject(request);
	if (!doc) {
		return undefined;
	}
	const roomId = ownString(doc, 'roomId');
	const roomName = ownString(doc, 'roomName');
	if (roomId === null || roomName === null) {
		return undefined;
	}
	// Rocket.Chat: "not provided" when both keys are absent, or both present and empty; otherwise the key present is
	// looked up, roomId first, even when its value is empty.
	if ((roomId === undefined && roomName === undefined) || (roomId === '' && roomName === '')) {
		return { errorType: 'error-room-param-not-provided' };
	}
	const room = roomId !== undefined ? rooms.find((known) => known._id === roomId) : rooms.find((known) => known.name !== '' && known.name === roomName);
	if (!room) {
		return { errorType: 'error-room-not-found' };
	}
	return room.kind === 'leavable' ? { leave: room._id } : { errorType: errorOfKind[room.kind] };
}
