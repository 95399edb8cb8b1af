import type { ILogger, IPersistence } from '@rocket.chat/apps-engine/definition/accessors';
import type { LayoutBlock } from '@rocket.chat/ui-kit';

import type { BatchOutcome } from '../bulk/leaveGroups';
import { LEAVES_IN_FLIGHT } from '../bulk/leaveGroups';
import { inParallel } from '../bulk/inParallel';
import type { MessageKey } from '../i18n/MessageKey';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import type { ReplyMessage } from '../rocketchat/PrivateReplies';
import { issueUndo, undoActions } from '../undo/leaveConfirmation';

/** Undo buttons per row of the summary, so a long batch wraps into rows instead of one endless line. */
const UNDO_BUTTONS_PER_ROW = 5;

const REASONS: Record<string, MessageKey> = {
	'error-room-archived': 'bulkReasonArchived',
	'error-not-allowed': 'bulkReasonNotAllowed',
	'error-user-not-in-room': 'bulkReasonGone',
	'error-you-are-last-owner': 'bulkReasonLastOwner',
	'error-removal-refused': 'bulkReasonRemovalRefused',
};

function reasonOf(outcome: BatchOutcome, language: Language): string {
	const name = outcome.group.name;
	if ('failed' in outcome) {
		return translate(language, 'bulkReasonFailed', { name });
	}
	const { result } = outcome;
	if (result.outcome !== 'refused') {
		return translate(language, 'bulkReasonGone', { name });
	}
	if (result.error.errorType === 'error-app-prevented') {
		const reason = result.error.reason;
		return reason ? translate(language, 'bulkReasonAppPrevented', { name, reason }) : translate(language, 'bulkReasonAppPreventedWithoutReason', { name });
	}
	return translate(language, REASONS[result.error.errorType], { name });
}

export interface SummaryInput {
	appId: string;
	userId: string;
	outcomes: ReadonlyArray<BatchOutcome>;
	language: Language;
	/** The Undo setting: 0 means no Undo. */
	undoMinutes: number;
	now: number;
}

/**
 * One message for the whole batch: the groups left, each with its own Undo (its ticket stored first, as for a single
 * leave), and every group not left with why. A ticket that cannot be stored costs that group its button, nothing else.
 */
export async function summarizeLeaves(persistence: IPersistence, logger: ILogger, input: SummaryInput): Promise<ReplyMessage> {
	const { appId, userId, outcomes, language, undoMinutes, now } = input;
	const left = outcomes.filter((outcome) => 'result' in outcome && outcome.result.outcome === 'left').map((outcome) => outcome.group);
	const notLeft = outcomes.filter((outcome) => !('result' in outcome) || outcome.result.outcome !== 'left');
	const lines = [
		...(left.length > 0 ? [translate(language, 'bulkLeft', { names: left.map((group) => `#${group.name}`).join(', ') })] : []),
		...(notLeft.length > 0 ? [translate(language, 'bulkNotLeft', { reasons: notLeft.map((outcome) => reasonOf(outcome, language)).join(', ') })] : []),
	];
	if (undoMinutes === 0 || left.length === 0) {
		return { text: lines.join('\n') };
	}
	const undos = await inParallel(left, LEAVES_IN_FLIGHT, async (group) => {
		try {
			const ticketId = await issueUndo(persistence, { userId, roomId: group.id, name: group.name }, undoMinutes, now);
			return [{ ticketId, label: translate(language, 'bulkUndoGroup', { name: group.name }) }];
		} catch (error) {
			logger.error(`/leavegroups could not store the Undo ticket for ${group.id}:`, error instanceof Error ? error.message : String(error));
			return [];
		}
	});
	const buttons = undos.flat();
	const blocks: LayoutBlock[] = [];
	for (let start = 0; start < buttons.length; start += UNDO_BUTTONS_PER_ROW) {
		blocks.push(undoActions(appId, `undo-${start / UNDO_BUTTONS_PER_ROW}`, buttons.slice(start, start + UNDO_BUTTONS_PER_ROW)));
	}
	const hint = buttons.length > 0 ? [translate(language, 'bulkUndoHint', { minutes: String(undoMinutes) })] : [];
	return { text: [...lines, ...hint].join('\n'), ...(blocks.length > 0 ? { blocks } : {}) };
}
