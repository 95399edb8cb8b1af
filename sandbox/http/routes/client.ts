import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../workspace/records';
import { has, stringParam } from '../params';
import { canAccessRoom } from '../roomAccess';
import type { Route } from '../route';
import { failure, forbidden, methodError, success } from '../respond';
import { historyPage } from './history';

// What Rocket.Chat's web client reads and sends that the other routes do not cover, so that the sandbox's web page
// (../../web) uses only Rocket.Chat's own REST routes: the caller's subscriptions and rooms, a channel's history, and
// sending a plain message. Shapes as Rocket.Chat answers them; only the fields the workspace keeps.

/** A subscription as subscriptions.get lists it: the room's name and type are copied onto it, as Rocket.Chat stores them. */
function subscriptionView(workspace: Workspace, room: WorkspaceRoom, caller: WorkspaceUser): Record<string, unknown> | undefined {
	const subscription = workspace.findSubscription(room._id, caller._id);
	if (!subscription) {
		return undefined;
	}
	// A direct room's subscription is named after the other participant.
	const other = room.t === 'd' ? workspace.findUserById(room.uids?.find((uid) => uid !== caller._id) ?? caller._id) : undefined;
	return {
		...subscription,
		t: room.t,
		name: other ? other.username : room.name,
		fname: other ? other.name : (room.fname ?? room.name),
		...(room.prid === undefined ? {} : { prid: room.prid }),
		alert: false,
		unread: 0,
		_updatedAt: subscription.ts,
	};
}

function callerRooms(workspace: Workspace, caller: WorkspaceUser): WorkspaceRoom[] {
	return workspace.roomIdsOfUser(caller._id).flatMap((rid) => workspace.findRoomById(rid) ?? []);
}

export const clientRoutes: Route[] = [
	{
		// app/api/server/v1/subscriptions.ts: every subscription as `update` (no `updatedSince`: nothing removed to report).
		method: 'GET',
		path: 'v1/subscriptions.get',
		handle: ({ workspace, caller }) =>
			success({ update: callerRooms(workspace, caller).flatMap((room) => subscriptionView(workspace, room, caller) ?? []), remove: [] }),
	},
	{
		// app/api/server/v1/rooms.ts: the rooms the caller is subscribed to.
		method: 'GET',
		path: 'v1/rooms.get',
		handle: ({ workspace, caller }) => success({ update: callerRooms(workspace, caller), remove: [] }),
	},
	{
		// app/api/server/v1/channels.ts: a public channel by `roomId` or `roomName`, for whoever can access it.
		method: 'GET',
		path: 'v1/channels.history',
		handle: ({ workspace, caller, queryParams }) => {
			if (!has(queryParams, 'roomId') && !has(queryParams, 'roomName')) {
				throw methodError('error-room-param-not-provided', 'The parameter "roomId" or "roomName" is required');
			}
			const roomId = stringParam(queryParams, 'roomId');
			const room = roomId ? workspace.findRoomById(roomId) : workspace.findRoomByName(stringParam(queryParams, 'roomName') ?? '');
			if (!room || room.t !== 'c') {
				throw methodError('error-room-not-found', 'The required "roomId" or "roomName" param provided does not match any channel');
			}
			if (!canAccessRoom(workspace, room, caller)) {
				throw forbidden();
			}
			return success({ messages: historyPage(workspace.messagesOfRoom(room._id), queryParams) });
		},
	},
	{
		// app/api/server/v1/chat.ts and lib/server/methods/sendMessage.ts: `message: { rid, msg }`, from a member of
		// the room; a read-only or archived room refuses it.
		method: 'POST',
		path: 'v1/chat.sendMessage',
		handle: ({ workspace, caller, bodyParams }) => {
			const message = bodyParams.message;
			if (typeof message !== 'object' || message === null || Array.isArray(message)) {
				throw failure('The "message" parameter must be provided.');
			}
			const fields = message as Record<string, unknown>;
			const rid = typeof fields.rid === 'string' ? fields.rid : '';
			const msg = typeof fields.msg === 'string' ? fields.msg : '';
			const room = workspace.findRoomById(rid);
			if (!room || !workspace.findSubscription(rid, caller._id)) {
				throw methodError('error-not-allowed', 'Not allowed', { method: 'sendMessage' });
			}
			if (room.archived) {
				throw methodError('error-room-archived', 'Room is archived', { method: 'sendMessage' });
			}
			if (room.ro && !workspace.hasPermission(caller._id, 'post-readonly', rid)) {
				throw methodError('error-not-allowed', 'Not allowed', { method: 'sendMessage' });
			}
			return success({ message: workspace.postMessage({ rid, msg, userId: caller._id }) });
		},
	},
];
