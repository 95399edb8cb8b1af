import type { AppSetting, AppsGateway } from '../AppsGateway';
import { has } from '../params';
import type { Params, Route, RouteContext } from '../route';
import { RestError, failure, invalidParams, permissionsRequired, success } from '../respond';

// The settings routes of Rocket.Chat's apps admin API (/api/apps/:id/settings; manage-apps, admins by default).
// Rocket.Chat's POST skips unknown setting ids and stores any value as sent; the sandbox refuses both instead, so a
// script's mistake shows here rather than passing unnoticed, and it takes only `id` and `value` from each entry.

function notFound(message: string): RestError {
	return new RestError(404, { success: false, error: message });
}

function requireManageApps({ workspace, caller }: RouteContext): void {
	if (!workspace.hasPermission(caller._id, 'manage-apps')) {
		throw permissionsRequired();
	}
}

function settingsOf(apps: AppsGateway, appId: string): Record<string, AppSetting> {
	const settings = apps.appSettings(appId);
	if (!settings) {
		throw notFound(`No App found by the id of: ${appId}`);
	}
	return settings;
}

// What a value of each setting type is (the Apps-Engine's SettingType); a type not listed takes a string.
const VALUE_KINDS: Record<string, { label: string; accepts: (value: unknown) => boolean }> = {
	boolean: { label: 'a boolean', accepts: (value) => typeof value === 'boolean' },
	int: { label: 'a number', accepts: (value) => typeof value === 'number' && Number.isFinite(value) },
	multiSelect: { label: 'an array of strings', accepts: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string') },
};
const STRING_KIND = { label: 'a string', accepts: (value: unknown) => typeof value === 'string' };

interface SettingChange {
	id: string;
	value: unknown;
	/** The entry as posted: Rocket.Chat answers these in `updated`. */
	posted: Params;
}

/** Every entry checked before any is stored, so a refused request changes nothing. */
function changesFrom(bodyParams: Params, settings: Record<string, AppSetting>): SettingChange[] {
	const entries = bodyParams.settings;
	if (!Array.isArray(entries)) {
		throw invalidParams('The settings to update must be an array of settings, each with an "id".');
	}
	return entries.map((entry: unknown) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || typeof (entry as Params).id !== 'string') {
			throw invalidParams('Each setting to update must be an object with an "id" (a string).');
		}
		const { id, value } = entry as Params & { id: string };
		const setting = has(settings, id) ? settings[id] : undefined;
		if (!setting) {
			throw notFound(`No Setting found on the App by the id of: "${id}"`);
		}
		// No value (absent or null) is what the engine reads as "the app's default" (packageValue).
		const kind = VALUE_KINDS[setting.type] ?? STRING_KIND;
		if (value !== undefined && value !== null && !kind.accepts(value)) {
			throw invalidParams(`The value of the setting "${id}" must be ${kind.label} (its type is ${setting.type}).`);
		}
		return { id, value, posted: entry as Params };
	});
}

export const appAdminRoutes: Route[] = [
	{
		// The app's settings by id, hidden ones left out.
		method: 'GET',
		path: 'apps/:id/settings',
		handle: (context) => {
			requireManageApps(context);
			const settings = settingsOf(context.apps, context.urlParams.id);
			// Rocket.Chat answers the app's settings record, an object by id; the typings declare a list (ISetting[]).
			return success({ settings: Object.fromEntries(Object.entries(settings).filter(([, setting]) => !setting.hidden)) });
		},
	},
	{
		// Body: {"settings": [{"id", "value", …}]} (Rocket.Chat's client posts each setting whole, as GET answers it). Only settings whose value changes are stored (in the order sent) and
		// answered in `updated`; each store runs the app's onPreSettingUpdate and onSettingUpdated.
		method: 'POST',
		path: 'apps/:id/settings',
		handle: async (context) => {
			requireManageApps(context);
			const { apps, bodyParams, urlParams } = context;
			if (!bodyParams.settings) {
				throw failure('The settings to update must be present.');
			}
			const settings = settingsOf(apps, urlParams.id);
			const updated: Params[] = [];
			for (const { id, value, posted } of changesFrom(bodyParams, settings)) {
				const { value: previous, ...definition } = settings[id];
				if (previous !== value) {
					// No `value` key at all when none is posted: the engine's messages to the app would turn undefined into null.
					await apps.updateAppSetting(urlParams.id, value === undefined ? definition : { ...definition, value });
					updated.push(posted);
				}
			}
			// The entries as posted, which the typings call ISetting[]: whatever the client sent.
			return success({ updated });
		},
	},
];
