import type { ILogger, IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { LayoutBlock } from '@rocket.chat/ui-kit';

import type { Language } from '../i18n/translate';
import { languagePreferenceOf, replyLanguage } from '../i18n/translate';
import { AppUserCache } from './AppUserCache';

/** Rocket.Chat's server setting holding the workspace's default language. */
const WORKSPACE_LANGUAGE_SETTING_ID = 'Language';

export interface ReplyMessage {
	text: string;
	blocks?: LayoutBlock[];
}

/**
 * How the app tells one person something only they see, signed by the app's user: an ephemeral message in a room they
 * have, or a message in the app's direct room with them, for when the room they acted in is gone from their client.
 */
export class PrivateReplies {
	private readonly appUser = new AppUserCache();

	/** An ephemeral message in `room`; nothing is stored. */
	async inRoom(read: IRead, user: IUser, room: IRoom, { text, blocks }: ReplyMessage): Promise<void> {
		const message: IMessage = { room, sender: (await this.appUser.get(read)) ?? user, text, groupable: false, ...(blocks ? { blocks } : {}) };
		await read.getNotifier().notifyUser(user, message);
	}

	/** A message in the app's direct room with `user`: `room` when already at hand, else found or opened now. */
	async inDirectRoom(read: IRead, modify: IModify, user: IUser, { text, blocks }: ReplyMessage, room?: Promise<IRoom>): Promise<void> {
		const [appUser, target] = await Promise.all([this.requireAppUser(read), room ?? this.directRoom(read, modify, user)]);
		const creator = modify.getCreator();
		const message = creator.startMessage().setRoom(target).setSender(appUser).setText(text).setGroupable(false);
		await creator.finish(blocks ? message.setBlocks(blocks) : message);
	}

	/** The app's direct room with `user`: `found` when it was looked up already, else looked up now; opened when missing. */
	async directRoom(read: IRead, modify: IModify, user: IUser, found = this.findDirectRoom(read, user)): Promise<IRoom> {
		return (await found) ?? openDirectRoom(modify, await this.requireAppUser(read), user);
	}

	private async requireAppUser(read: IRead): Promise<IUser> {
		const appUser = await this.appUser.get(read);
		if (!appUser) {
			throw new Error('the app has no user to write from');
		}
		return appUser;
	}

	/** undefined when there is none yet, or the lookup failed: opening it then finds an existing one anyway. */
	async findDirectRoom(read: IRead, user: IUser): Promise<IRoom | undefined> {
		try {
			const appUser = await this.appUser.get(read);
			return appUser && (await read.getRoomReader().getDirectByUsernames([appUser.username, user.username]));
		} catch {
			return undefined;
		}
	}

	/**
	 * The user's language; for one who never chose one, the workspace's default. A user with a preference never costs
	 * that read. Any failure to read it (the permission withheld, the engine failing) leaves the reply in English and is
	 * logged to `logger`: the caller's, since the runtime gives the app a new logger for each call it handles.
	 */
	async languageOf(read: IRead, user: IUser, logger: ILogger): Promise<Language> {
		const preference = languagePreferenceOf(user);
		if (preference !== undefined) {
			return replyLanguage(preference);
		}
		try {
			return replyLanguage(undefined, await read.getEnvironmentReader().getServerSettings().getValueById(WORKSPACE_LANGUAGE_SETTING_ID));
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			logger.error(`/leavegroup could not read the server setting ${WORKSPACE_LANGUAGE_SETTING_ID}, so it answers in English:`, reason);
			return replyLanguage(undefined);
		}
	}
}

/** Rocket.Chat reuses the pair's direct room if it exists. The built room plus its id is all a message needs of it. */
async function openDirectRoom(modify: IModify, appUser: IUser, user: IUser): Promise<IRoom> {
	const creator = modify.getCreator();
	const builder = creator.startRoom().setType(RoomType.DIRECT_MESSAGE).setCreator(appUser).setMembersToBeAddedByUsernames([appUser.username, user.username]);
	const id = await creator.finish(builder);
	return { ...builder.getRoom(), id };
}
