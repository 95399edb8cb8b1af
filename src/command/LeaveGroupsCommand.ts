import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import { LeaveGroupsInteractions } from '../dialog/LeaveGroupsInteractions';
import { translate } from '../i18n/translate';

/** `/leavegroups`: a dialog of every private group the sender is in, to leave several at once. */
export class LeaveGroupsCommand implements ISlashCommand {
	public command = 'leavegroups';

	public i18nDescription = 'LeaveGroups_Command_Description';

	public i18nParamsExample = '';

	// As for /leavegroup: the client offers it to holders of leave-p; each leave applies the allowed-roles setting.
	public permission = 'leave-p';

	public providesPreview = false;

	constructor(private readonly app: LeaveGroupApp) {}

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify, _http: IHttp, persistence: IPersistence): Promise<void> {
		const sender = context.getSender();
		try {
			await new LeaveGroupsInteractions(this.app).open(read, modify, persistence, sender, context.getRoom(), context.getTriggerId());
		} catch (error) {
			this.app.getLogger().error('/leavegroups failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
			const language = await this.app.getReplies().languageOf(read, sender, this.app.getLogger());
			await this.app.getReplies().inRoom(read, sender, context.getRoom(), { text: translate(language, 'bulkListFailed') });
		}
	}
}
