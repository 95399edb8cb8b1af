import type { WorkspaceSetting } from './records';

/** Rocket.Chat's server setting holding the workspace's default language, what users who never chose one see. */
export const LANGUAGE_SETTING_ID = 'Language';

/**
 * The server settings the sandbox keeps, registered as Rocket.Chat registers them (server/settings/general.ts):
 * `Language` ships empty, and stays so until an admin or OVERWRITE_SETTING_Language sets it. Server-side texts for a
 * user without a language preference then fall back to English.
 */
export function defaultServerSettings(now: Date): WorkspaceSetting[] {
	return [
		{
			_id: LANGUAGE_SETTING_ID,
			type: 'language',
			value: '',
			packageValue: '',
			public: true,
			secret: false,
			group: 'General',
			i18nLabel: 'Language',
			ts: now,
			_updatedAt: now,
		},
	];
}
