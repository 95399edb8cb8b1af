import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

/** Rocket.Chat hands room fields that IRoom does not declare (archived, usersCount, …) to apps in `_unmappedProperties_`. */
export function unmappedProperty(room: IRoom, key: string): unknown {
	const unmapped: unknown = (room as { _unmappedProperties_?: unknown })._unmappedProperties_;
	if (typeof unmapped !== 'object' || unmapped === null || !Object.prototype.hasOwnProperty.call(unmapped, key)) {
		return undefined;
	}
	return (unmapped as Record<string, unknown>)[key];
}

/** Core names a discussion by its display name and any other group by its room name. */
export function groupName(room: IRoom): string {
	return (room.parentRoom && room.displayName) || room.slugifiedName;
}
