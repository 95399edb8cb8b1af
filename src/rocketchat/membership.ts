import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { expectList } from './expectList';
import { isEarlyRuntimeRejection, rejectionMessage } from './rejectionMessage';

/**
 * How an engine before 1.58 answers getUserRoomIds. In the Deno runtime every accessor method exists on the app's side
 * (a proxy), so the call is always made; the host's UserRead lacks the method, and its accessor dispatch refuses it with
 * this message.
 */
const MISSING_METHOD = 'Invalid accessor method "getUserRoomIds"';

const lacksMethod = (rejection: unknown): boolean => {
	// Early runtimes predate getUserRoomIds (1.58): there their unreadable rejection can only mean it is missing.
	return rejectionMessage(rejection) === MISSING_METHOD || isEarlyRuntimeRejection(rejection);
};

/** Readers whose engine turned out to lack getUserRoomIds. The Deno runtime gives the app one reader per process. */
const withoutUserRoomIds = new WeakSet<IRead>();

/** The user's room ids, or undefined when the engine lacks getUserRoomIds (before 1.58) — remembered for this reader. */
export async function userRoomIds(read: IRead, userId: string): Promise<string[] | undefined> {
	if (withoutUserRoomIds.has(read)) {
		return undefined;
	}
	let roomIds: string[] | undefined;
	try {
		roomIds = await read.getUserReader().getUserRoomIds(userId);
	} catch (error) {
		if (!lacksMethod(error)) {
			throw error;
		}
		withoutUserRoomIds.add(read);
		return undefined;
	}
	return expectList(roomIds, 'getUserRoomIds');
}

/**
 * Whether the user is subscribed to the room. `getUserRoomIds` (engine 1.58+) answers that without loading the room's
 * members. On an older engine the first call is refused; from then on the process goes straight to the member list.
 * Any other failure is the engine's and propagates.
 */
export async function isSubscribed(read: IRead, userId: string, roomId: string): Promise<boolean> {
	const roomIds = await userRoomIds(read, userId);
	if (roomIds) {
		return roomIds.includes(roomId);
	}
	const members = expectList(await read.getRoomReader().getMembers(roomId), 'getMembers');
	return members.some((member) => member.id === userId);
}
