import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { InternalBridge } from '@rocket.chat/apps-engine/server/bridges/InternalBridge';

import type { Workspace } from '../../workspace/Workspace';
import { unsupported } from './unsupported';

/** What the engine itself asks the host about rooms (e.g. a room's usernames for its Room wrapper). */
export class SandboxInternalBridge extends InternalBridge {
	constructor(private readonly workspace: Workspace) {
		super();
	}

	protected async getUsernamesOfRoomById(roomId: string): Promise<string[]> {
		return this.getUsernamesOfRoomByIdSync(roomId);
	}

	protected getUsernamesOfRoomByIdSync(roomId: string): string[] {
		return this.workspace.membersOfRoom(roomId).map((user) => user.username);
	}

	// Only marketplace licences need the workspace's cloud key; the sandbox installs private apps only.
	protected async getWorkspacePublicKey(): Promise<ISetting> {
		return unsupported('InternalBridge', 'getWorkspacePublicKey');
	}
}
