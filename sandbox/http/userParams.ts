import type { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';
import { filledParam, stringListParam, stringParam } from './params';
import type { Params } from './route';
import { methodError } from './respond';

/** Rocket.Chat's getUserFromParams: `userId`, else `username`, else `user` (usernames ignore case). */
export function userFromParams(workspace: Workspace, params: Params): WorkspaceUser {
	const userId = filledParam(params, 'userId');
	const username = filledParam(params, 'username') ?? filledParam(params, 'user');
	if (userId === undefined && username === undefined) {
		throw methodError('error-user-param-not-provided', 'The required "userId" or "username" param was not provided');
	}
	const user = userId !== undefined ? workspace.findUserById(userId) : workspace.findUserByUsernameIgnoringCase(username ?? '');
	if (!user) {
		throw methodError('error-invalid-user', 'The required "userId" or "username" param provided does not match any users');
	}
	return user;
}

/** Rocket.Chat's getUserListFromParams: the single-user params plus `userIds` / `usernames`; unknown ones are dropped. */
export function usersFromParams(workspace: Workspace, params: Params): WorkspaceUser[] {
	const single = stringParam(params, 'userId') || stringParam(params, 'username') || stringParam(params, 'user');
	const list = stringListParam(params, 'userIds') ?? stringListParam(params, 'usernames') ?? [];
	const wanted = [...new Set([...list, single ?? ''].filter(Boolean))];
	if (wanted.length === 0) {
		throw methodError('error-users-params-not-provided', 'Please provide "userId" or "username" or "userIds" or "usernames" as param');
	}
	const byId = stringListParam(params, 'userIds') !== undefined || stringParam(params, 'userId') !== undefined;
	return wanted
		.map((key) => (byId ? workspace.findUserById(key) : workspace.findUserByUsernameIgnoringCase(key)))
		.filter((user): user is WorkspaceUser => user !== undefined);
}
