import { validateHeaderName, validateHeaderValue } from 'node:http';

import type { WorkspaceUser } from '../workspace/records';
import type { AppHttpResponse, AppsGateway } from './AppsGateway';
import type { RestResponse } from './respond';

// Rocket.Chat's front for app endpoints: /api/apps/public/:appId/<path> and /api/apps/private/:appId/:hash/<path>.
// The app's status, headers and content go back as is; an unknown app or path is a bare 404 and an app that
// throws a 500 carrying the error's message, both as plain text (Rocket.Chat's AppApisBridge does the same).

export interface AppEndpointAddress {
	appId: string;
	path: string;
	privateHash?: string;
}

const PUBLIC_PREFIX = '/api/apps/public/';
const PRIVATE_PREFIX = '/api/apps/private/';

// Framing is the server's business, not the app's.
const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection']);

export function isAppsPath(pathname: string): boolean {
	return pathname.startsWith(PUBLIC_PREFIX) || pathname.startsWith(PRIVATE_PREFIX);
}

/** The app endpoint an apps path names; undefined when a part (app id, hash, endpoint path) is missing. */
export function appEndpointAddress(pathname: string): AppEndpointAddress | undefined {
	const isPublic = pathname.startsWith(PUBLIC_PREFIX);
	const segments = pathname.slice((isPublic ? PUBLIC_PREFIX : PRIVATE_PREFIX).length).split('/');
	const [appId, ...rest] = segments;
	const privateHash = isPublic ? undefined : rest.shift();
	const path = rest.join('/');
	if (!appId || !path || privateHash === '') {
		return undefined;
	}
	return { appId, path, ...(privateHash === undefined ? {} : { privateHash }) };
}

export interface AppEndpointCall {
	address: AppEndpointAddress | undefined;
	method: string;
	headers: Record<string, string>;
	query: Record<string, string>;
	content: unknown;
	user?: WorkspaceUser;
}

export async function callAppEndpoint(apps: AppsGateway, call: AppEndpointCall): Promise<RestResponse> {
	const { address } = call;
	if (!address) {
		return text(404, 'Not Found');
	}
	let answer: AppHttpResponse | undefined;
	try {
		answer = await apps.callApi(address.appId, {
			method: call.method.toLowerCase(),
			path: address.path,
			headers: call.headers,
			query: call.query,
			content: call.content,
			...(address.privateHash === undefined ? {} : { privateHash: address.privateHash }),
			...(call.user === undefined ? {} : { user: call.user }),
		});
	} catch (error) {
		return text(500, error instanceof Error ? error.message : String(error));
	}
	return answer === undefined ? text(404, 'Not Found') : render(answer);
}

function render(answer: AppHttpResponse): RestResponse {
	if (!Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
		return text(500, `The app answered with an invalid HTTP status: ${String(answer.status)}`);
	}
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(answer.headers ?? {})) {
		if (!HOP_HEADERS.has(name.toLowerCase()) && isValidHeader(name, String(value))) {
			headers[name.toLowerCase()] = String(value);
		}
	}
	const { content } = answer;
	let body = '';
	if (typeof content === 'string') {
		headers['content-type'] ??= 'text/html; charset=utf-8';
		body = content;
	} else if (content !== undefined) {
		headers['content-type'] ??= 'application/json; charset=utf-8';
		body = JSON.stringify(content);
	}
	return { status: answer.status, headers, body };
}

function isValidHeader(name: string, value: string): boolean {
	try {
		validateHeaderName(name);
		validateHeaderValue(name, value);
		return true;
	} catch {
		return false;
	}
}

function text(status: number, body: string): RestResponse {
	return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}
