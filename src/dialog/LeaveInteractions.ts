import type { IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type {
	IUIKitResponse,
	UIKitActionButtonInteractionContext,
	UIKitBlockInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import type { MessageKey } from '../i18n/MessageKey';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { roomNotFound } from '../leave/leaveErrors';
import { leaveGroup } from '../leave/leaveGroup';
import { previewLeave } from '../leave/previewLeave';
import { groupName } from '../rocketchat/roomRecord';
import { readUndoMinutes } from '../rocketchat/undoSetting';
import { UNDO_ACTION, confirmLeave } from '../undo/leaveConfirmation';
import type { UndoOutcome } from '../undo/undoLeave';
import { undoLeave } from '../undo/undoLeave';
import { CONFIRM_BLOCK, CONFIRM_INPUT, DELETE_ACTION, OPEN_DIALOG_ACTION, leaveDialog, roomIdOfDialog } from './leaveDialog';

/**
 * The leave dialog's interactions: the room menu's button and a last owner's options button open it, its submit
 * leaves (or leaves by deleting), and an Undo button puts a leaver back. Every step re-reads what it acts on, because
 * the group may have changed since the dialog or the button was shown.
 */
export class LeaveInteractions {
	constructor(private readonly app: LeaveGroupApp) {}

	async actionButton(context: UIKitActionButtonInteractionContext, read: IRead, modify: IModify): Promise<IUIKitResponse> {
		const { actionId, user, room, triggerId } = context.getInteractionData();
		if (actionId === OPEN_DIALOG_ACTION) {
			await this.openDialog(read, modify, user, room, triggerId);
		}
		return context.getInteractionResponder().successResponse();
	}

	async blockAction(context: UIKitBlockInteractionContext, read: IRead, modify: IModify, persistence: IPersistence): Promise<IUIKitResponse> {
		const { actionId, user, room, triggerId, value } = context.getInteractionData();
		if (actionId === OPEN_DIALOG_ACTION && value) {
			const group = await read.getRoomReader().getById(value);
			await this.openDialog(read, modify, user, group, triggerId, value);
		}
		if (actionId === UNDO_ACTION) {
			const env = { read, modify, persistence, queue: this.app.getRoomQueue() };
			// The reply's language is read alongside the undo's own reads.
			const language = this.languageOf(read, user);
			const outcome = await undoLeave(env, user, value ?? '', Date.now());
			await this.tell(read, modify, user, room, undoMessage(outcome, await language));
		}
		return context.getInteractionResponder().successResponse();
	}

	async viewSubmit(context: UIKitViewSubmitInteractionContext, read: IRead, modify: IModify, persistence: IPersistence): Promise<IUIKitResponse> {
		const { view, user, actionId } = context.getInteractionData();
		const responder = context.getInteractionResponder();
		const roomId = roomIdOfDialog(view.id);
		if (!roomId) {
			return responder.successResponse();
		}
		// The reply's reads (its language, how long Undo lasts) go out alongside the leave's own.
		const language = this.languageOf(read, user);
		if ((actionId ?? view.submit?.actionId) === DELETE_ACTION) {
			const typed = (view.state as Record<string, Record<string, unknown>> | undefined)?.[CONFIRM_BLOCK]?.[CONFIRM_INPUT];
			return this.leaveByDeleting(context, read, modify, user, roomId, typeof typed === 'string' ? typed.trim() : '', await language);
		}
		const undoMinutes = readUndoMinutes(read).catch(() => 0);
		const result = await leaveGroup({ read, modify, queue: this.app.getRoomQueue(), logger: this.app.getLogger() }, user, { roomId });
		if (result.outcome === 'left') {
			const left = { userId: user.id, roomId, name: groupName(result.room) };
			const message = await confirmLeave(persistence, this.app.getID(), left, await language, await undoMinutes, Date.now());
			await this.app.getReplies().inDirectRoom(read, modify, user, message);
			// Answered with no view: Rocket.Chat's client closes the dialog.
			return responder.successResponse();
		}
		// Something changed since the dialog opened: it shows what leaving would do now.
		return this.updatedDialog(context, read, user, result.outcome === 'refused' ? result.room : undefined, roomId, await language);
	}

	private async leaveByDeleting(
		context: UIKitViewSubmitInteractionContext,
		read: IRead,
		modify: IModify,
		user: IUser,
		roomId: string,
		typed: string,
		language: Language,
	): Promise<IUIKitResponse> {
		const responder = context.getInteractionResponder();
		return this.app.getRoomQueue().run(roomId, async () => {
			const room = await read.getRoomReader().getById(roomId);
			const preview = room && (await previewLeave(read, user, room));
			if (!room || preview?.plan.kind !== 'deleteGroup') {
				return this.updatedDialog(context, read, user, room, roomId, language);
			}
			const name = groupName(room);
			if (typed !== name) {
				const viewId = context.getInteractionData().view.id;
				return responder.viewErrorResponse({ viewId, errors: { [CONFIRM_INPUT]: translate(language, 'dialogDeleteMismatch', { name }) } });
			}
			await modify.getDeleter().deleteRoom(roomId);
			await this.app.getReplies().inDirectRoom(read, modify, user, { text: translate(language, 'deleted', { name }) });
			return responder.successResponse();
		});
	}

	private async updatedDialog(
		context: UIKitViewSubmitInteractionContext,
		read: IRead,
		user: IUser,
		room: IRoom | undefined,
		roomId: string,
		language: Language,
	): Promise<IUIKitResponse> {
		const current = room ?? (await read.getRoomReader().getById(roomId));
		const preview = current ? await previewLeave(read, user, current) : { plan: { kind: 'refused' as const, error: roomNotFound() }, roomRoles: [] };
		const name = current ? groupName(current) : '';
		return context.getInteractionResponder().updateModalViewResponse(leaveDialog({ appId: this.app.getID(), roomId, name, preview, language }));
	}

	/** `reference`: how the group was named, for the answer when it is gone. */
	private async openDialog(read: IRead, modify: IModify, user: IUser, room: IRoom | undefined, triggerId: string, reference = ''): Promise<void> {
		const [language, preview] = await Promise.all([this.languageOf(read, user), room && previewLeave(read, user, room)]);
		if (!room || !preview) {
			await this.app.getReplies().inDirectRoom(read, modify, user, { text: translate(language, 'groupNotFound', { reference }) });
			return;
		}
		const view = leaveDialog({ appId: this.app.getID(), roomId: room.id, name: groupName(room), preview, language });
		await modify.getUiController().openSurfaceView(view, { triggerId }, user);
	}

	private languageOf(read: IRead, user: IUser): Promise<Language> {
		return this.app.getReplies().languageOf(read, user, this.app.getLogger());
	}

	/** In the room the button was in when it was a room's; otherwise in the app's direct room. */
	private async tell(read: IRead, modify: IModify, user: IUser, room: IRoom | undefined, text: string): Promise<void> {
		const replies = this.app.getReplies();
		await (room ? replies.inRoom(read, user, room, { text }) : replies.inDirectRoom(read, modify, user, { text }));
	}
}

const UNDO_TEXTS: Record<Exclude<UndoOutcome, { kind: 'undone' }>['refusal'], MessageKey> = {
	unknown: 'undoNotYours',
	notYours: 'undoNotYours',
	used: 'undoUsed',
	expired: 'undoExpired',
	gone: 'undoGone',
	archived: 'undoArchived',
	alreadyMember: 'undoAlreadyMember',
};

function undoMessage(outcome: UndoOutcome, language: Language): string {
	if (outcome.kind === 'undone') {
		return translate(language, 'undone', { name: outcome.roomName });
	}
	return translate(language, UNDO_TEXTS[outcome.refusal], 'roomName' in outcome ? { name: outcome.roomName } : {});
}
