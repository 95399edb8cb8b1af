import type { UiInteractionRequest } from '../AppsGateway';
import type { Params, PublicRoute } from '../route';
import { json, success } from '../respond';
import type { RestResponse } from '../respond';

// The routes Rocket.Chat's client uses for apps' UI:
// - GET /api/apps/actionButtons (ee/server/apps/communication/endpoints/actionButtonsHandler.ts): no authentication;
//   the engine's buttons of the enabled apps, answered as a bare JSON array (API.v1.success on an array adds nothing
//   that JSON keeps).
// - POST /api/apps/ui.interaction/:id (ee/server/apps/communication/uikit.ts): an express router of its own, outside
//   the REST API class. A caller without valid credentials gets 401 {status, message}; an unknown `type` 400
//   {error: 'Unknown action'}; each type takes only some of the body's fields; the app's answer goes back as it is
//   (res.send), and a failure is 500 {error: <message>}. It checks no room access: the app has to.

const UNKNOWN_ACTION: RestResponse = json(400, { error: 'Unknown action' });

function notLoggedIn(): RestResponse {
	return json(401, { status: 'error', message: 'You must be logged in to do this.' });
}

function objectOrEmpty(value: unknown): Params {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Params) : {};
}

/**
 * The action Rocket.Chat builds for each type, field by field. undefined for an unknown type. A body whose `payload`
 * cannot be destructured throws a TypeError, as core's handler does (core then never answers; see the README).
 */
function actionOf(appId: string, body: Params): Omit<UiInteractionRequest, 'user'> | undefined {
	const { type, actionId, triggerId, payload, container } = body;
	switch (type) {
		case 'blockAction':
			return {
				appId,
				action: { type, container, appId, actionId, triggerId, payload },
				roomId: 'rid' in body ? body.rid : undefined,
				messageId: 'mid' in body ? body.mid : undefined,
			};
		case 'viewClosed': {
			const { view, isCleared } = payload as { view: unknown; isCleared: unknown };
			return { appId, action: { type, appId, payload: { view, isCleared } } };
		}
		case 'viewSubmit':
			return { appId, action: { type, appId, actionId, triggerId, payload } };
		case 'actionButton': {
			const { context, message } = payload as { context: unknown; message?: unknown };
			return {
				appId,
				action: { type, appId, actionId, triggerId, tmid: body.tmid, payload: { context, ...(message ? { message } : {}) } },
				roomId: body.rid,
				messageId: body.mid,
			};
		}
		default:
			return undefined;
	}
}

/** express's res.send: an object as JSON, a string as HTML, nothing (undefined or null) as an empty 200. */
function sent(result: unknown): RestResponse {
	if (result === undefined || result === null) {
		return { status: 200, headers: {}, body: '' };
	}
	if (typeof result === 'string') {
		return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: result };
	}
	return json(200, result);
}

export const publicUiKitRoutes: PublicRoute[] = [
	{
		method: 'GET',
		path: 'apps/actionButtons',
		handle: async ({ apps }) => json(200, await apps.actionButtons()),
	},
	{
		// ee/server/apps/communication/rest.ts `languages`: no authentication; each app's id and i18n files, which
		// the client uses to label an app's buttons (`app-<appId>.<labelI18n>`).
		method: 'GET',
		path: 'apps/languages',
		handle: ({ apps }) => success({ apps: apps.appLanguages?.() ?? [] }),
	},
];

export const uiKitInteractionRoutes: PublicRoute[] = [
	{
		method: 'POST',
		path: 'apps/ui.interaction/:id',
		handle: async ({ workspace, apps, caller, bodyParams, urlParams }) => {
			if (!caller) {
				return notLoggedIn();
			}
			let request: Omit<UiInteractionRequest, 'user'> | undefined;
			try {
				request = actionOf(urlParams.id, bodyParams);
			} catch (error) {
				return json(500, { error: error instanceof Error ? error.message : error });
			}
			if (!request) {
				return UNKNOWN_ACTION;
			}
			let result: unknown;
			try {
				result = await apps.uiInteraction({ ...request, user: caller });
			} catch (error) {
				return json(500, { error: error instanceof Error ? error.message : error });
			}
			// What Rocket.Chat's client does with it: the answer opens, updates or marks errors as a pushed interaction
			// does; closing a view closes it, and so does a submit answered with no surface to show (or modal.close).
			const answer = objectOrEmpty(result);
			workspace.surfaces.apply(caller._id, answer, 'response');
			const viewId = objectOrEmpty(objectOrEmpty(bodyParams.payload).view).id ?? bodyParams.viewId;
			const submitDone = bodyParams.type === 'viewSubmit' && (typeof answer.type !== 'string' || answer.type === 'modal.close');
			if ((bodyParams.type === 'viewClosed' || submitDone) && typeof viewId === 'string') {
				workspace.surfaces.closedByUser(caller._id, viewId);
			}
			return sent(result);
		},
	},
];
