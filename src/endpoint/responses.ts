import type { IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { HttpStatusCode } from '@rocket.chat/apps-engine/definition/accessors';

import type { LeaveError } from '../leave/leaveErrors';
import type { LeftGroup } from './groupAfterLeave';

const JSON_HEADERS = { 'content-type': 'application/json' };

const json = (status: HttpStatusCode, content: Record<string, unknown>, headers: Record<string, string> = {}): IApiResponse => ({
	status,
	headers: { ...JSON_HEADERS, ...headers },
	content,
});

/** Rocket.Chat's answer to a call without valid X-User-Id/X-Auth-Token headers. */
export const unauthorized = (): IApiResponse =>
	json(HttpStatusCode.UNAUTHORIZED, {
		success: false,
		status: 'error',
		message: 'You must be logged in to do this.',
		error: 'You must be logged in to do this.',
	});

/** Rocket.Chat's error shape: the reason with its code appended (the code alone for an empty reason, as Meteor.Error writes it), the code again in errorType. */
const failure = (
	status: HttpStatusCode,
	errorType: string,
	reason: string,
	details?: Record<string, unknown>,
	headers?: Record<string, string>,
): IApiResponse =>
	json(status, { success: false, error: reason ? `${reason} [${errorType}]` : `[${errorType}]`, errorType, ...(details && { details }) }, headers);

export const refused = (error: LeaveError): IApiResponse => failure(HttpStatusCode.BAD_REQUEST, error.errorType, error.reason, error.details);

export const methodNotAllowed = (): IApiResponse =>
	failure(HttpStatusCode.METHOD_NOT_ALLOWED, 'error-method-not-allowed', 'Method not allowed; groups.leave accepts POST only', undefined, { allow: 'POST' });

/** An engine failure: the details go to the app's log, never into the answer. */
export const internalError = (): IApiResponse =>
	failure(HttpStatusCode.INTERNAL_SERVER_ERROR, 'error-internal-server-error', 'The group could not be left because of an internal error');

export const left = (group: LeftGroup): IApiResponse => json(HttpStatusCode.OK, { group, success: true });
