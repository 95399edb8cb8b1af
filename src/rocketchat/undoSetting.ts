import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

export const UNDO_MINUTES_SETTING_ID = 'undo_minutes';

const DEFAULT_UNDO_MINUTES = 10;

/** How long a leave's confirmation offers Undo; 0 turns Undo off. */
export const undoMinutesSetting: ISetting = {
	id: UNDO_MINUTES_SETTING_ID,
	type: SettingType.NUMBER,
	packageValue: DEFAULT_UNDO_MINUTES,
	required: false,
	public: false,
	i18nLabel: 'LeaveGroup_Undo_Minutes',
	i18nDescription: 'LeaveGroup_Undo_Minutes_Description',
};

/** Whole minutes, never negative; a value that is no number is the default. */
export async function readUndoMinutes(read: IRead): Promise<number> {
	const value: unknown = await read.getEnvironmentReader().getSettings().getValueById(UNDO_MINUTES_SETTING_ID);
	const minutes = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(minutes) ? Math.max(0, Math.floor(minutes)) : DEFAULT_UNDO_MINUTES;
}
