import { stringParam } from '../params';
import type { Route } from '../route';
import { forbidden, methodError } from '../respond';
import { typedSuccess } from '../restTypes';
import { createNamedRoom } from './roomCreation';

// The non-group rooms a tester needs so that "not a private group" can be tried: public channels and DMs.

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
];
