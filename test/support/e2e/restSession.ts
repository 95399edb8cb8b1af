// Rocket.Chat REST calls as one logged-in user: X-User-Id + X-Auth-Token headers, JSON bodies, query strings for GETs.
import { jsonOf, type HttpAnswer, type HttpClient } from './httpClient';

export type Json = Record<string, unknown>;

export interface Credentials {
	userId: string;
	authToken: string;
}

export class RestSession {
	constructor(
		readonly http: HttpClient,
		readonly credentials: Credentials,
		readonly username: string,
	) {}

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

export async function login(http: HttpClient, username: string, password: string): Promise<RestSession> {
	const answer = await http.send({
		method: 'POST',
		path: '/api/v1/login',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ user: username, password }),
	});
	const body = jsonOf(answer) as { status?: string; data?: { userId: string; authToken: string } };
	if (answer.status !== 200 || body.status !== 'success' || !body.data) {
		throw new Error(`login of ${username} failed with ${answer.status}: ${answer.text.slice(0, 300)}`);
	}
	return new RestSession(http, { userId: body.data.userId, authToken: body.data.authToken }, username);
}
