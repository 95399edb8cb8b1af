import { arch, cpus, freemem, platform, release, totalmem } from 'node:os';

import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceUser } from '../../workspace/records';
import { meView } from '../userViews';
import { stringParam } from '../params';
import type { Params, PublicRoute, Route } from '../route';
import { RestError } from '../respond';
import { type RestAnswer, typedSuccess } from '../restTypes';

// The Rocket.Chat version the sandbox answers like: the one whose Apps-Engine (1.62) it hosts.
export const EMULATED_VERSION = '8.4.0';

// The oldest desktop and mobile clients that Rocket.Chat 8.x accepts (its build's minimumClientVersions).
const MINIMUM_CLIENT_VERSIONS = { desktop: '3.9.6', mobile: '4.39.0' };

// Set once: Rocket.Chat reads its build record (Info) at build time.
const STARTED_AT = new Date().toISOString();

/**
 * GET /api/info as Rocket.Chat answers it (app/api/server/lib/getServerInfo.ts): anyone gets the version without its
 * patch, and the oldest supported clients; a caller holding view-statistics gets the full version and the build
 * record (Info) too. A workspace not registered with Rocket.Chat Cloud has no supportedVersions token to add.
 */
function serverInfo(workspace: Workspace, engineVersion: string, caller: WorkspaceUser | undefined): RestAnswer<'GET', '/info'> {
	const anyone = { version: EMULATED_VERSION.replace(/(\d+\.\d+).*/, '$1'), minimumClientVersions: MINIMUM_CLIENT_VERSIONS };
	if (!caller || !workspace.hasPermission(caller._id, 'view-statistics')) {
		return anyone;
	}
	const info = {
		version: EMULATED_VERSION,
		build: {
			date: STARTED_AT,
			nodeVersion: process.version,
			arch: arch(),
			platform: platform(),
			osRelease: release(),
			totalMemory: totalmem(),
			freeMemory: freemem(),
			cpus: cpus().length,
		},
		marketplaceApiVersion: engineVersion,
		commit: {},
	};
	// Rocket.Chat sends minimumClientVersions (and the version) next to `info`, which the typings leave out.
	const full = { version: EMULATED_VERSION, info, minimumClientVersions: MINIMUM_CLIENT_VERSIONS };
	return full;
}

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
		handle: ({ workspace, apps, caller }) => typedSuccess<'GET', '/info'>(serverInfo(workspace, apps.engineVersion, caller)),
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
			return typedSuccess<'POST', '/v1/login'>({
				status: 'success',
				data: { userId: user._id, authToken: workspace.issueLoginToken(user._id), me: meView(user) },
			});
		},
	},
];

export const sessionRoutes: Route[] = [
	{
		method: 'GET',
		path: 'v1/me',
		handle: ({ caller }) => typedSuccess<'GET', '/v1/me'>(meView(caller)),
	},
];
