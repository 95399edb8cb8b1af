import type { WorkspaceUser } from '../workspace/records';

// The user shapes Rocket.Chat's REST API shows; password hashes and login tokens never leave the workspace.

/** GET /me and login's `me`: the caller's own record, with the primary email repeated as `email`. */
export function meView(user: WorkspaceUser): Record<string, unknown> {
	return { ...user, ...(user.emails[0] ? { email: user.emails[0].address } : {}), settings: { preferences: {} } };
}

/** users.info about someone else, for a caller without view-full-other-user-info. */
export function limitedUserView(user: WorkspaceUser): Record<string, unknown> {
	return { _id: user._id, username: user.username, name: user.name, type: user.type, active: user.active, roles: user.roles };
}

/** A room member as groups.members lists them. */
export function memberView(user: WorkspaceUser): Record<string, unknown> {
	return { _id: user._id, username: user.username, name: user.name, _updatedAt: user._updatedAt };
}
