import type { IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type {
	IUIKitResponse,
	UIKitBlockInteractionContext,
	UIKitViewCloseInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import { chosenGroups } from '../bulk/groupList';
import { readGroupListing, removeGroupListing, saveGroupListing } from '../bulk/groupListings';
import { leaveGroups } from '../bulk/leaveGroups';
import { readGroupList } from '../bulk/readGroupList';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { readUndoMinutes } from '../rocketchat/undoSetting';
import { CHOOSE_ACTION, CHOOSE_BLOCK, leaveGroupsDialog } from './leaveGroupsDialog';
import { summarizeLeaves } from './leaveGroupsSummary';

/**
 * /leavegroups and its dialog: the list opens it, each change of the choice relabels its button, and its submit leaves
 * the chosen groups. The list is kept in the app's persistence while the dialog is open, so neither of the later steps
 * lists every group again.
 */
export class LeaveGroupsInteractions {
	constructor(private readonly app: LeaveGroupApp) {}

	/** Opens the dialog; on an engine that cannot list a user's rooms, or for someone in no group, says so in `room`. */
	async open(read: IRead, modify: IModify, persistence: IPersistence, user: IUser, room: IRoom, triggerId: string | undefined): Promise<void> {
		const [language, groups] = await Promise.all([this.languageOf(read, user), readGroupList(read, user)]);
		if (!groups || groups.length === 0 || !triggerId) {
			const key = groups ? 'bulkNoGroups' : 'bulkNeedsNewerRocketChat';
			await this.app.getReplies().inRoom(read, user, room, { text: translate(language, key) });
			return;
		}
		await Promise.all([
			saveGroupListing(persistence, user.id, groups),
			modify.getUiController().openSurfaceView(leaveGroupsDialog(this.app.getID(), groups, [], language), { triggerId }, user),
		]);
	}

	async blockAction(context: UIKitBlockInteractionContext, read: IRead): Promise<IUIKitResponse> {
		const { user, value } = context.getInteractionData();
		const responder = context.getInteractionResponder();
		const [language, groups] = await Promise.all([this.languageOf(read, user), readGroupListing(read.getPersistenceReader(), user.id)]);
		if (!groups) {
			return responder.successResponse();
		}
		// A multi-select's value is the list of chosen option values, whatever the engine's type says.
		const chosen = chosenGroups(groups, value as unknown).map((group) => group.id);
		return responder.updateModalViewResponse(leaveGroupsDialog(this.app.getID(), groups, chosen, language));
	}

	async viewSubmit(context: UIKitViewSubmitInteractionContext, read: IRead, modify: IModify, persistence: IPersistence): Promise<IUIKitResponse> {
		const { user, view } = context.getInteractionData();
		const state = view.state as Record<string, Record<string, unknown>> | undefined;
		const [language, undoMinutes, groups] = await Promise.all([
			this.languageOf(read, user),
			readUndoMinutes(read).catch(() => 0),
			readGroupListing(read.getPersistenceReader(), user.id),
		]);
		const chosen = chosenGroups(groups ?? [], state?.[CHOOSE_BLOCK]?.[CHOOSE_ACTION]);
		const replies = this.app.getReplies();
		if (chosen.length === 0) {
			await replies.inDirectRoom(read, modify, user, { text: translate(language, 'bulkNothingChosen') });
			return context.getInteractionResponder().successResponse();
		}
		const outcomes = await leaveGroups({ read, modify, queue: this.app.getRoomQueue(), logger: this.app.getLogger() }, user, chosen);
		const summary = await summarizeLeaves(persistence, this.app.getLogger(), {
			appId: this.app.getID(),
			userId: user.id,
			outcomes,
			language,
			undoMinutes,
			now: Date.now(),
		});
		// The direct room: the person may have just left the room they typed the command in.
		await replies.inDirectRoom(read, modify, user, summary);
		// Answered with no view: Rocket.Chat's client closes the dialog.
		return context.getInteractionResponder().successResponse();
	}

	/** Closed without leaving: the kept list is no longer needed. */
	async viewClosed(context: UIKitViewCloseInteractionContext, persistence: IPersistence): Promise<IUIKitResponse> {
		await removeGroupListing(persistence, context.getInteractionData().user.id);
		return context.getInteractionResponder().successResponse();
	}

	private languageOf(read: IRead, user: IUser): Promise<Language> {
		return this.app.getReplies().languageOf(read, user, this.app.getLogger());
	}
}
