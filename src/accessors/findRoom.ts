import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

/** A room named by id or by exact name, as groups.leave takes it: `roomId` wins, and a leading `#` is part of the name. */
export type RoomTarget = { roomId: string } | { roomName: string };

/** Room ids are 17 characters and names far shorter than this: a longer value cannot match, so it is not looked up. */
export const MAX_ROOM_REFERENCE_LENGTH = 1024;

export async function findRoom(read: IRead, target: RoomTarget): Promise<IRoom | undefined> {
	const reference = 'roomId' in target ? target.roomId : target.roomName;
	if (reference.length === 0 || reference.length > MAX_ROOM_REFERENCE_LENGTH) {
		return undefined;
	}
	const rooms = read.getRoomReader();
	return 'roomId' in target ? rooms.getById(reference) : rooms.getByName(reference);
}

/**
 * The room a `/leavegroup` argument names. `#name` is a name. Anything else is tried as an id first: ids are random
 * 17-character strings that no one picks as a group name, so an id hit is the room meant, and an exact id lookup
 * settles it without a second call; only when no room has that id is it taken as a name.
 */
export async function findRoomByArgument(read: IRead, argument: string): Promise<IRoom | undefined> {
	if (argument.startsWith('#')) {
		return findRoom(read, { roomName: argument.slice(1) });
	}
	return (await findRoom(read, { roomId: argument })) ?? findRoom(read, { roomName: argument });
}
