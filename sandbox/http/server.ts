import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import type { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';
import { appEndpointAddress, callAppEndpoint, isAppsPath } from './appEndpoints';
import type { AppsGateway } from './AppsGateway';
import { DEFAULT_BODY_LIMIT_BYTES, parseBody, readBody } from './body';
import type { Params, PublicRoute, Route } from './route';
import { RestError, failure, json, notFound, notLoggedIn } from './respond';
import type { RestResponse } from './respond';
import { commandRoutes } from './routes/commands';
import { groupRoutes } from './routes/groups';
import { roomRoutes } from './routes/rooms';
import { sandboxRoutes } from './routes/sandbox';
import { publicSessionRoutes, sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';

/**
 * The sandbox's REST server: a slice of Rocket.Chat's API over the workspace, plus the app endpoints routed to
 * the apps host. Plain node:http — the routes are few and fixed, so a framework would add nothing but weight.
 */
export interface SandboxServerOptions {
	workspace: Workspace;
	apps: AppsGateway;
	bodyLimitBytes?: number;
}

// A client that stalls mid-request is cut off instead of holding the sandbox.
const REQUEST_TIMEOUT_MS = 30_000;

type AnyRoute = { needsAuth: true; route: Route } | { needsAuth: false; route: PublicRoute };

function routeTable(): Map<string, AnyRoute> {
	const table = new Map<string, AnyRoute>();
	for (const route of publicSessionRoutes) {
		table.set(`${route.method} /api/${route.path}`, { needsAuth: false, route });
	}
	for (const route of [...sessionRoutes, ...userRoutes, ...groupRoutes, ...roomRoutes, ...commandRoutes, ...sandboxRoutes]) {
		table.set(`${route.method} /api/${route.path}`, { needsAuth: true, route });
	}
	return table;
}

export function createSandboxServer(options: SandboxServerOptions): Server {
	const { workspace, apps } = options;
	const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
	const routes = routeTable();

	function authenticate(request: IncomingMessage): WorkspaceUser | undefined {
		const userId = request.headers['x-user-id'];
		const token = request.headers['x-auth-token'];
		return typeof userId === 'string' && typeof token === 'string' ? workspace.findUserByLoginToken(userId, token) : undefined;
	}

	async function readContent(request: IncomingMessage): Promise<unknown> {
		return parseBody(await readBody(request, bodyLimitBytes), request.headers['content-type']);
	}

	async function answer(request: IncomingMessage): Promise<RestResponse> {
		const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
		const method = (request.method ?? 'GET').toUpperCase();
		const queryParams: Params = Object.fromEntries(url.searchParams);

		if (isAppsPath(url.pathname)) {
			const content = await readContent(request);
			const user = authenticate(request);
			return callAppEndpoint(apps, {
				address: appEndpointAddress(url.pathname),
				method,
				headers: flattenHeaders(request),
				query: Object.fromEntries(url.searchParams),
				content,
				...(user === undefined ? {} : { user }),
			});
		}

		const entry = routes.get(`${method} ${url.pathname}`);
		if (!entry) {
			throw notFound();
		}
		const content = await readContent(request);
		// Only an object carries named parameters; an array or another JSON value means none.
		const bodyParams: Params = typeof content === 'object' && content !== null && !Array.isArray(content) ? (content as Params) : {};
		if (!entry.needsAuth) {
			return entry.route.handle({ workspace, apps, bodyParams, queryParams });
		}
		const caller = authenticate(request);
		if (!caller) {
			throw notLoggedIn();
		}
		return entry.route.handle({ workspace, apps, caller, bodyParams, queryParams });
	}

	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		answer(request)
			.catch((error: unknown) => {
				if (error instanceof RestError) {
					return json(error.status, error.body);
				}
				// Rocket.Chat's API turns any other error thrown in a route into a 400 failure with its message.
				console.error('sandbox: route failed', error);
				const refusal = failure(error instanceof Error ? error.message : String(error));
				return json(refusal.status, refusal.body);
			})
			.then((result) => {
				response.writeHead(result.status, { ...result.headers, 'content-length': Buffer.byteLength(result.body) });
				response.end(result.body);
			})
			.catch((error: unknown) => {
				// Writing failed (a bad status or header from an app, or a closed socket): the connection is all that is left.
				console.error('sandbox: could not answer', error);
				response.destroy();
			});
	});
	server.requestTimeout = REQUEST_TIMEOUT_MS;
	server.headersTimeout = REQUEST_TIMEOUT_MS;
	return server;
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value !== undefined) {
			headers[name] = Array.isArray(value) ? value.join(', ') : value;
		}
	}
	return headers;
}
