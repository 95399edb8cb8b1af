import type { IncomingMessage, ServerResponse } from 'node:http';

import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response, Router } from 'express';
import finalhandler from 'finalhandler';

import type { WorkspaceUser } from '../workspace/records';
import type { AppEndpoint, AppsGateway } from './AppsGateway';

// Rocket.Chat's front for app endpoints, built from the same express parts it uses (app/apps/server/bridges/router.ts
// and api.ts): body parsers on /api/apps/public/:appId and /api/apps/private/:appId/:hash, then one express router
// per app with a route per endpoint. So paths match case-insensitively, an unknown app or path is `404 Not Found`,
// a body over 100 kB is express's 413 page and malformed JSON its 400 page, a repeated form key is an array, and
// nothing is filtered: a `__proto__` key reaches the app's runtime as it does on a real server.

export type Authenticate = (request: IncomingMessage) => WorkspaceUser | undefined;

interface AppRequest extends Request {
	privateHash?: string;
	workspaceUser?: WorkspaceUser;
}

const PRIVATE_MOUNT = '/api/apps/private/:appId/:hash';
const PUBLIC_MOUNT = '/api/apps/public/:appId';

/** Answers app endpoint paths; any other request goes on to `next`. */
export type AppsApiHandler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

export function createAppsApiServer(apps: AppsGateway, authenticate: Authenticate): AppsApiHandler {
	const server = express();
	server.disable('x-powered-by');
	for (const mount of [PRIVATE_MOUNT, PUBLIC_MOUNT]) {
		server.use(mount, express.urlencoded({ extended: false }), express.json());
	}
	const routers = new AppRouters(apps, authenticate);
	server.use(PRIVATE_MOUNT, (req: AppRequest, res: Response) => routers.dispatch(req, res, req.params.hash));
	server.use(PUBLIC_MOUNT, (req: AppRequest, res: Response) => routers.dispatch(req, res));
	server.use(errorPage);
	// An express app is a request handler whose optional third argument is where unmatched requests go.
	return server as unknown as AppsApiHandler;
}

/** One express router per app, rebuilt when the app's endpoints change (enabled, disabled, updated). */
class AppRouters {
	private readonly byApp = new Map<string, { signature: string; router: Router }>();

	constructor(
		private readonly apps: AppsGateway,
		private readonly authenticate: Authenticate,
	) {}

	dispatch(req: AppRequest, res: Response, privateHash?: string): void {
		const notFound = (): void => {
			res.sendStatus(404);
		};
		const router = this.routerOf(req.params.appId);
		if (!router) {
			notFound();
			return;
		}
		req.privateHash = privateHash;
		router(req, res, notFound);
	}

	private routerOf(appId: string): Router | undefined {
		const endpoints = this.apps.appEndpoints(appId);
		if (!endpoints) {
			this.byApp.delete(appId);
			return undefined;
		}
		const signature = JSON.stringify(endpoints);
		const cached = this.byApp.get(appId);
		if (cached?.signature === signature) {
			return cached.router;
		}
		const router = express.Router();
		for (const endpoint of endpoints) {
			const path = endpoint.path.trim();
			router.all(path.startsWith('/') ? path : `/${path}`, this.authentication(endpoint), this.executor(appId, endpoint));
		}
		this.byApp.set(appId, { signature, router });
		return router;
	}

	/** Rocket.Chat's authenticationMiddleware: an authRequired endpoint never reaches the app without a valid login. */
	private authentication(endpoint: AppEndpoint): RequestHandler {
		return (req: AppRequest, res, next) => {
			req.workspaceUser = this.authenticate(req);
			if (endpoint.authRequired && !req.workspaceUser) {
				res.status(401).send('Unauthorized');
				return;
			}
			next();
		};
	}

	/** The app's status, headers and content are sent as is; a failed execution is a 500 with its message as text. */
	private executor(appId: string, endpoint: AppEndpoint): RequestHandler {
		return (req: AppRequest, res) => {
			this.apps
				.executeApi(appId, endpoint.path, {
					method: req.method.toLowerCase(),
					headers: req.headers,
					query: req.query as Record<string, unknown>,
					params: req.params,
					content: req.body as unknown,
					...(req.privateHash === undefined ? {} : { privateHash: req.privateHash }),
					...(req.workspaceUser === undefined ? {} : { user: req.workspaceUser }),
				})
				.then(({ status, headers = {}, content }) => {
					res.set(headers);
					res.status(status);
					res.send(content);
				})
				.catch((reason: unknown) => {
					res.status(500).send(reason instanceof Error ? reason.message : String(reason));
				})
				// Only if even the 500 could not be written (the answer was half sent): the connection is all that is left.
				.catch(() => res.destroy());
		};
	}
}

/**
 * A body parser's refusal (413, 400, 415) as express's final handler renders it on a production server. Rocket.Chat
 * also logs the error's stack; a client's bad body is not the sandbox's fault, so it is not logged here.
 */
const errorPage: ErrorRequestHandler = (error, req, res, _next) => {
	finalhandler(req, res, { env: 'production' })(error);
};
