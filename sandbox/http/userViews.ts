import type { IUser } from '@rocket.chat/core-typings';

import type { WorkspaceUser } from '../workspace/records';
import type { RestAnswer } from './restTypes';

// The user shapes Rocket.Chat's REST API shows; password hashes and login tokens never leave the workspace.

/**
 * GET /me and login's `me`, as app/api/server/helpers/getUserInfo.ts builds it: the record, `email` only for a verified
 * address, the preferences under `settings`, the avatar's URL, and whether a password exists (never the hash).
 */
export function meView(user: WorkspaceUser): RestAnswer<'GET', '/v1/me'> {
	const verified = user.emails.find((email) => email.verified);
	return {
		...user,
		...(verified ? { email: verified.address } : {}),
		// The typings (8.8) add the user's calendar settings, which no sandbox user has.
		settings: { profile: {}, preferences: {}, calendar: {} },
		// Rocket.Chat makes it absolute with Site_Url, a setting the sandbox does not keep.
		avatarUrl: `/avatar/${user.username}`,
		isOAuthUser: false,
		services: { password: { exists: true } },
	};
}

/**
 * users.info about someone else, for a caller without view-full-other-user-info: a projection of the record, where the
 * typings declare the whole IUser. Partial<IUser> still checks each field that is sent.
 */
export function limitedUserView(user: WorkspaceUser): IUser {
	const view: Partial<IUser> = { _id: user._id, username: user.username, name: user.name, type: user.type, active: user.active, roles: user.roles };
	return view as IUser;
}

/** A room member as groups.members lists them: a projection of the record, where the typings declare the whole IUser. */
export function memberView(user: WorkspaceUser): IUser {
	const view: Partial<IUser> = { _id: user._id, username: user.username, name: user.name, _updatedAt: user._updatedAt };
	return view as IUser;
}
