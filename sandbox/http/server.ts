import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import type { Workspace } from '../workspace/Workspace';
import type { WorkspaceUser } from '../workspace/records';
import { createAppsApiServer } from './appEndpoints';
import type { AppsGateway } from './AppsGateway';
import { DEFAULT_BODY_LIMIT_BYTES, parseBody, readBody } from './body';
import type { Params, PublicRoute, RawBody, Route, RouteServerOptions } from './route';
import { RestError, failure, json, notFound, notLoggedIn } from './respond';
import type { RestResponse } from './respond';
import { appInstallRoutes } from './routes/appInstall';
import { appAdminRoutes } from './routes/apps';
import { clientRoutes } from './routes/client';
import { commandRoutes } from './routes/commands';
import { groupRoutes } from './routes/groups';
import { roomRoutes } from './routes/rooms';
import { sandboxRoutes } from './routes/sandbox';
import { publicUiKitRoutes, uiKitInteractionRoutes } from './routes/uiKit';
import { publicSessionRoutes, sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';
import { serveWebPage } from './webPage';

/**
 * The sandbox's REST server: a slice of Rocket.Chat's API over the workspace, plus the app endpoints routed to
 * the apps host. Plain node:http — the routes are few and fixed, so a framework would add nothing but weight.
 */
export interface SandboxServerOptions {
	workspace: Workspace;
	apps: AppsGateway;
	bodyLimitBytes?: number;
	/** The cap on an upload to a `rawBody` route (an app zip); Rocket.Chat's FileUpload_MaxFileSize defaults to 100 MiB. */
	uploadLimitBytes?: number;
	/** Rocket.Chat's DISABLE_PRIVATE_APP_INSTALLATION (off by default). */
	disablePrivateAppInstallation?: boolean;
}

const DEFAULT_UPLOAD_LIMIT_BYTES = 104_857_600;

// A client that stalls mid-request is cut off instead of holding the sandbox.
const REQUEST_TIMEOUT_MS = 30_000;

type AnyRoute = { needsAuth: true; route: Route } | { needsAuth: false; route: PublicRoute };

interface RouteMatch {
	entry: AnyRoute;
	urlParams: Record<string, string>;
}

/** Routes by `METHOD /api/path`; a path with `:name` segments matches any one segment there. */
class RouteTable {
	private readonly exact = new Map<string, AnyRoute>();

	private readonly patterns: Array<{ method: string; segments: string[]; entry: AnyRoute }> = [];

	add(entry: AnyRoute): void {
		const { method, path } = entry.route;
		if (path.split('/').some((segment) => segment.startsWith(':'))) {
			this.patterns.push({ method, segments: `/api/${path}`.split('/'), entry });
		} else {
			this.exact.set(`${method} /api/${path}`, entry);
		}
	}

	match(method: string, pathname: string): RouteMatch | undefined {
		const entry = this.exact.get(`${method} ${pathname}`);
		if (entry) {
			return { entry, urlParams: {} };
		}
		const segments = pathname.split('/');
		for (const pattern of this.patterns) {
			const urlParams = pattern.method === method ? matchSegments(pattern.segments, segments) : undefined;
			if (urlParams) {
				return { entry: pattern.entry, urlParams };
			}
		}
		return undefined;
	}
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
	if (pattern.length !== segments.length) {
		return undefined;
	}
	const urlParams: Record<string, string> = {};
	for (const [index, expected] of pattern.entries()) {
		const segment = segments[index];
		if (!expected.startsWith(':')) {
			if (expected !== segment) {
				return undefined;
			}
			continue;
		}
		const value = decodeSegment(segment);
		if (!value) {
			return undefined;
		}
		urlParams[expected.slice(1)] = value;
	}
	return urlParams;
}

/** undefined for an empty or malformed (bad percent-encoding) segment: no route matches it. */
function decodeSegment(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment) || undefined;
	} catch {
		return undefined;
	}
}

function routeTable(): RouteTable {
	const table = new RouteTable();
	for (const route of [...publicSessionRoutes, ...publicUiKitRoutes, ...uiKitInteractionRoutes]) {
		table.add({ needsAuth: false, route });
	}
	for (const route of [
		...sessionRoutes,
		...userRoutes,
		...groupRoutes,
		...roomRoutes,
		...clientRoutes,
		...commandRoutes,
		...sandboxRoutes,
		...appAdminRoutes,
		...appInstallRoutes,
	]) {
		table.add({ needsAuth: true, route });
	}
	return table;
}

export function createSandboxServer(options: SandboxServerOptions): Server {
	const { workspace, apps } = options;
	const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
	const uploadLimitBytes = options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
	const serverOptions: RouteServerOptions = { disablePrivateAppInstallation: options.disablePrivateAppInstallation ?? false };
	const routes = routeTable();
	// App endpoints first, as Rocket.Chat mounts its apps router in front of the REST API.
	const appsApi = createAppsApiServer(apps, authenticate);

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

		const matched = routes.match(method, url.pathname);
		if (!matched) {
			throw notFound();
		}
		const { entry, urlParams } = matched;
		// A multipart upload is read whole and handed over as it came; the JSON/form parsing would drop it.
		let rawBody: RawBody | undefined;
		let content: unknown = {};
		if (entry.needsAuth && entry.route.rawBody) {
			rawBody = { content: await readBody(request, uploadLimitBytes), contentType: request.headers['content-type'] };
		} else {
			content = await readContent(request);
		}
		// Only an object carries named parameters; an array or another JSON value means none.
		const bodyParams: Params = typeof content === 'object' && content !== null && !Array.isArray(content) ? (content as Params) : {};
		const caller = authenticate(request);
		if (!entry.needsAuth) {
			return entry.route.handle({ workspace, apps, bodyParams, queryParams, urlParams, serverOptions, ...(caller ? { caller } : {}) });
		}
		if (!caller) {
			throw notLoggedIn();
		}
		return entry.route.handle({ workspace, apps, caller, bodyParams, queryParams, urlParams, serverOptions, ...(rawBody ? { rawBody } : {}) });
	}

	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		if (serveWebPage(request, response)) {
			return;
		}
		appsApi(request, response, () => answerRest(request, response));
	});

	function answerRest(request: IncomingMessage, response: ServerResponse): void {
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
	}

	server.requestTimeout = REQUEST_TIMEOUT_MS;
	server.headersTimeout = REQUEST_TIMEOUT_MS;
	return server;
}
