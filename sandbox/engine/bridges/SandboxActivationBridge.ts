import { AppActivationBridge } from '@rocket.chat/apps-engine/server/bridges/AppActivationBridge';

/**
 * Rocket.Chat uses these hooks to tell its other instances and the clients that an app was added, changed status,
 * etc. The sandbox is one process with no clients to notify, so there is nothing to do.
 */
export class SandboxActivationBridge extends AppActivationBridge {
	protected async appAdded(): Promise<void> {}

	protected async appUpdated(): Promise<void> {}

	protected async appRemoved(): Promise<void> {}

	protected async appStatusChanged(): Promise<void> {}

	protected async actionsChanged(): Promise<void> {}
}
