import type { IUser, IUserCreationOptions } from '@rocket.chat/apps-engine/definition/users';
import { UserType } from '@rocket.chat/apps-engine/definition/users';
import { UserBridge } from '@rocket.chat/apps-engine/server/bridges/UserBridge';

import type { Workspace } from '../../workspace/Workspace';
import type { UserType as WorkspaceUserType } from '../../workspace/records';
import type { AppConverters } from '../converters/AppConverters';
import { unsupported } from './unsupported';

const WORKSPACE_USER_TYPES: Partial<Record<UserType, WorkspaceUserType>> = { [UserType.USER]: 'user', [UserType.BOT]: 'bot', [UserType.APP]: 'app' };

export interface UserBridgeOptions {
	/**
	 * false: answer getUserRoomIds as an engine older than 1.58 does. Its UserRead has no such method, so the engine's
	 * accessor dispatch (AppsEngineDenoRuntime.handleAccessorMessage) throws this very error, which reaches the app.
	 */
	userRoomIdsAvailable: boolean;
}

/** Users for apps, over the workspace; the engine's UserBridge checks user.read / user.write first. */
export class SandboxUserBridge extends UserBridge {
	constructor(
		private readonly workspace: Workspace,
		private readonly converters: AppConverters,
		private readonly options: UserBridgeOptions,
	) {
		super();
	}

	protected async getById(id: string): Promise<IUser> {
		return this.converters.userById(id) as IUser;
	}

	protected async getByUsername(username: string): Promise<IUser> {
		const user = this.workspace.findUserByUsername(username);
		return (user && this.converters.user(user)) as IUser;
	}

	protected async getAppUser(appId?: string): Promise<IUser | undefined> {
		const userId = appId === undefined ? undefined : this.converters.appUserIdOf(appId);
		return userId === undefined ? undefined : this.converters.userById(userId);
	}

	protected async getUserRoomIds(userId: string): Promise<string[]> {
		if (!this.options.userRoomIdsAvailable) {
			throw new Error('Invalid accessor method "getUserRoomIds"');
		}
		return this.workspace.roomIdsOfUser(userId);
	}

	/** Used by the engine to create each app's bot user (`<nameSlug>.bot`, role app), and by apps creating bot users. */
	protected async create(data: Partial<IUser>, appId: string, _options?: IUserCreationOptions): Promise<string> {
		const type = data.type === undefined ? undefined : WORKSPACE_USER_TYPES[data.type];
		if (!data.username || type === undefined || type === 'user') {
			return unsupported('UserBridge', `create (of a ${data.type ?? 'typeless'} user)`);
		}
		const user = this.workspace.createUser({ username: data.username, name: data.name, roles: data.roles, type });
		if (type === 'app') {
			this.converters.registerAppUser(appId, user._id);
		}
		return user._id;
	}

	protected async getActiveUserCount(): Promise<number> {
		return this.workspace.users().filter((user) => user.active && user.type === 'user').length;
	}

	protected async getUserUnreadMessageCount(): Promise<number> {
		return unsupported('UserBridge', 'getUserUnreadMessageCount');
	}

	protected async remove(): Promise<boolean> {
		return unsupported('UserBridge', 'remove');
	}

	protected async update(): Promise<boolean> {
		return unsupported('UserBridge', 'update');
	}

	protected async deleteUsersCreatedByApp(): Promise<boolean> {
		return unsupported('UserBridge', 'deleteUsersCreatedByApp');
	}

	protected async deactivate(): Promise<boolean> {
		return unsupported('UserBridge', 'deactivate');
	}
}
