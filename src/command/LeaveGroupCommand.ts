import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
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
import { languagePreferenceOf, replyLanguage, translate } from '../i18n/translate';
import { withOptionsButton } from '../dialog/leaveDialog';
import { readUndoMinutes } from '../rocketchat/undoSetting';
import type { Confirmation } from '../undo/leaveConfirmation';
import { confirmLeave } from '../undo/leaveConfirmation';
import { AppUserCache } from './AppUserCache';
import type { Reply } from './commandReply';
import { replyFor } from './commandReply';
import type { CommandRequest } from './parseArguments';
import { parseArguments } from './parseArguments';

/** Rocket.Chat's server setting holding the workspace's default language. */
const WORKSPACE_LANGUAGE_SETTING_ID = 'Language';

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

	private readonly appUser = new AppUserCache();

	constructor(private readonly app: LeaveGroupApp) {}

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify, _http: IHttp, persistence: IPersistence): Promise<void> {
		const sender = context.getSender();
		const request = parseArguments(context.getArguments());
		// The reply's reads go out alongside the leave's own, so they add no round trip: its language, how long Undo lasts
		// and, when the sender is leaving the room typed in, the direct room the reply will then go to.
		const language = this.languageOf(read, sender);
		const undoMinutes = readUndoMinutes(read).catch(() => 0);
		const leavesRoomTypedIn = request.kind === 'currentRoom' && context.getRoom().type === RoomType.PRIVATE_GROUP;
		const directRoom = leavesRoomTypedIn ? this.findDirectRoom(read, sender) : undefined;
		let outcome: Outcome;
		try {
			outcome = await this.leave(request, context, read, modify);
		} catch (error) {
			this.app.getLogger().error('/leavegroup failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
			outcome = { reply: { key: 'unexpectedError' }, leftRoomTypedIn: false };
		}
		const message = await this.messageFor(outcome, sender, persistence, await language, await undoMinutes);
		// Rocket.Chat's client drops a room the moment its user leaves it, and with it any reply shown there.
		if (outcome.leftRoomTypedIn) {
			await this.tellInDirectRoom(sender, read, modify, message, directRoom ?? this.findDirectRoom(read, sender));
		} else {
			await this.tellInRoom(context, read, message);
		}
	}

	private async messageFor(outcome: Outcome, sender: IUser, persistence: IPersistence, language: Language, undoMinutes: number): Promise<Confirmation> {
		const text = translate(language, outcome.reply.key, outcome.reply.params);
		const appId = this.app.getID();
		if (outcome.optionsFor) {
			return { text, blocks: withOptionsButton(appId, outcome.optionsFor.id, text, language) };
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
		const env = { read, modify, queue: this.app.getRoomQueue() };
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

	/** An ephemeral message in the room typed in, only the sender sees it; nothing is stored. */
	private async tellInRoom(context: SlashCommandContext, read: IRead, { text, blocks }: Confirmation): Promise<void> {
		const sender = context.getSender();
		const message: IMessage = {
			room: context.getRoom(),
			sender: (await this.appUser.get(read)) ?? sender,
			text,
			groupable: false,
			...(blocks ? { blocks } : {}),
		};
		await read.getNotifier().notifyUser(sender, message);
	}

	/** A message in the app's direct room with the sender (`found`, or opened now): a room they still have. */
	private async tellInDirectRoom(
		sender: IUser,
		read: IRead,
		modify: IModify,
		{ text, blocks }: Confirmation,
		found: Promise<IRoom | undefined>,
	): Promise<void> {
		const appUser = await this.appUser.get(read);
		if (!appUser) {
			throw new Error('the app has no user to write from');
		}
		const room = (await found) ?? (await this.openDirectRoom(modify, appUser, sender));
		const creator = modify.getCreator();
		const message = creator.startMessage().setRoom(room).setSender(appUser).setText(text).setGroupable(false);
		await creator.finish(blocks ? message.setBlocks(blocks) : message);
	}

	/** undefined when there is none yet, or the lookup failed: opening it then finds an existing one anyway. */
	private async findDirectRoom(read: IRead, sender: IUser): Promise<IRoom | undefined> {
		try {
			const appUser = await this.appUser.get(read);
			return appUser && (await read.getRoomReader().getDirectByUsernames([appUser.username, sender.username]));
		} catch {
			return undefined;
		}
	}

	/** Rocket.Chat reuses the pair's direct room if it exists. The built room plus its id is all a message needs of it. */
	private async openDirectRoom(modify: IModify, appUser: IUser, sender: IUser): Promise<IRoom> {
		const creator = modify.getCreator();
		const builder = creator
			.startRoom()
			.setType(RoomType.DIRECT_MESSAGE)
			.setCreator(appUser)
			.setMembersToBeAddedByUsernames([appUser.username, sender.username]);
		const id = await creator.finish(builder);
		return { ...builder.getRoom(), id };
	}

	/**
	 * The sender's language; for a sender who never chose one, the workspace's default. A sender with a preference never
	 * costs that read. Any failure to read it (the permission withheld, the engine failing) leaves the reply in English.
	 */
	private async languageOf(read: IRead, sender: IUser): Promise<Language> {
		const preference = languagePreferenceOf(sender);
		if (preference !== undefined) {
			return replyLanguage(preference);
		}
		try {
			return replyLanguage(undefined, await read.getEnvironmentReader().getServerSettings().getValueById(WORKSPACE_LANGUAGE_SETTING_ID));
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.app.getLogger().error(`/leavegroup could not read the server setting ${WORKSPACE_LANGUAGE_SETTING_ID}, so it answers in English:`, reason);
			return replyLanguage(undefined);
		}
	}
}
