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
}

export interface Route {
	method: 'GET' | 'POST';
	/** The path under /api, e.g. 'v1/groups.create'; a `:name` segment matches any one segment (e.g. 'apps/:id/settings'). */
	path: string;
	handle(context: RouteContext): RestResponse | Promise<RestResponse>;
}

export interface PublicRoute {
	method: 'GET' | 'POST';
	path: string;
	handle(context: Omit<RouteContext, 'caller'>): RestResponse | Promise<RestResponse>;
}

/**
 * A route that answers its own "not logged in" (Rocket.Chat's routes outside its REST API class, such as
 * ui.interaction, use their own shape): it runs with the caller when valid credentials came, and without one otherwise.
 */
export interface OptionalAuthRoute {
	method: 'GET' | 'POST';
	path: string;
	handle(context: Omit<RouteContext, 'caller'> & { caller?: WorkspaceUser }): RestResponse | Promise<RestResponse>;
}
