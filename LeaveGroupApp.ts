import type { IConfigurationExtend } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import { App } from '@rocket.chat/apps-engine/definition/App';

import { allowedRolesSetting } from './src/rocketchat/allowedRolesSetting';
import { RoomQueue } from './src/leave/RoomQueue';
import { LeaveGroupCommand } from './src/command/LeaveGroupCommand';
import { GroupsLeaveEndpoint } from './src/endpoint/GroupsLeaveEndpoint';

/** Leave a private group with Rocket.Chat's own rules, from `/leavegroup` or `POST …/groups.leave`. */
export class LeaveGroupApp extends App {
	// One queue for the command and the endpoint, so a leave through either waits for the other in the same room.
	private readonly roomQueue = new RoomQueue();

	public getRoomQueue(): RoomQueue {
		return this.roomQueue;
	}

	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await configuration.settings.provideSetting(allowedRolesSetting);
		await configuration.slashCommands.provideSlashCommand(new LeaveGroupCommand(this));
		// Public (no private hash in the URL); Rocket.Chat authenticates the caller, since the endpoint requires it.
		await configuration.api.provideApi({
			visibility: ApiVisibility.PUBLIC,
			security: ApiSecurity.UNSECURE,
			endpoints: [new GroupsLeaveEndpoint(this)],
		});
	}
}
