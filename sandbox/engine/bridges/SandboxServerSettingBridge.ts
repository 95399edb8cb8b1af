import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { ServerSettingBridge } from '@rocket.chat/apps-engine/server/bridges/ServerSettingBridge';

import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceSetting } from '../../workspace/records';
import { toAppSetting } from '../converters/settings';
import { unsupported } from './unsupported';

/**
 * Reading the workspace's server settings, as Rocket.Chat's settings bridge does. The engine's ServerSettingBridge
 * checks server-setting.read first (an app without it gets undefined, which the engine's reader turns into an error);
 * then an id the workspace does not keep, or a secret setting, is refused. Writing is not emulated.
 */
export class SandboxServerSettingBridge extends ServerSettingBridge {
	constructor(private readonly workspace: Workspace) {
		super();
	}

	protected async getOneById(id: string): Promise<ISetting> {
		const setting = this.readableSetting(id);
		if (!setting) {
			throw new Error(`The setting "${id}" is not readable.`);
		}
		return toAppSetting(setting);
	}

	protected async isReadableById(id: string): Promise<boolean> {
		return this.readableSetting(id) !== undefined;
	}

	protected async getAll(): Promise<ISetting[]> {
		return unsupported('ServerSettingBridge', 'getAll');
	}

	protected async hideGroup(): Promise<void> {
		return unsupported('ServerSettingBridge', 'hideGroup');
	}

	protected async hideSetting(): Promise<void> {
		return unsupported('ServerSettingBridge', 'hideSetting');
	}

	protected async updateOne(): Promise<void> {
		return unsupported('ServerSettingBridge', 'updateOne');
	}

	protected async incrementValue(): Promise<void> {
		return unsupported('ServerSettingBridge', 'incrementValue');
	}

	private readableSetting(id: string): WorkspaceSetting | undefined {
		const setting = this.workspace.findSettingById(id);
		return setting?.secret ? undefined : setting;
	}
}
