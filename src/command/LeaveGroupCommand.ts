import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import { findRoomByArgument } from '../rocketchat/findRoom';
import { leaveGroup } from '../leave/leaveGroup';
import { groupName } from '../rocketchat/roomRecord';
import type { Language } from '../i18n/translate';
import { languagePreferenceOf, replyLanguage, translate } from '../i18n/translate';
import { AppUserCache } from './AppUserCache';
import type { Reply } from './commandReply';
import { replyFor } from './commandReply';
import { parseArguments } from './parseArguments';

/** Rocket.Chat's server setting holding the workspace's default language. */
const WORKSPACE_LANGUAGE_SETTING_ID = 'Language';

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

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify): Promise<void> {
		// The reply's language is read alongside the leave's own reads, so it adds no round trip of its own.
		const language = this.languageOf(read, context.getSender());
		let reply: Reply;
		try {
			reply = await this.leave(context, read, modify);
		} catch (error) {
			this.app.getLogger().error('/leavegroup failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
			reply = { key: 'unexpectedError' };
		}
		await this.tell(context, read, await language, reply);
	}

	private async leave(context: SlashCommandContext, read: IRead, modify: IModify): Promise<Reply> {
		const request = parseArguments(context.getArguments());
		const sender = context.getSender();
		const env = { read, modify, queue: this.app.getRoomQueue() };
		switch (request.kind) {
			case 'usage':
				return { key: 'usage' };
			case 'currentRoom': {
				const room = context.getRoom();
				if (room.type !== RoomType.PRIVATE_GROUP) {
					return { key: 'notPrivateGroup' };
				}
				// The room Rocket.Chat handed the command is the group: no lookup needed.
				return replyFor(read, sender, groupName(room), await leaveGroup(env, sender, { room }), this.app.getLogger());
			}
			case 'namedGroup': {
				const room = await findRoomByArgument(read, request.reference);
				return replyFor(read, sender, request.reference, await leaveGroup(env, sender, { room }), this.app.getLogger());
			}
		}
	}

	/** An ephemeral message in the room typed in, only the sender sees it; nothing is stored. */
	private async tell(context: SlashCommandContext, read: IRead, language: Language, reply: Reply): Promise<void> {
		const sender = context.getSender();
		const message: IMessage = {
			room: context.getRoom(),
			sender: (await this.appUser.get(read)) ?? sender,
			text: translate(language, reply.key, reply.params),
			groupable: false,
		};
		await read.getNotifier().notifyUser(sender, message);
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
