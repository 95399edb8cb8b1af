// A small model of groups.leave for the property test: for the bodies whose meaning is unambiguous (a UTF-8 JSON object)
// it predicts the outcome from Rocket.Chat's rules, whatever JSON values roomId/roomName hold; for the rest (other
// documents, or a padded string to look up) it predicts nothing and the test only demands a Rocket.Chat-shaped 4xx or a
// correct success.
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
	// Rocket.Chat tests keys with `in`: a key counts as sent whatever its value. "Not provided" is neither key, or both
	// keys with falsy values; otherwise the key sent is looked up, roomId first, even when its value is falsy or no string.
	const hasRoomId = Object.prototype.hasOwnProperty.call(doc, 'roomId');
	const hasRoomName = Object.prototype.hasOwnProperty.call(doc, 'roomName');
	if ((!hasRoomId && !hasRoomName) || (hasRoomId && hasRoomName && !doc.roomId && !doc.roomName)) {
		return { errorType: 'error-room-param-not-provided' };
	}
	const reference = hasRoomId ? doc.roomId : doc.roomName;
	// Ids and names are non-empty strings: any other value matches no group.
	if (typeof reference !== 'string' || reference === '') {
		return { errorType: 'error-room-not-found' };
	}
	// A padded reference has no single reading that Rocket.Chat documents: predict nothing.
	if (reference.trim() !== reference) {
		return undefined;
	}
	const room = hasRoomId ? rooms.find((known) => known._id === reference) : rooms.find((known) => known.name !== '' && known.name === reference);
	if (!room) {
		return { errorType: 'error-room-not-found' };
	}
	return room.kind === 'leavable' ? { leave: room._id } : { errorType: errorOfKind[room.kind] };
}
