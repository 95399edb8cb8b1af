// Rocket.Chat REST calls as one logged-in user. Set-up and read-back go through Rocket.Chat's own client,
// @rocket.chat/api-client (typed by @rocket.chat/rest-typings), wherever it covers the route; the calls whose exact
// bytes and answers a test checks (the app's endpoint, hostile bodies) and the sandbox-only routes use the plain
// HttpClient, which sends bodies byte for byte.
import { RestClient } from '@rocket.chat/api-client';

import { jsonOf, type HttpAnswer, type HttpClient } from './httpClient';

export type Json = Record<string, unknown>;

export interface Credentials {
	userId: string;
	authToken: string;
}

export class RestSession {
	/** Rocket.Chat's own REST client, logged in as this user. */
	readonly client: RestClient;

	constructor(
		readonly http: HttpClient,
		readonly credentials: Credentials,
		readonly username: string,
	) {
		this.client = loggedInClient(http.baseUrl, credentials);
	}

	get userId(): string {
		return this.credentials.userId;
	}

	authHeaders(): Record<string, string> {
		return { 'X-User-Id': this.credentials.userId, 'X-Auth-Token': this.credentials.authToken };
	}

	/** POST with a JSON body; answers the raw HTTP answer. */
	postRaw(path: string, body: unknown): Promise<HttpAnswer> {
		return this.http.send({
			method: 'POST',
			path,
			headers: { ...this.authHeaders(), 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
	}

	getRaw(path: string, query: Record<string, string | number> = {}): Promise<HttpAnswer> {
		const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
		return this.http.send({ method: 'GET', path: `${path}?${search}`, headers: this.authHeaders() });
	}

	/** A REST call that must succeed (set-up and checks); fails with the server's answer otherwise. */
	async post(path: string, body: unknown): Promise<Json> {
		return successOf(`POST ${path}`, await this.postRaw(path, body));
	}

	async get(path: string, query: Record<string, string | number> = {}): Promise<Json> {
		return successOf(`GET ${path}`, await this.getRaw(path, query));
	}
}

function successOf(what: string, answer: HttpAnswer): Json {
	const body = jsonOf(answer);
	if (answer.status !== 200 || body.success !== true) {
		throw new Error(`${what} failed with ${answer.status}: ${answer.text.slice(0, 500)}`);
	}
	return body;
}

function loggedInClient(baseUrl: string, { userId, authToken }: Credentials): RestClient {
	const client = new RestClient({ baseUrl });
	client.setCredentials({ 'X-User-Id': userId, 'X-Auth-Token': authToken });
	return client;
}

/**
 * A call through Rocket.Chat's client that must succeed (set-up and checks). The client rejects any answer but a 2xx
 * with the fetch Response itself; that becomes an error carrying the server's status and body.
 */
export async function succeeds<T>(what: string, call: Promise<T>): Promise<T> {
	try {
		return await call;
	} catch (error) {
		if (isFetchResponse(error)) {
			throw new Error(`${what} failed with ${error.status}: ${(await error.text()).slice(0, 500)}`);
		}
		throw error;
	}
}

// The project's Node typings predate the global fetch types, so the Response is recognised by its shape.
function isFetchResponse(value: unknown): value is { status: number; text(): Promise<string> } {
	return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number' && 'text' in value;
}

/** Logs in as Rocket.Chat's clients do: POST /v1/login, then the token as the client's credentials. */
export async function login(http: HttpClient, username: string, password: string): Promise<RestSession> {
	const anonymous = new RestClient({ baseUrl: http.baseUrl });
	const { data } = await succeeds(`login of ${username}`, anonymous.post('/v1/login', { user: username, password }));
	return new RestSession(http, { userId: data.userId, authToken: data.authToken }, username);
}
