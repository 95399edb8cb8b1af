import type { RoomTarget } from '../rocketchat/findRoom';

/**
 * What a groups.leave body asks for: no room at all (check #2), or a room. `target` is absent when the value sent cannot
 * name any group (not a string, or empty): core would look it up and find nothing, so the app answers not found unasked.
 */
type RoomParam = { provided: false } | { provided: true; target?: RoomTarget };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return false;
	}
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === null || prototype === Object.prototype;
}

/** Own properties only, so `__proto__` or `constructor` in a body can never stand in for a parameter. */
const has = (body: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(body, key);

const usable = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Core's presence rules: a key counts once it is in the body, whatever its value. Neither key, or both keys with falsy
 * values (`''`, `null`, `0`, `false`), is "not provided"; otherwise `roomId` wins whenever it is present, so a bad
 * `roomId` never falls back to `roomName`.
 */
export function readRoomTarget(content: unknown): RoomParam {
	if (!isPlainObject(content)) {
		return { provided: false };
	}
	const hasRoomId = has(content, 'roomId');
	const hasRoomName = has(content, 'roomName');
	if ((!hasRoomId && !hasRoomName) || (hasRoomId && hasRoomName && !content.roomId && !content.roomName)) {
		return { provided: false };
	}
	if (hasRoomId) {
		const roomId = usable(content.roomId);
		return roomId === undefined ? { provided: true } : { provided: true, target: { roomId } };
	}
	const roomName = usable(content.roomName);
	return roomName === undefined ? { provided: true } : { provided: true, target: { roomName } };
}
