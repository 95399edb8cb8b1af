import type { IConfigurationExtend, IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import { App } from '@rocket.chat/apps-engine/definition/App';
import { RoomTypeFilter, UIActionButtonContext } from '@rocket.chat/apps-engine/definition/ui';
import type {
	IUIKitInteractionHandler,
	IUIKitResponse,
	UIKitActionButtonInteractionContext,
	UIKitBlockInteractionContext,
	UIKitViewCloseInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { allowedRolesSetting } from './src/rocketchat/allowedRolesSetting';
import { RoomQueue } from './src/leave/RoomQueue';
import { PrivateReplies } from './src/rocketchat/PrivateReplies';
import { LeaveGroupCommand } from './src/command/LeaveGroupCommand';
import { LeaveGroupsCommand } from './src/command/LeaveGroupsCommand';
import { GroupsLeaveEndpoint } from './src/endpoint/GroupsLeaveEndpoint';
import { LeaveInteractions } from './src/dialog/LeaveInteractions';
import { OPEN_DIALOG_ACTION } from './src/dialog/leaveDialog';
import { CHOOSE_ACTION, LEAVE_GROUPS_VIEW_ID } from './src/dialog/leaveGroupsDialog';
import { LeaveGroupsInteractions } from './src/dialog/LeaveGroupsInteractions';
import { soleOwnerDeletionSetting } from './src/rocketchat/soleOwnerDeletionSetting';
import { undoMinutesSetting } from './src/rocketchat/undoSetting';

/** Leave a private group with Rocket.Chat's own rules, from `/leavegroup`, its dialog or `POST …/groups.leave`; leave many with `/leavegroups`; undo a leave. */
export class LeaveGroupApp extends App implements IUIKitInteractionHandler {
	// One queue for the command and the endpoint, so a leave through either waits for the other in the same room.
	private readonly roomQueue = new RoomQueue();

	private readonly replies = new PrivateReplies();

	public getRoomQueue(): RoomQueue {
		return this.roomQueue;
	}

	public getReplies(): PrivateReplies {
		return this.replies;
	}

	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await configuration.settings.provideSetting(allowedRolesSetting);
		await configuration.settings.provideSetting(undoMinutesSetting);
		await configuration.settings.provideSetting(soleOwnerDeletionSetting);
		// "Leave group…" in the room menu of private groups only.
		await configuration.ui.registerButton({
			actionId: OPEN_DIALOG_ACTION,
			labelI18n: 'LeaveGroup_Button_Label',
			context: UIActionButtonContext.ROOM_ACTION,
			when: { roomTypes: [RoomTypeFilter.PRIVATE_CHANNEL] },
		});
		await configuration.slashCommands.provideSlashCommand(new LeaveGroupCommand(this));
		await configuration.slashCommands.provideSlashCommand(new LeaveGroupsCommand(this));
		// Public (no private hash in the URL); Rocket.Chat authenticates the caller, since the endpoint requires it.
		await configuration.api.provideApi({
			visibility: ApiVisibility.PUBLIC,
			security: ApiSecurity.UNSECURE,
			endpoints: [new GroupsLeaveEndpoint(this)],
		});
	}

	public executeActionButtonHandler(
		context: UIKitActionButtonInteractionContext,
		read: IRead,
		_http: IHttp,
		_persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		// `this` as the runtime hands it for this call, with this call's logger.
		return new LeaveInteractions(this).actionButton(context, read, modify);
	}

	public executeBlockActionHandler(
		context: UIKitBlockInteractionContext,
		read: IRead,
		_http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		// `this` as the runtime hands it for this call, with this call's logger.
		if (context.getInteractionData().actionId === CHOOSE_ACTION) {
			return new LeaveGroupsInteractions(this).blockAction(context, read);
		}
		return new LeaveInteractions(this).blockAction(context, read, modify, persistence);
	}

	public executeViewSubmitHandler(
		context: UIKitViewSubmitInteractionContext,
		read: IRead,
		_http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		// `this` as the runtime hands it for this call, with this call's logger.
		if (context.getInteractionData().view.id === LEAVE_GROUPS_VIEW_ID) {
			return new LeaveGroupsInteractions(this).viewSubmit(context, read, modify, persistence);
		}
		return new LeaveInteractions(this).viewSubmit(context, read, modify, persistence);
	}

	public executeViewClosedHandler(context: UIKitViewCloseInteractionContext, _read: IRead, _http: IHttp, persistence: IPersistence): Promise<IUIKitResponse> {
		if (context.getInteractionData().view.id === LEAVE_GROUPS_VIEW_ID) {
			return new LeaveGroupsInteractions(this).viewClosed(context, persistence);
		}
		// The leave dialog keeps nothing while open.
		return Promise.resolve(context.getInteractionResponder().successResponse());
	}
}
