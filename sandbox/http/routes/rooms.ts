import { has, stringListParam, stringParam } from '../params';
import type { Route } from '../route';
import { failure, forbidden, methodError, orRefuse, success } from '../respond';
import { typedSuccess } from '../restTypes';
import { historyPage } from './history';
import { createNamedRoom } from './roomCreation';

// The non-group rooms a tester needs so that "not a private group" can be tried: public channels and DMs; and
// discussions, which their parent room's members can see without being in them; a direct room's history.

export const roomRoutes: Route[] = [
	{
		method: 'POST',
		path: 'v1/channels.create',
		handle: ({ workspace, caller, bodyParams }) => {
			if (!workspace.hasPermission(caller._id, 'create-c')) {
				throw forbidden();
			}
			return typedSuccess<'POST', '/v1/channels.create'>({ channel: createNamedRoom(workspace, caller, bodyParams, 'c') });
		},
	},
	{
		// Body: `username` of the other participant. Answers the existing DM when there is one.
		method: 'POST',
		path: 'v1/im.create',
		handle: ({ workspace, caller, bodyParams }) => {
			const username = stringParam(bodyParams, 'username');
			if (!username) {
				throw methodError('error-invalid-params', 'Body param "username" or "usernames" is required');
			}
			if (!workspace.hasPermission(caller._id, 'create-d')) {
				throw methodError('error-not-allowed', 'Not allowed', { method: 'createDirectMessage' });
			}
			const other = workspace.findUserByUsernameIgnoringCase(username);
			if (!other) {
				throw methodError('error-invalid-user', 'Invalid user', { method: 'createDirectMessage' });
			}
			const room = workspace.createDirectRoom(caller._id, other._id);
			return typedSuccess<'POST', '/v1/im.create'>({ room: { ...room, rid: room._id } });
		},
	},
	{
		// app/api/server/v1/rooms.ts and app/discussion/server/methods/createDiscussion.ts, without a parent message
		// or a reply. Body: `prid`, `t_name` (the title), `users` (usernames to add).
		method: 'POST',
		path: 'v1/rooms.createDiscussion',
		handle: ({ workspace, caller, bodyParams }) => {
			const prid = stringParam(bodyParams, 'prid');
			const title = stringParam(bodyParams, 't_name');
			const usernames = stringListParam(bodyParams, 'users');
			if (!prid) {
				throw failure('Body parameter "prid" is required.');
			}
			if (!title) {
				throw failure('Body parameter "t_name" is required.');
			}
			if (has(bodyParams, 'users') && !usernames) {
				throw failure('Body parameter "users" must be an array.');
			}
			const permitted = ['start-discussion', 'start-discussion-other-user'].some((permission) => workspace.hasPermission(caller._id, permission, prid));
			if (!permitted) {
				throw methodError('error-action-not-allowed', 'You are not allowed to create a discussion', { method: 'createDiscussion' });
			}
			if (!workspace.findRoomById(prid)) {
				throw methodError('error-invalid-room', 'Invalid room', { method: 'DiscussionCreation' });
			}
			if (!workspace.findSubscription(prid, caller._id)) {
				throw methodError('error-action-not-allowed', 'You are not allowed to create a discussion', { method: 'createDiscussion' });
			}
			const memberIds = (usernames ?? []).flatMap((username) => workspace.findUserByUsernameIgnoringCase(username)?._id ?? []);
			return success({ discussion: orRefuse(() => workspace.createDiscussion({ prid, name: title, creatorId: caller._id, memberIds })) });
		},
	},
	{
		// The caller's direct room by `roomId`, newest messages first (app/api/server/v1/im.ts, findDirectMessageRoom).
		method: 'GET',
		path: 'v1/im.history',
		handle: ({ workspace, caller, queryParams }) => {
			const roomId = stringParam(queryParams, 'roomId');
			if (!roomId) {
				throw methodError('error-room-param-not-provided', 'Query param "roomId" or "username" is required');
			}
			const room = workspace.findRoomById(roomId);
			if (!room || room.t !== 'd' || !workspace.findSubscription(room._id, caller._id)) {
				throw methodError('error-room-not-found', 'The required "roomId" or "username" param provided does not match any direct message');
			}
			return success({ messages: historyPage(workspace.messagesOfRoom(room._id), queryParams) });
		},
	},
];
