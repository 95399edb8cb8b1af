import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

export const SOLE_OWNER_DELETION_SETTING_ID = 'sole_owner_may_delete';

/** Core lets an owner delete their group; this lets an owner who is its only member leave it that way, or not. */
export const soleOwnerDeletionSetting: ISetting = {
	id: SOLE_OWNER_DELETION_SETTING_ID,
	type: SettingType.BOOLEAN,
	packageValue: true,
	required: false,
	public: false,
	i18nLabel: 'LeaveGroup_Sole_Owner_Delete',
	i18nDescription: 'LeaveGroup_Sole_Owner_Delete_Description',
};

export async function readSoleOwnerDeletion(read: IRead): Promise<boolean> {
	return (await read.getEnvironmentReader().getSettings().getValueById(SOLE_OWNER_DELETION_SETTING_ID)) !== false;
}
