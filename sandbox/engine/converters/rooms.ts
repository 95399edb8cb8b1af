import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { WorkspaceRoom } from '../../workspace/records';

const ROOM_TYPES: Record<WorkspaceRoom['t'], RoomType> = { c: RoomType.CHANNEL, p: RoomType.PRIVATE_GROUP, d: RoomType.DIRECT_MESSAGE };

/** An app's room: Rocket.Chat's IRoom plus the fields its converter passes through untouched. */
export type AppRoom = IRoom & { _unmappedProperties_: Record<string, unknown> };

// What the converter fills: a direct room has no name, and `usernames` is a getter the runtime's Room adds in the app.
type ConvertedRoom = Omit<AppRoom, 'usernames' | 'slugifiedName' | 'creator' | 'parentRoom'> & {
	slugifiedName?: string;
	creator?: IUser;
	parentRoom?: AppRoom;
};

/**
 * A workspace room as Rocket.Chat's AppRoomsConverter hands it to apps: the fields the converter maps get their
 * IRoom names (t → type, u → creator as a full user, ro → isReadOnly, msgs → messageCount, uids → userIds, prid →
 * parentRoom as a converted room, undefined when the parent is gone, …); every other field (usersCount, archived, usernames) goes to `_unmappedProperties_`, which is how an app can
 * tell that a group is archived.
 */
export function toAppRoom(room: WorkspaceRoom, creator: IUser | undefined, parentRoom?: AppRoom): AppRoom {
	const { _id, fname, name, t, u: _creatorRef, prid: _parentId, ts, _updatedAt, msgs, ro, sysMes, uids, ...unmapped } = room;
	const converted: ConvertedRoom = {
		id: _id,
		...(fname === undefined ? {} : { displayName: fname }),
		slugifiedName: name,
		type: ROOM_TYPES[t],
		...(creator === undefined ? {} : { creator }),
		...(uids === undefined ? {} : { userIds: [...uids] }),
		...(parentRoom === undefined ? {} : { parentRoom }),
		isDefault: false,
		isReadOnly: ro,
		displaySystemMessages: sysMes,
		messageCount: msgs,
		createdAt: ts,
		updatedAt: _updatedAt,
		_unmappedProperties_: { ...unmapped, ...(unmapped.usernames === undefined ? {} : { usernames: [...unmapped.usernames] }) },
	};
	return converted as AppRoom;
}
