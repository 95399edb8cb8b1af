import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import { findRoomByArgument } from '../rocketchat/findRoom';
import type { LeaveResult } from '../leave/leaveGroup';
import { leaveGroup } from '../leave/leaveGroup';
import { groupName } from '../rocketchat/roomRecord';
import type { Language } from '../i18n/translate';
import { translate } from '../i18n/translate';
import type { ReplyMessage } from '../rocketchat/PrivateReplies';
import { optionsButton } from '../dialog/leaveDialog';
import { readUndoMinutes } from '../rocketchat/undoSetting';
import { confirmLeave } from '../undo/leaveConfirmation';
import type { Reply } from './commandReply';
import { replyFor } from './commandReply';
import type { CommandRequest } from './parseArguments';
import { parseArguments } from './parseArguments';

/** What to tell the sender, and whether the leave took away the room they typed in (and so the place to tell it). */
interface Outcome {
	reply: Reply;
	leftRoomTypedIn: boolean;
	/** The group left: its confirmation carries Undo. */
	left?: IRoom;
	/** A refused last owner's group: the reply offers the leave dialog's options. */
	optionsFor?: IRoom;
}

/** `/leavegroup [#name | name | roomId]`: leave the private group typed in, or the one named, and be told privately how it went. */
export class LeaveGroupCommand implements ISlashCommand {
	public command = 'leavegroup';

	public i18nDescription = 'LeaveGroup_Command_Description';

	public i18nParamsExample = 'LeaveGroup_Command_Params_Example';

	// Rocket.Chat's client offers the command only to holders of leave-p; its server does not check it, so the leave
	// applies the allowed-roles setting itself, as the endpoint does.
	public permission = 'leave-p';

	public providesPreview = false;

	constructor(private readonly app: LeaveGroupApp) {}

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify, _http: IHttp, persistence: IPersistence): Promise<void> {
		const sender = context.getSender();
		const request = parseArguments(context.getArguments());
		// The reply's reads go out alongside the leave's own, so they add no round trip: its language, how long Undo lasts
		// and, when the sender is leaving the room typed in, the direct room the reply will then go to.
		const replies = this.app.getReplies();
		const language = replies.languageOf(read, sender, this.app.getLogger());
		const undoMinutes = readUndoMinutes(read).catch(() => 0);
		const leavesRoomTypedIn = request.kind === 'currentRoom' && context.getRoom().type === RoomType.PRIVATE_GROUP;
		const directRoom = leavesRoomTypedIn ? replies.findDirectRoom(read, sender) : undefined;
		let outcome: Outcome;
		try {
			outcome = await this.leave(request, context, read, modify);
		} catch (error) {
			this.app.getLogger().error('/leavegroup failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
			outcome = { reply: { key: 'unexpectedError' }, leftRoomTypedIn: false };
		}
		// Rocket.Chat's client drops a room the moment its user leaves it, and with it any reply shown there: that reply
		// goes to the direct room, made ready while the confirmation's Undo ticket is stored.
		const target = outcome.leftRoomTypedIn ? replies.directRoom(read, modify, sender, directRoom) : undefined;
		// Awaited below; marked handled now, so a failure while the ticket is stored is not an unhandled rejection.
		target?.catch(() => undefined);
		const message = await this.messageFor(outcome, sender, persistence, await language, await undoMinutes);
		if (target) {
			await replies.inDirectRoom(read, modify, sender, message, target);
		} else {
			await replies.inRoom(read, sender, context.getRoom(), message);
		}
	}

	private async messageFor(outcome: Outcome, sender: IUser, persistence: IPersistence, language: Language, undoMinutes: number): Promise<ReplyMessage> {
		const text = translate(language, outcome.reply.key, outcome.reply.params);
		const appId = this.app.getID();
		if (outcome.optionsFor) {
			return { text, blocks: optionsButton(appId, outcome.optionsFor.id, language) };
		}
		if (!outcome.left) {
			return { text };
		}
		try {
			return await confirmLeave(
				persistence,
				appId,
				{ userId: sender.id, roomId: outcome.left.id, name: groupName(outcome.left) },
				language,
				undoMinutes,
				Date.now(),
			);
		} catch (error) {
			// The leave is done either way; without its ticket, the confirmation goes without Undo.
			this.app.getLogger().error('/leavegroup could not store the Undo ticket:', error instanceof Error ? error.message : String(error));
			return { text };
		}
	}

	private async leave(request: CommandRequest, context: SlashCommandContext, read: IRead, modify: IModify): Promise<Outcome> {
		const sender = context.getSender();
		const typedIn = context.getRoom();
		const env = { read, modify, queue: this.app.getRoomQueue(), logger: this.app.getLogger() };
		const outcomeOf = async (reference: string, result: LeaveResult): Promise<Outcome> => ({
			reply: await replyFor(read, sender, reference, result, this.app.getLogger()),
			leftRoomTypedIn: result.outcome === 'left' && result.room.id === typedIn.id,
			...(result.outcome === 'left' ? { left: result.room } : {}),
			...(result.outcome === 'refused' && result.error.errorType === 'error-you-are-last-owner' ? { optionsFor: result.room } : {}),
		});
		switch (request.kind) {
			case 'usage':
				return { reply: { key: 'usage' }, leftRoomTypedIn: false };
			case 'currentRoom':
				if (typedIn.type !== RoomType.PRIVATE_GROUP) {
					return { reply: { key: 'notPrivateGroup' }, leftRoomTypedIn: false };
				}
				// The room Rocket.Chat handed the command is the group: no lookup needed.
				return outcomeOf(groupName(typedIn), await leaveGroup(env, sender, { room: typedIn }));
			case 'namedGroup': {
				const room = await findRoomByArgument(read, request.reference);
				return outcomeOf(request.reference, await leaveGroup(env, sender, { room }));
			}
		}
	}
}
