import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { UserStatusConnection, UserType } from '@rocket.chat/apps-engine/definition/users';

import type { WorkspaceUser } from '../../workspace/records';

const USER_TYPES: Record<WorkspaceUser['type'], UserType> = { user: UserType.USER, bot: UserType.BOT, app: UserType.APP };

/**
 * A workspace user as Rocket.Chat's AppUsersConverter hands it to apps: global roles only, `active` as `isEnabled`,
 * the language under settings.preferences. The workspace keeps no presence, so status is left unset and the
 * connection is UNDEFINED, as Rocket.Chat does for users without one. `appId` marks the app's own bot user.
 */
export function toAppUser(user: WorkspaceUser, appId?: string): IUser {
	return {
		id: user._id,
		username: user.username,
		emails: user.emails.map((email) => ({ ...email })),
		type: USER_TYPES[user.type],
		isEnabled: user.active,
		name: user.name,
		roles: [...user.roles],
		statusConnection: UserStatusConnection.UNDEFINED,
		createdAt: user.createdAt,
		updatedAt: user._updatedAt,
		...(appId === undefined ? {} : { appId }),
		settings: { preferences: user.language === undefined ? {} : { language: user.language } },
	} as IUser;
}
