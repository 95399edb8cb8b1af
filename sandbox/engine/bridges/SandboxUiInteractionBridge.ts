import type { IUIKitInteraction } from '@rocket.chat/apps-engine/definition/uikit';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { UiInteractionBridge } from '@rocket.chat/apps-engine/server/bridges/UiInteractionBridge';

import type { Workspace } from '../../workspace/Workspace';

/**
 * What an app opens for a user (openSurfaceView, updateSurfaceView, setViewError, …). Rocket.Chat's bridge
 * (app/apps/server/bridges/uiInteraction.ts) refuses an unknown app, then broadcasts `notify.uiInteraction`, which
 * reaches the user's clients as the `<uid>/uiInteraction` event of `stream-notify-user`, the interaction as is. The
 * sandbox pushes the same event on the workspace's user streams and records the surface for the user. The engine
 * checks the `ui.interact` permission first.
 */
export class SandboxUiInteractionBridge extends UiInteractionBridge {
	constructor(
		private readonly workspace: Workspace,
		private readonly appExists: (appId: string) => boolean,
	) {
		super();
	}

	protected async notifyUser(user: IUser, interaction: IUIKitInteraction, appId: string): Promise<void> {
		if (!this.appExists(appId)) {
			throw new Error('Invalid app provided');
		}
		this.workspace.streams.push(user.id, 'uiInteraction', [interaction]);
		this.workspace.surfaces.apply(user.id, interaction as unknown as Record<string, unknown>, 'stream');
	}
}
