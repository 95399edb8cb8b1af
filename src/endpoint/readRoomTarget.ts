import type { RoomTarget } from '../accessors/findRoom';

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return false;
	}
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === null || prototype === Object.prototype;
}

/** Own properties only, so `__proto__` or `constructor` in a body can never stand in for a parameter. */
function ownString(body: Record<string, unknown>, key: string): string | undefined {
	if (!Object.prototype.hasOwnProperty.call(body, key)) {
		return undefined;
	}
	const value = body[key];
	return typeof value === 'string' ? value : undefined;
}

/**
 * The room a groups.leave body names, or undefined when it names none (check #2). Only `roomId` and `roomName` are
 * read; a value that is not a string counts as not sent. As in core, `roomId` wins when both are sent — even empty —
 * and only both empty count as not provided.
 */
export function readRoomTarget(content: unknown): RoomTarget | undefined {
	if (!isPlainObject(content)) {
		return undefined;
	}
	const roomId = ownString(content, 'roomId');
	const roomName = ownString(content, 'roomName');
	if (roomId === undefined) {
		return roomName === undefined ? undefined : { roomName };
	}
	if (roomId === '' && roomName === '') {
		return undefined;
	}
	return { roomId };
}
