import type { IRead, IUserRead } from '@rocket.chat/apps-engine/definition/accessors';

import { expectList } from './expectList';

/**
 * Whether the user is subscribed to the room. `getUserRoomIds` (engine 1.58+) answers that without loading the
 * room's members; older engines lack it (the method is missing, or the host rejects the call), and then the member
 * list is the only way.
 */
export async function isSubscribed(read: IRead, userId: string, roomId: string): Promise<boolean> {
	const users: Partial<IUserRead> = read.getUserReader();
	if (typeof users.getUserRoomIds === 'function') {
		try {
			const roomIds: unknown = await users.getUserRoomIds(userId);
			if (Array.isArray(roomIds)) {
				return roomIds.includes(roomId);
			}
		} catch {
			// An engine older than 1.58: the member list below answers instead.
		}
	}
	const members = expectList(await read.getRoomReader().getMembers(roomId), 'getMembers');
	return members.some((member) => member.id === userId);
}
