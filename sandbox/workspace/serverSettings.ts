import type { WorkspaceSetting } from './records';

/** Rocket.Chat's server setting holding the workspace's default language, what users who never chose one see. */
export const LANGUAGE_SETTING_ID = 'Language';

/**
 * The server settings the sandbox keeps, registered as Rocket.Chat registers them. `Language` ships empty in
 * Rocket.Chat; the sandbox's workspace is set to English, as the setup wizard leaves an English-speaking one.
 */
export function defaultServerSettings(now: Date): WorkspaceSetting[] {
	return [
		{
			_id: LANGUAGE_SETTING_ID,
			type: 'language',
			value: 'en',
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
