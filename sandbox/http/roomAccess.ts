import type { Workspace } from '../workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../workspace/records';
import { has, stringParam } from './params';
import type { Params } from './route';
import { methodError } from './respond';

const GROUP_NOT_FOUND = 'The required "roomId" or "roomName" param provided does not match any group';

/**
 * Rocket.Chat's canAccessRoom (server/services/authorization/canAccessRoom.ts) for the room types the sandbox has:
 * members see a room, anyone allowed to view public channels sees those, and whoever sees a discussion's parent room
 * sees the discussion. No admin bypass.
 */
export function canAccessRoom(workspace: Workspace, room: WorkspaceRoom, user: WorkspaceUser): boolean {
	if (workspace.findSubscription(room._id, user._id)) {
		return true;
	}
	if (room.t === 'c' && workspace.hasPermission(user._id, 'view-c-room')) {
		return true;
	}
	const parent = room.prid === undefined ? undefined : workspace.findRoomById(room.prid);
	return parent !== undefined && canAccessRoom(workspace, parent, user);
}

/**
 * The private group named by `roomId` (which wins) or `roomName` (exact) that the caller can access, with the
 * same errors and order as Rocket.Chat's groups routes: a group the caller cannot see is reported as missing.
 */
export function findPrivateGroupByIdOrName(workspace: Workspace, params: Params, caller: WorkspaceUser, checkedArchived = true): WorkspaceRoom {
	const hasId = has(params, 'roomId');
	const hasName = has(params, 'roomName');
	if ((!hasId && !hasName) || (hasId && !params.roomId && hasName && !params.roomName)) {
		throw methodError('error-room-param-not-provided', 'The parameter "roomId" or "roomName" is required');
	}
	const room = hasId ? workspace.findRoomById(stringParam(params, 'roomId') ?? '') : workspace.findRoomByName(stringParam(params, 'roomName') ?? '');
	if (!room || room.t !== 'p' || !canAccessRoom(workspace, room, caller)) {
		throw methodError('error-room-not-found', GROUP_NOT_FOUND);
	}
	if (checkedArchived && room.archived) {
		throw methodError('error-room-archived', `The private group, ${room.name}, is archived`);
	}
	return room;
}

/** The private group named by `roomId` or `roomName` without an access check, as groups.invite looks it up. */
export function findPrivateGroupForInvite(workspace: Workspace, params: Params): WorkspaceRoom {
	const idOrName = stringParam(params, 'roomId') || stringParam(params, 'roomName') || '';
	if (!idOrName.trim()) {
		throw methodError('error-room-param-not-provided', 'The parameter "roomId" or "roomName" is required');
	}
	const room = workspace.findRoomById(idOrName) ?? workspace.findRoomByName(idOrName);
	if (!room || room.t !== 'p') {
		throw methodError('error-room-not-found', GROUP_NOT_FOUND);
	}
	return room;
}
