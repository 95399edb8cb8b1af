import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';

import type { WorkspaceSetting } from '../../workspace/records';

/**
 * A server setting as Rocket.Chat's settings converter hands it to apps. Rocket.Chat maps its own type names to the
 * engine's and passes the others (such as `language`) through unchanged; `required` is not set.
 */
export function toAppSetting(setting: WorkspaceSetting): ISetting {
	return {
		id: setting._id,
		type: setting.type,
		packageValue: setting.packageValue,
		value: setting.value,
		public: setting.public,
		group: setting.group,
		i18nLabel: setting.i18nLabel,
		createdAt: setting.ts,
		updatedAt: setting._updatedAt,
	} as unknown as ISetting;
}
