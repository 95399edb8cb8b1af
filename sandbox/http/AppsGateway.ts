import type { WorkspaceUser } from '../workspace/records';

// What the REST layer needs from the apps host (sandbox/engine/SandboxEngine implements it). Declared here so
// the HTTP layer never imports engine code and its tests can run against a small double.

export interface AppHttpRequest {
	/** Lower case, as Rocket.Chat hands it to apps. */
	method: string;
	/** The part after /api/apps/public/:appId/ or /api/apps/private/:appId/:hash/. */
	path: string;
	headers: Record<string, string>;
	query: Record<string, string>;
	content: unknown;
	privateHash?: string;
	/** The caller when valid X-User-Id / X-Auth-Token headers were sent. */
	user?: WorkspaceUser;
}

export interface AppHttpResponse {
	status: number;
	headers?: Record<string, string>;
	content?: unknown;
}

export interface SlashCommandRun {
	/** Without the slash. */
	command: string;
	/** The text after the command; the host splits it into arguments as Rocket.Chat does. */
	params: string;
	senderId: string;
	roomId: string;
}

export interface AppsGateway {
	/** undefined: no such app or endpoint path. A rejection: the app failed. */
	callApi(appId: string, request: AppHttpRequest): Promise<AppHttpResponse | undefined>;
	/** false: no such command, or it is disabled. */
	runCommand(run: SlashCommandRun): Promise<boolean>;
	/** Accessor calls the hosted apps made, by accessor name. */
	accessorCalls(): Record<string, number>;
}
