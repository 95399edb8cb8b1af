import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { unmappedProperty } from '../rocketchat/roomRecord';

/** The group in the shape of the documented groups.leave answer. */
export interface LeftGroup {
	_id: string;
	name: string;
	t: string;
	usernames: string[];
	msgs: number;
	u?: { _id: string; username: string };
	ts?: string;
	ro: boolean;
	sysMes: boolean;
	_updatedAt: string;
	usersCount?: number;
}

function toIsoDate(value: unknown): string | undefined {
	if (value instanceof Date) {
		return value.toISOString();
	}
	return typeof value === 'string' ? value : undefined;
}

/**
 * The group as it stands after the leave, built from the room read before it plus what the leave changed: the `ul`
 * message (msgs + 1), one member fewer, `_updatedAt` now. Reading the room again would cost another round trip.
 *
 * `usernames`: current Rocket.Chat keeps no usernames list on a private group's record (only direct rooms carry one),
 * so this is the list the record carries when it has one — it arrives in `_unmappedProperties_` — minus the leaver,
 * and otherwise `[]`. `IRoom.usernames` is never touched: in the Deno runtime it is a getter that calls the host.
 */
export function groupAfterLeave(room: IRoom, leaverUsername: string, now: Date): LeftGroup {
	const usernames = unmappedProperty(room, 'usernames');
	const usersCount = unmappedProperty(room, 'usersCount');
	const group: LeftGroup = {
		_id: room.id,
		name: room.slugifiedName,
		t: room.type,
		usernames: Array.isArray(usernames) ? usernames.filter((username) => typeof username === 'string' && username !== leaverUsername) : [],
		msgs: (room.messageCount ?? 0) + 1,
		u: room.creator ? { _id: room.creator.id, username: room.creator.username } : undefined,
		ts: toIsoDate(room.createdAt),
		ro: room.isReadOnly ?? false,
		sysMes: room.displaySystemMessages ?? true,
		_updatedAt: now.toISOString(),
	};
	if (typeof usersCount === 'number') {
		group.usersCount = Math.max(usersCount - 1, 0);
	}
	return group;
}
