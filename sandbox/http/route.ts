import type { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';
import type { AppsGateway } from './AppsGateway';
import type { RestResponse } from './respond';

/** Body or query parameters. Values are whatever the client sent: routes read them through ./params. */
export type Params = Record<string, unknown>;

export interface RouteContext {
	workspace: Workspace;
	apps: AppsGateway;
	/** The authenticated caller; routes declared `auth: true` only run with one. */
	caller: WorkspaceUser;
	bodyParams: Params;
	queryParams: Params;
	/** The `:name` segments of the route's path, decoded. */
	urlParams: Record<string, string>;
	/** The body as sent, for a route declared `rawBody` (a multipart upload); bodyParams is then empty. */
	rawBody?: RawBody;
	/** How the server was started: what Rocket.Chat reads from its environment. */
	serverOptions: RouteServerOptions;
}

export interface RawBody {
	content: Buffer;
	contentType: string | undefined;
}

export interface RouteServerOptions {
	/** Rocket.Chat's DISABLE_PRIVATE_APP_INSTALLATION: uploads of app zips are refused. */
	disablePrivateAppInstallation: boolean;
}

export interface Route {
	method: 'GET' | 'POST';
	/** The path under /api, e.g. 'v1/groups.create'; a `:name` segment matches any one segment (e.g. 'apps/:id/settings'). */
	path: string;
	/** The route reads the body itself (a multipart upload), up to the server's upload limit. */
	rawBody?: boolean;
	handle(context: RouteContext): RestResponse | Promise<RestResponse>;
}

export interface PublicRoute {
	method: 'GET' | 'POST';
	path: string;
	/**
	 * `caller`: set when the request carries valid credentials, as Rocket.Chat fills `this.userId` on routes without
	 * authRequired; routes outside its REST API class (such as ui.interaction) answer their own "not logged in".
	 */
	handle(context: Omit<RouteContext, 'caller'> & { caller?: WorkspaceUser }): RestResponse | Promise<RestResponse>;
}
