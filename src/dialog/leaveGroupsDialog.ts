import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { LayoutBlock } from '@rocket.chat/ui-kit';

import type { ListedGroup, ListedStatus } from '../bulk/groupList';
import type { MessageKey } from '../i18n/MessageKey';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { footerButton, section } from './blocks';

// The /leavegroups dialog. The groups a person can leave are one searchable multi-select: Rocket.Chat renders it with
// type-to-filter, so hundreds stay usable, and a choice survives any search (pages would lose it, or need a round
// trip each). The groups they cannot leave follow, by reason, named up to a point.

export const LEAVE_GROUPS_VIEW_ID = 'leave-groups';
export const CHOOSE_BLOCK = 'leave-groups.choose';
/** The multi-select: Rocket.Chat sends each change as a block action, so the submit button can say how many. */
export const CHOOSE_ACTION = 'leave-groups.choose';
export const LEAVE_GROUPS_ACTION = 'leave-groups.leave';

/** Names shown per reason; the rest are counted. */
export const NAMES_PER_REASON = 20;

const REFUSAL_TEXTS: Array<[Exclude<ListedStatus, 'leaves'>, MessageKey]> = [
	['lastOwner', 'bulkLastOwner'],
	['notAllowed', 'bulkNotAllowed'],
	['archived', 'bulkArchived'],
];

/** `#a, #b and 3 more` */
export function namesOf(language: Language, names: ReadonlyArray<string>, atMost: number): string {
	const shown = names
		.slice(0, atMost)
		.map((name) => `#${name}`)
		.join(', ');
	return names.length > atMost ? translate(language, 'bulkMore', { names: shown, count: String(names.length - atMost) }) : shown;
}

export function leaveGroupsDialog(
	appId: string,
	groups: ReadonlyArray<ListedGroup>,
	chosen: ReadonlyArray<string>,
	language: Language,
): IUIKitSurfaceViewParam {
	const t = (key: MessageKey, params: Record<string, string> = {}): string => translate(language, key, params);
	const leavable = groups.filter((group) => group.status === 'leaves');
	const offered = new Set(leavable.map((group) => group.id));
	const choice = chosen.filter((id) => offered.has(id));
	const blocks: LayoutBlock[] = [section(appId, 'intro', t('bulkIntro', { count: String(groups.length) }))];
	if (leavable.length > 0) {
		blocks.push({
			type: 'actions',
			appId,
			blockId: CHOOSE_BLOCK,
			elements: [
				{
					type: 'multi_static_select',
					appId,
					blockId: CHOOSE_BLOCK,
					actionId: CHOOSE_ACTION,
					placeholder: { type: 'plain_text', text: t('bulkPlaceholder', { count: String(leavable.length) }) },
					options: leavable.map((group) => ({ value: group.id, text: { type: 'plain_text', text: `#${group.name}` } })),
					initialValue: choice,
				},
			],
		});
	} else {
		blocks.push(section(appId, 'none', t('bulkNoneLeavable')));
	}
	for (const [status, key] of REFUSAL_TEXTS) {
		const names = groups.filter((group) => group.status === status).map((group) => group.name);
		if (names.length > 0) {
			blocks.push(section(appId, status, t(key, { names: namesOf(language, names, NAMES_PER_REASON) })));
		}
	}
	const submitLabel = choice.length === 1 ? t('bulkLeaveOne') : t('bulkLeaveMany', { count: String(choice.length) });
	return {
		id: LEAVE_GROUPS_VIEW_ID,
		type: UIKitSurfaceType.MODAL,
		title: { type: 'plain_text', text: t('bulkTitle') },
		blocks,
		close: footerButton(appId, 'leave-groups.cancel', t(choice.length > 0 ? 'dialogCancel' : 'dialogClose'), false),
		// Nothing to press until something is chosen.
		...(choice.length > 0 ? { submit: footerButton(appId, LEAVE_GROUPS_ACTION, submitLabel, true) } : {}),
	};
}
