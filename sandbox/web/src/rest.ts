// The page's only way to the sandbox: Rocket.Chat's REST routes, with the headers its client sends once logged in.

export interface Session {
	userId: string;
	authToken: string;
	username: string;
}

export class RestFailure extends Error {
	constructor(
		readonly status: number,
		readonly body: Record<string, unknown>,
	) {
		super(typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : `HTTP ${status}`);
	}
}

async function request<T>(session: Session | undefined, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
	const headers: Record<string, string> = session ? { 'X-User-Id': session.userId, 'X-Auth-Token': session.authToken } : {};
	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
	const text = await response.text();
	// ui.interaction answers an empty body when the app's handler returned nothing.
	const parsed = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
	if (!response.ok) {
		throw new RestFailure(response.status, parsed);
	}
	return parsed as T;
}

export const get = <T>(session: Session | undefined, path: string, query: Record<string, string> = {}): Promise<T> =>
	request<T>(session, 'GET', Object.keys(query).length > 0 ? `${path}?${new URLSearchParams(query).toString()}` : path);

export const post = <T>(session: Session | undefined, path: string, body: unknown): Promise<T> => request<T>(session, 'POST', path, body);

export async function login(user: string, password: string): Promise<Session> {
	const { data } = await post<{ data: { userId: string; authToken: string; me: { username: string } } }>(undefined, '/api/v1/login', { user, password });
	return { userId: data.userId, authToken: data.authToken, username: data.me.username };
}

/** A random id as Rocket.Chat's client makes one for each trigger (17 characters of this alphabet). */
export function randomId(): string {
	const alphabet = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
	const bytes = crypto.getRandomValues(new Uint8Array(17));
	return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
