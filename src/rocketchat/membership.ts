import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { expectList } from './expectList';
import { rejectionMessage } from './rejectionMessage';

/**
 * How an engine before 1.58 answers getUserRoomIds. In the Deno runtime every accessor method exists on the app's side
 * (a proxy), so the call is always made; the host's UserRead lacks the method, and its accessor dispatch refuses it with
 * this message.
 */
const MISSING_METHOD = 'Invalid accessor method "getUserRoomIds"';

/**
 * Early runtimes (1.46 does; 1.53 no longer) wrapped the host's JSON-RPC error object in an Error as it was, so every
 * accessor failure reads like this there. They predate getUserRoomIds (1.58): on them it can only mean it is missing.
 */
const EARLY_RUNTIME_REJECTION = '[object Object]';

const lacksMethod = (rejection: unknown): boolean => {
	const message = rejectionMessage(rejection);
	return message === MISSING_METHOD || message === EARLY_RUNTIME_REJECTION;
};

/** Readers whose engine turned out to lack getUserRoomIds. The Deno runtime gives the app one reader per process. */
const withoutUserRoomIds = new WeakSet<IRead>();

/** The user's room ids, or undefined when the engine lacks getUserRoomIds — remembered for this reader. */
async function userRoomIds(read: IRead, userId: string): Promise<string[] | undefined> {
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
	const roomIds = withoutUserRoomIds.has(read) ? undefined : await userRoomIds(read, userId);
	if (roomIds) {
		return roomIds.includes(roomId);
	}
	const members = expectList(await read.getRoomReader().getMembers(roomId), 'getMembers');
	return members.some((member) => member.id === userId);
}
