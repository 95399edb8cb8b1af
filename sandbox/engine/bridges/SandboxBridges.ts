import type { ApiBridge } from '@rocket.chat/apps-engine/server/bridges/ApiBridge';
import type { AppActivationBridge } from '@rocket.chat/apps-engine/server/bridges/AppActivationBridge';
import { AppManager } from '@rocket.chat/apps-engine/server/AppManager';
import { AppBridges } from '@rocket.chat/apps-engine/server/bridges/AppBridges';
import type { AppDetailChangesBridge } from '@rocket.chat/apps-engine/server/bridges/AppDetailChangesBridge';
import type { CloudWorkspaceBridge } from '@rocket.chat/apps-engine/server/bridges/CloudWorkspaceBridge';
import type { CommandBridge } from '@rocket.chat/apps-engine/server/bridges/CommandBridge';
import type { ContactBridge } from '@rocket.chat/apps-engine/server/bridges/ContactBridge';
import type { EmailBridge } from '@rocket.chat/apps-engine/server/bridges/EmailBridge';
import type { EnvironmentalVariableBridge } from '@rocket.chat/apps-engine/server/bridges/EnvironmentalVariableBridge';
import type { ExperimentalBridge } from '@rocket.chat/apps-engine/server/bridges/ExperimentalBridge';
import type { HttpBridge } from '@rocket.chat/apps-engine/server/bridges/HttpBridge';
import type { IInternalBridge } from '@rocket.chat/apps-engine/server/bridges/IInternalBridge';
import type { IInternalFederationBridge } from '@rocket.chat/apps-engine/server/bridges/IInternalFederationBridge';
import type { IListenerBridge } from '@rocket.chat/apps-engine/server/bridges/IListenerBridge';
import type { LivechatBridge } from '@rocket.chat/apps-engine/server/bridges/LivechatBridge';
import type { MessageBridge } from '@rocket.chat/apps-engine/server/bridges/MessageBridge';
import type { ModerationBridge } from '@rocket.chat/apps-engine/server/bridges/ModerationBridge';
import type { OAuthAppsBridge } from '@rocket.chat/apps-engine/server/bridges/OAuthAppsBridge';
import type { OutboundMessageBridge } from '@rocket.chat/apps-engine/server/bridges/OutboundMessagesBridge';
import type { PersistenceBridge } from '@rocket.chat/apps-engine/server/bridges/PersistenceBridge';
import type { RoleBridge } from '@rocket.chat/apps-engine/server/bridges/RoleBridge';
import type { RoomBridge } from '@rocket.chat/apps-engine/server/bridges/RoomBridge';
import type { SchedulerBridge } from '@rocket.chat/apps-engine/server/bridges/SchedulerBridge';
import type { ServerSettingBridge } from '@rocket.chat/apps-engine/server/bridges/ServerSettingBridge';
import type { ThreadBridge } from '@rocket.chat/apps-engine/server/bridges/ThreadBridge';
import type { UiInteractionBridge } from '@rocket.chat/apps-engine/server/bridges/UiInteractionBridge';
import type { UploadBridge } from '@rocket.chat/apps-engine/server/bridges/UploadBridge';
import type { UserBridge } from '@rocket.chat/apps-engine/server/bridges/UserBridge';
import type { VideoConferenceBridge } from '@rocket.chat/apps-engine/server/bridges/VideoConferenceBridge';

import type { Workspace } from '../../workspace/Workspace';
import { AppConverters } from '../converters/AppConverters';
import { FederationKeyBridge } from './FederationKeyBridge';
import { SandboxActivationBridge } from './SandboxActivationBridge';
import { SandboxApiBridge } from './SandboxApiBridge';
import { SandboxCommandBridge } from './SandboxCommandBridge';
import { SandboxDetailChangesBridge } from './SandboxDetailChangesBridge';
import { SandboxInternalBridge } from './SandboxInternalBridge';
import { SandboxMessageBridge } from './SandboxMessageBridge';
import { SandboxPersistenceBridge } from './SandboxPersistenceBridge';
import { SandboxRoomBridge } from './SandboxRoomBridge';
import { SandboxSchedulerBridge } from './SandboxSchedulerBridge';
import { SandboxServerSettingBridge } from './SandboxServerSettingBridge';
import { SandboxUiInteractionBridge } from './SandboxUiInteractionBridge';
import type { UserBridgeOptions } from './SandboxUserBridge';
import { SandboxUserBridge } from './SandboxUserBridge';
import { unsupportedBridge } from './unsupported';

/**
 * Every bridge the engine asks for. Rooms, users, messages, commands, API endpoints, reading server settings, UI
 * interactions, the apps' persistence and the engine's own bookkeeping work over the workspace; the rest (livechat,
 * e-mail, HTTP out, uploads, …) are unsupported bridges whose every method fails with "<Bridge>.<method> is not
 * supported by the sandbox".
 */
export class SandboxBridges extends AppBridges {
	readonly converters: AppConverters;

	readonly commands = new SandboxCommandBridge();

	readonly apis = new SandboxApiBridge();

	private readonly rooms: SandboxRoomBridge;

	private readonly users: SandboxUserBridge;

	private readonly messages: SandboxMessageBridge;

	private readonly internal: SandboxInternalBridge;

	private readonly serverSettings: SandboxServerSettingBridge;

	private readonly persistence: SandboxPersistenceBridge;

	private readonly uiInteraction: SandboxUiInteractionBridge;

	private readonly federation = new FederationKeyBridge();

	private readonly activation = new SandboxActivationBridge();

	private readonly detailChanges = new SandboxDetailChangesBridge();

	private readonly scheduler = new SandboxSchedulerBridge();

	private readonly unsupported = {
		contact: unsupportedBridge<ContactBridge>('ContactBridge'),
		environmentalVariable: unsupportedBridge<EnvironmentalVariableBridge>('EnvironmentalVariableBridge'),
		http: unsupportedBridge<HttpBridge>('HttpBridge'),
		listener: unsupportedBridge<IListenerBridge>('ListenerBridge'),
		livechat: unsupportedBridge<LivechatBridge>('LivechatBridge'),
		upload: unsupportedBridge<UploadBridge>('UploadBridge'),
		email: unsupportedBridge<EmailBridge>('EmailBridge'),
		cloudWorkspace: unsupportedBridge<CloudWorkspaceBridge>('CloudWorkspaceBridge'),
		videoConference: unsupportedBridge<VideoConferenceBridge>('VideoConferenceBridge'),
		oauthApps: unsupportedBridge<OAuthAppsBridge>('OAuthAppsBridge'),
		moderation: unsupportedBridge<ModerationBridge>('ModerationBridge'),
		thread: unsupportedBridge<ThreadBridge>('ThreadBridge'),
		role: unsupportedBridge<RoleBridge>('RoleBridge'),
		outboundMessage: unsupportedBridge<OutboundMessageBridge>('OutboundMessageBridge'),
		experimental: unsupportedBridge<ExperimentalBridge>('ExperimentalBridge'),
	};

	/**
	 * `appExists` says whether an app id is installed, for the bridges that refuse unknown apps as Rocket.Chat does; by
	 * default the engine's app manager answers. Hosts without a manager (unit-test fakes) give their own.
	 */
	constructor(workspace: Workspace, userOptions: UserBridgeOptions, appExists: (appId: string) => boolean = isInstalledInTheEngine) {
		super();
		this.converters = new AppConverters(workspace);
		this.rooms = new SandboxRoomBridge(workspace, this.converters);
		this.users = new SandboxUserBridge(workspace, this.converters, userOptions);
		this.messages = new SandboxMessageBridge(workspace);
		this.internal = new SandboxInternalBridge(workspace);
		this.serverSettings = new SandboxServerSettingBridge(workspace);
		this.persistence = new SandboxPersistenceBridge(workspace.appPersistence);
		this.uiInteraction = new SandboxUiInteractionBridge(workspace, appExists);
	}

	getCommandBridge(): CommandBridge {
		return this.commands;
	}

	getApiBridge(): ApiBridge {
		return this.apis;
	}

	getRoomBridge(): RoomBridge {
		return this.rooms;
	}

	getUserBridge(): UserBridge {
		return this.users;
	}

	getMessageBridge(): MessageBridge {
		return this.messages;
	}

	getInternalBridge(): IInternalBridge {
		return this.internal;
	}

	getInternalFederationBridge(): IInternalFederationBridge {
		return this.federation;
	}

	getAppActivationBridge(): AppActivationBridge {
		return this.activation;
	}

	getAppDetailChangesBridge(): AppDetailChangesBridge {
		return this.detailChanges;
	}

	getSchedulerBridge(): SchedulerBridge {
		return this.scheduler;
	}

	getContactBridge(): ContactBridge {
		return this.unsupported.contact;
	}

	getEnvironmentalVariableBridge(): EnvironmentalVariableBridge {
		return this.unsupported.environmentalVariable;
	}

	getHttpBridge(): HttpBridge {
		return this.unsupported.http;
	}

	getListenerBridge(): IListenerBridge {
		return this.unsupported.listener;
	}

	getLivechatBridge(): LivechatBridge {
		return this.unsupported.livechat;
	}

	getPersistenceBridge(): PersistenceBridge {
		return this.persistence;
	}

	getServerSettingBridge(): ServerSettingBridge {
		return this.serverSettings;
	}

	getUploadBridge(): UploadBridge {
		return this.unsupported.upload;
	}

	getEmailBridge(): EmailBridge {
		return this.unsupported.email;
	}

	getUiInteractionBridge(): UiInteractionBridge {
		return this.uiInteraction;
	}

	getCloudWorkspaceBridge(): CloudWorkspaceBridge {
		return this.unsupported.cloudWorkspace;
	}

	getVideoConferenceBridge(): VideoConferenceBridge {
		return this.unsupported.videoConference;
	}

	getOAuthAppsBridge(): OAuthAppsBridge {
		return this.unsupported.oauthApps;
	}

	getModerationBridge(): ModerationBridge {
		return this.unsupported.moderation;
	}

	getThreadBridge(): ThreadBridge {
		return this.unsupported.thread;
	}

	getRoleBridge(): RoleBridge {
		return this.unsupported.role;
	}

	getOutboundMessageBridge(): OutboundMessageBridge {
		return this.unsupported.outboundMessage;
	}

	getExperimentalBridge(): ExperimentalBridge {
		return this.unsupported.experimental;
	}
}

// The manager is created after its bridges; by the time an app notifies anyone it is there.
function isInstalledInTheEngine(appId: string): boolean {
	return Boolean((AppManager as unknown as { Instance?: AppManager }).Instance?.getOneById(appId));
}
