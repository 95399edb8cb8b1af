import { WorkspaceError } from '../workspace/WorkspaceError';

// Rocket.Chat's REST answers: success bodies carry `success: true`; failures are thrown as RestError and
// rendered by the server, with the status and body shapes of Rocket.Chat's API class.

export type JsonBody = Record<string, unknown>;

export interface RestResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export class RestError extends Error {
	constructor(
		readonly status: number,
		readonly body: JsonBody,
	) {
		super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
		this.name = 'RestError';
	}
}

export function json(status: number, body: unknown): RestResponse {
	return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function success(fields: JsonBody = {}): RestResponse {
	return json(200, { ...fields, success: true });
}

/** A Meteor.Error as the API renders it: 400, "<reason> [<code>]", errorType, and details when there are some. */
export function methodError(errorType: string, reason: string, details?: Record<string, unknown>): RestError {
	return new RestError(400, { success: false, error: `${reason} [${errorType}]`, errorType, ...(details === undefined ? {} : { details }) });
}

export function fromWorkspaceError(error: WorkspaceError, method?: string): RestError {
	const details = method === undefined ? error.details : { ...error.details, method };
	return methodError(error.errorType, error.reason, details);
}

/** API.v1.failure('text'): 400 with the text alone, no errorType. */
export function failure(message: string): RestError {
	return new RestError(400, { success: false, error: message });
}

/** A request body or query that does not match the route's schema. */
export function invalidParams(message: string): RestError {
	return new RestError(400, { success: false, errorType: 'invalid-params', error: message });
}

/** API.v1.forbidden(): Rocket.Chat still says "unauthorized" in its 403s. */
export function forbidden(message = 'unauthorized'): RestError {
	return new RestError(403, { success: false, error: message });
}

/** A route's `permissionsRequired` not held by the caller: Rocket.Chat's API answers 403 with this text. */
export function permissionsRequired(): RestError {
	return forbidden('User does not have the permissions required for this action [error-unauthorized]');
}

export function notLoggedIn(): RestError {
	const message = 'You must be logged in to do this.';
	return new RestError(401, { success: false, status: 'error', message, error: message });
}

export function notFound(): RestError {
	return new RestError(404, { success: false, error: 'Resource not found' });
}

/** Runs a workspace operation, turning its refusal into the REST error Rocket.Chat gives for it. */
export function orRefuse<T>(operation: () => T, method?: string): T {
	try {
		return operation();
	} catch (error) {
		if (error instanceof WorkspaceError) {
			throw fromWorkspaceError(error, method);
		}
		throw error;
	}
}
