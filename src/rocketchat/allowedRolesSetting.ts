import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

export const ALLOWED_ROLES_SETTING_ID = 'allowed_roles';

/** The roles that hold leave-p in a default Rocket.Chat. */
export const DEFAULT_ALLOWED_ROLES = 'admin,user,bot,anonymous,app';

/** An app cannot read the caller's permissions, so this list of global roles stands in for leave-p. */
export const allowedRolesSetting: ISetting = {
	id: ALLOWED_ROLES_SETTING_ID,
	type: SettingType.STRING,
	packageValue: DEFAULT_ALLOWED_ROLES,
	required: false,
	public: false,
	i18nLabel: 'LeaveGroup_Allowed_Roles',
	i18nDescription: 'LeaveGroup_Allowed_Roles_Description',
};

/** A comma-separated list; an empty value allows nobody. */
function parseAllowedRoles(value: unknown): string[] {
	const list = typeof value === 'string' ? value : DEFAULT_ALLOWED_ROLES;
	return list
		.split(',')
		.map((role) => role.trim())
		.filter((role) => role.length > 0);
}

export async function readAllowedRoles(read: IRead): Promise<string[]> {
	return parseAllowedRoles(await read.getEnvironmentReader().getSettings().getValueById(ALLOWED_ROLES_SETTING_ID));
}
