import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { hasRandomIdShape } from './randomIdShape';

/** A room named by id or by exact name, as groups.leave takes it: `roomId` wins, and a leading `#` is part of the name. */
export type RoomTarget = { roomId: string } | { roomName: string };

/** Room ids are 17 characters and names far shorter than this: a longer value cannot match, so it is not looked up. */
export const MAX_ROOM_REFERENCE_LENGTH = 1024;

/** Whether a reference could name a room at all; one that cannot is not worth a lookup. */
export const isLookupable = (reference: string): boolean => reference.length > 0 && reference.length <= MAX_ROOM_REFERENCE_LENGTH;

export async function findRoom(read: IRead, target: RoomTarget): Promise<IRoom | undefined> {
	const reference = 'roomId' in target ? target.roomId : target.roomName;
	if (!isLookupable(reference)) {
		return undefined;
	}
	const rooms = read.getRoomReader();
	return 'roomId' in target ? rooms.getById(reference) : rooms.getByName(reference);
}

/**
 * The room a `/leavegroup` argument names. `#name` is a name. Anything else may be an id or a name: it is tried first
 * as what its shape suggests, and only when no room matches as the other.
 */
export async function findRoomByArgument(read: IRead, argument: string): Promise<IRoom | undefined> {
	if (argument.startsWith('#')) {
		return findRoom(read, { roomName: argument.slice(1) });
	}
	// Guessing by shape makes the usual case one lookup; the fallback keeps names shaped like ids and imported rooms' ids working.
	const [first, second]: RoomTarget[] = hasRandomIdShape(argument)
		? [{ roomId: argument }, { roomName: argument }]
		: [{ roomName: argument }, { roomId: argument }];
	return (await findRoom(read, first)) ?? findRoom(read, second);
}
