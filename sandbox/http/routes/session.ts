import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceUser } from '../../workspace/records';
import { meView } from '../userViews';
import { stringParam } from '../params';
import type { Params, PublicRoute, Route } from '../route';
import { RestError, success } from '../respond';

// The Rocket.Chat version the sandbox answers like: the one whose Apps-Engine (1.62) it hosts.
export const EMULATED_VERSION = '8.4.0';

function loginRefused(): RestError {
	return new RestError(401, { success: false, status: 'error', error: 'Unauthorized', message: 'Unauthorized' });
}

function findLoginUser(workspace: Workspace, bodyParams: Params): WorkspaceUser | undefined {
	const login = stringParam(bodyParams, 'user');
	if (login !== undefined) {
		return login.includes('@') ? workspace.findUserByEmail(login) : workspace.findUserByUsernameIgnoringCase(login);
	}
	const username = stringParam(bodyParams, 'username');
	if (username !== undefined) {
		return workspace.findUserByUsernameIgnoringCase(username);
	}
	const email = stringParam(bodyParams, 'email');
	return email === undefined ? undefined : workspace.findUserByEmail(email);
}

export const publicSessionRoutes: PublicRoute[] = [
	{
		method: 'GET',
		path: 'info',
		handle: () => success({ version: EMULATED_VERSION }),
	},
	{
		// `user` (a username, or an email when it holds an @), `username` or `email`, with `password`.
		method: 'POST',
		path: 'v1/login',
		handle: ({ workspace, bodyParams }) => {
			const password = stringParam(bodyParams, 'password');
			const user = findLoginUser(workspace, bodyParams);
			// Rocket.Chat gives one answer for an unknown user and a wrong password, so neither can be probed.
			if (!user || !user.active || password === undefined || !workspace.checkPassword(user._id, password)) {
				throw loginRefused();
			}
			return success({ status: 'success', data: { userId: user._id, authToken: workspace.issueLoginToken(user._id), me: meView(user) } });
		},
	},
];

export const sessionRoutes: Route[] = [
	{
		method: 'GET',
		path: 'v1/me',
		handle: ({ caller }) => success(meView(caller)),
	},
];
