import type { Workspace } from '../../workspace/Workspace';
import type { RoomRole, WorkspaceRoom, WorkspaceUser } from '../../workspace/records';
import { countParam } from '../params';
import { findPrivateGroupByIdOrName, findPrivateGroupForInvite } from '../roomAccess';
import type { Route } from '../route';
import { forbidden, methodError, orRefuse, success } from '../respond';
import { type RestAnswer, typedSuccess } from '../restTypes';
import { memberView } from '../userViews';
import { userFromParams, usersFromParams } from '../userParams';
import { historyPage } from './history';
import { createNamedRoom } from './roomCreation';

// The groups.* routes, with the permission checks, error codes and order of Rocket.Chat's groups API and the
// server methods behind it (addUsersToRoom, removeUserFromRoom, addRoomOwner, removeRoomOwner, archiveRoom, …).

const DEFAULT_PAGE_SIZE = 50;

function notAllowed(method: string) {
	return methodError('error-not-allowed', 'Not allowed', { method });
}

function countOwners(workspace: Workspace, rid: string): number {
	return workspace.usersWithRoomRole(rid, 'owner').length;
}

function addRoomRole(workspace: Workspace, room: WorkspaceRoom, caller: WorkspaceUser, user: WorkspaceUser, role: Extract<RoomRole, 'owner' | 'moderator'>) {
	const method = role === 'owner' ? 'addRoomOwner' : 'addRoomModerator';
	if (!workspace.hasPermission(caller._id, `set-${role}`, room._id)) {
		throw notAllowed(method);
	}
	const subscription = workspace.findSubscription(room._id, user._id);
	if (!subscription) {
		throw methodError('error-user-not-in-room', 'User is not in this room', { method });
	}
	if (subscription.roles.includes(role)) {
		throw methodError(`error-user-already-${role}`, role === 'owner' ? 'User is already an owner' : 'User is already a moderator', { method });
	}
	workspace.addRoomRole(room._id, user._id, role, caller._id);
}

export const groupRoutes: Route[] = [
	{
		method: 'POST',
		path: 'v1/groups.create',
		handle: ({ workspace, caller, bodyParams }) => {
			if (!workspace.hasPermission(caller._id, 'create-p')) {
				throw forbidden();
			}
			return typedSuccess<'POST', '/v1/groups.create'>({ group: createNamedRoom(workspace, caller, bodyParams, 'p') });
		},
	},
	{
		// Looks the group up without an access check; the adder must be a member with add-user-to-joined-room
		// (owners and moderators by default) or hold add-user-to-any-p-room.
		method: 'POST',
		path: 'v1/groups.invite',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupForInvite(workspace, bodyParams);
			const users = usersFromParams(workspace, bodyParams);
			if (users.length === 0) {
				throw methodError('error-empty-invite-list', 'Cannot invite if no valid users are provided');
			}
			const isMember = workspace.findSubscription(room._id, caller._id) !== undefined;
			const canAdd =
				(isMember && workspace.hasPermission(caller._id, 'add-user-to-joined-room', room._id)) ||
				workspace.hasPermission(caller._id, 'add-user-to-any-p-room');
			if (!canAdd) {
				throw notAllowed('addUsersToRoom');
			}
			for (const user of users) {
				if (workspace.findSubscription(room._id, user._id)) {
					workspace.notifyUser(caller._id, room._id, `@${user.username} is already in here.`);
				} else {
					workspace.addUserToRoom(room._id, user._id, caller._id);
				}
			}
			return typedSuccess<'POST', '/v1/groups.invite'>({ group: workspace.findRoomById(room._id) ?? room });
		},
	},
	{
		method: 'POST',
		path: 'v1/groups.kick',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller);
			const user = userFromParams(workspace, bodyParams);
			if (!workspace.hasPermission(caller._id, 'remove-user', room._id)) {
				throw notAllowed('removeUserFromRoom');
			}
			const canKickAnyUser = workspace.hasPermission(caller._id, 'kick-user-from-any-p-room');
			const subscription = workspace.findSubscription(room._id, user._id);
			if (!canKickAnyUser && !subscription) {
				throw methodError('error-user-not-in-room', 'User is not in this room', { method: 'removeUserFromRoom' });
			}
			if (subscription?.roles.includes('owner') && countOwners(workspace, room._id) === 1) {
				throw methodError('error-you-are-last-owner', 'You are the last owner. Please set new owner before leaving the room.', {
					method: 'removeUserFromRoom',
				});
			}
			// Another app's pre-leave veto (WorkspaceError error-app-prevented) is Rocket.Chat's 400, not a fault.
			orRefuse(() => workspace.removeUserFromRoom(room._id, user._id, caller._id), 'removeUserFromRoom');
			return typedSuccess<'POST', '/v1/groups.kick'>({});
		},
	},
	{
		method: 'POST',
		path: 'v1/groups.addOwner',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller);
			addRoomRole(workspace, room, caller, userFromParams(workspace, bodyParams), 'owner');
			return typedSuccess<'POST', '/v1/groups.addOwner'>({});
		},
	},
	{
		method: 'POST',
		path: 'v1/groups.addModerator',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller);
			addRoomRole(workspace, room, caller, userFromParams(workspace, bodyParams), 'moderator');
			return typedSuccess<'POST', '/v1/groups.addModerator'>({});
		},
	},
	{
		// Refuses to take the role from the last owner (error-remove-last-owner).
		method: 'POST',
		path: 'v1/groups.removeOwner',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller);
			const user = userFromParams(workspace, bodyParams);
			const method = 'removeRoomOwner';
			if (!workspace.hasPermission(caller._id, 'set-owner', room._id)) {
				throw notAllowed(method);
			}
			const subscription = workspace.findSubscription(room._id, user._id);
			if (!subscription) {
				throw methodError('error-invalid-room', 'Invalid room', { method });
			}
			if (!subscription.roles.includes('owner')) {
				throw methodError('error-user-not-owner', 'User is not an owner', { method });
			}
			if (countOwners(workspace, room._id) === 1) {
				throw methodError('error-remove-last-owner', 'This is the last owner. Please set a new owner before removing this one.', { method });
			}
			workspace.removeRoomRole(room._id, user._id, 'owner', caller._id);
			return typedSuccess<'POST', '/v1/groups.removeOwner'>({});
		},
	},
	{
		method: 'POST',
		path: 'v1/groups.archive',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller);
			if (!workspace.hasPermission(caller._id, 'archive-room', room._id)) {
				throw methodError('error-not-authorized', 'Not authorized', { method: 'archiveRoom' });
			}
			workspace.setArchived(room._id, true, caller._id);
			return typedSuccess<'POST', '/v1/groups.archive'>({});
		},
	},
	{
		method: 'POST',
		path: 'v1/groups.unarchive',
		handle: ({ workspace, caller, bodyParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, bodyParams, caller, false);
			if (!workspace.hasPermission(caller._id, 'unarchive-room', room._id)) {
				throw methodError('error-not-authorized', 'Not authorized', { method: 'unarchiveRoom' });
			}
			workspace.setArchived(room._id, false, caller._id);
			return typedSuccess<'POST', '/v1/groups.unarchive'>({});
		},
	},
	{
		method: 'GET',
		path: 'v1/groups.info',
		handle: ({ workspace, caller, queryParams }) =>
			typedSuccess<'GET', '/v1/groups.info'>({ group: findPrivateGroupByIdOrName(workspace, queryParams, caller, false) }),
	},
	{
		// Paginated by offset and count (default 50; 0 = all).
		method: 'GET',
		path: 'v1/groups.members',
		handle: ({ workspace, caller, queryParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, queryParams, caller);
			const offset = countParam(queryParams, 'offset', 0);
			const count = countParam(queryParams, 'count', DEFAULT_PAGE_SIZE);
			const all = workspace.membersOfRoom(room._id);
			const page = all.slice(offset, count === 0 ? undefined : offset + count);
			return typedSuccess<'GET', '/v1/groups.members'>({ members: page.map(memberView), count: page.length, offset, total: all.length });
		},
	},
	{
		// Members holding a room role, with their roles.
		method: 'GET',
		path: 'v1/groups.roles',
		handle: ({ workspace, caller, queryParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, queryParams, caller);
			const roles = workspace
				.subscriptionsOfRoom(room._id)
				.filter((subscription) => subscription.roles.length > 0)
				.map(({ _id, rid, u, roles: held }) => ({ _id, rid, u: { ...u, name: workspace.findUserById(u._id)?.name }, roles: held }));
			return typedSuccess<'GET', '/v1/groups.roles'>({ roles });
		},
	},
	{
		method: 'GET',
		path: 'v1/groups.history',
		handle: ({ workspace, caller, queryParams }) => {
			const room = findPrivateGroupByIdOrName(workspace, queryParams, caller, false);
			// Rocket.Chat answers getChannelHistory's { messages } alone; the typings' count, offset and total are not sent.
			// An app's blocks are kept as it built them (UI Kit layout blocks of the engine's ui-kit), hence the one cast.
			const messages = historyPage(workspace.messagesOfRoom(room._id), queryParams) as RestAnswer<'GET', '/v1/groups.history'>['messages'];
			return success({ messages });
		},
	},
];
