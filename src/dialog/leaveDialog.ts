import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { ButtonElement, LayoutBlock } from '@rocket.chat/ui-kit';

import type { LeaveError } from '../leave/leaveErrors';
import type { LeavePreview } from '../leave/previewLeave';
import type { MessageKey } from '../i18n/MessageKey';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { footerButton, section } from './blocks';

// The leave dialog: what leaving would do, then exactly one way on (Leave, Leave and delete, or nothing to press).

/** The room menu's button, and the button of a refused last owner's reply: both open the dialog. */
export const OPEN_DIALOG_ACTION = 'leave-group.open';
export const LEAVE_ACTION = 'leave-group.leave';
export const DELETE_ACTION = 'leave-group.delete';
export const CONFIRM_BLOCK = 'leave-group.confirm';
export const CONFIRM_INPUT = 'name';

const VIEW_PREFIX = 'leave-group:';

/** A submitted view carries no room, so the dialog's id names it. */
export const dialogIdFor = (roomId: string): string => `${VIEW_PREFIX}${roomId}`;

export function roomIdOfDialog(viewId: string): string | undefined {
	return viewId.startsWith(VIEW_PREFIX) && viewId.length > VIEW_PREFIX.length ? viewId.slice(VIEW_PREFIX.length) : undefined;
}

export interface DialogInput {
	appId: string;
	roomId: string;
	name: string;
	preview: LeavePreview;
	language: Language;
}

export function leaveDialog({ appId, roomId, name, preview, language }: DialogInput): IUIKitSurfaceViewParam {
	const t = (key: MessageKey, params: Record<string, string> = {}): string => translate(language, key, { name, reference: name, ...params });
	const text = (blockId: string, words: string): LayoutBlock => section(appId, blockId, words);
	const button = (actionId: string, key: MessageKey, danger: boolean): ButtonElement => footerButton(appId, actionId, t(key), danger);
	const view = (blocks: LayoutBlock[], submit?: ButtonElement): IUIKitSurfaceViewParam => ({
		id: dialogIdFor(roomId),
		type: UIKitSurfaceType.MODAL,
		title: { type: 'plain_text', text: t('dialogTitle') },
		blocks,
		close: button('leave-group.cancel', submit ? 'dialogCancel' : 'dialogClose', false),
		...(submit ? { submit } : {}),
	});
	const { plan, roomRoles } = preview;
	switch (plan.kind) {
		case 'leave': {
			const roles = roomRoles.length > 0 ? [text('roles', t('dialogYourRoles', { roles: roomRoles.join(', ') }))] : [];
			const rejoin = plan.rejoinVia.map((username) => `@${username}`).join(', ');
			return view([text('what', t('dialogWhatLeavingDoes', { rejoin })), ...roles], button(LEAVE_ACTION, 'dialogLeave', true));
		}
		case 'lastOwner': {
			const candidates = plan.candidates.map((username) => `@${username}`).join(', ');
			return view([text('why', t('dialogLastOwner')), text('candidates', t('dialogCandidates', { candidates }))]);
		}
		case 'deleteGroup':
			return view(
				[
					text('what', t('dialogDeleteExplain')),
					{
						type: 'input',
						appId,
						blockId: CONFIRM_BLOCK,
						label: { type: 'plain_text', text: t('dialogDeleteLabel') },
						element: {
							type: 'plain_text_input',
							appId,
							blockId: CONFIRM_BLOCK,
							actionId: CONFIRM_INPUT,
							placeholder: { type: 'plain_text', text: name },
						},
					},
				],
				button(DELETE_ACTION, 'dialogDeleteButton', true),
			);
		case 'refused':
			return view([text('why', t(refusalKey(plan.error)))]);
	}
}

/** Why nothing can be pressed, in the words /leavegroup uses for the same refusal. */
function refusalKey(error: LeaveError): MessageKey {
	switch (error.errorType) {
		case 'error-room-archived':
			return 'groupArchived';
		case 'error-not-allowed':
			return 'notAllowed';
		case 'error-user-not-in-room':
			return 'notInDiscussion';
		case 'error-you-are-last-owner':
			// Only an owner who is the only member gets here, when deleting through the app is turned off.
			return 'soleOwnerCannotDelete';
		default:
			return 'groupNotFound';
	}
}

/**
 * The button under a reply that opens the dialog for the group (its id as the button's value). Rocket.Chat shows a
 * message's text above its blocks, so the blocks hold only the button.
 */
export function optionsButton(appId: string, roomId: string, language: Language): LayoutBlock[] {
	return [
		{
			type: 'actions',
			appId,
			blockId: 'options',
			elements: [
				{
					type: 'button',
					appId,
					blockId: 'options',
					actionId: OPEN_DIALOG_ACTION,
					value: roomId,
					text: { type: 'plain_text', text: translate(language, 'lastOwnerOptions') },
				},
			],
		},
	];
}
