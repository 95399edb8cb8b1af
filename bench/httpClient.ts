import { Agent, request } from 'node:http';

/** A logged-in caller, as Rocket.Chat's REST API authenticates one. */
export interface Credentials {
	userId: string;
	authToken: string;
}

export interface TimedResponse {
	status: number;
	body: unknown;
	/** From sending the request to the last byte of the answer. */
	ms: number;
}

/**
 * Sequential HTTP client for the benchmark: one kept-alive connection, so every timed request pays the same
 * (already open) connection cost and none pays a TCP handshake the others do not.
 */
export class BenchClient {
	private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

	constructor(private readonly baseUrl: string) {}

	get(path: string, caller: Credentials): Promise<TimedResponse> {
		return this.send('GET', path, caller);
	}

	post(path: string, caller: Credentials, body: unknown): Promise<TimedResponse> {
		return this.send('POST', path, caller, JSON.stringify(body));
	}

	close(): void {
		this.agent.destroy();
	}

	private send(method: string, path: string, caller: Credentials, payload?: string): Promise<TimedResponse> {
		const headers: Record<string, string> = { 'X-User-Id': caller.userId, 'X-Auth-Token': caller.authToken };
		if (payload !== undefined) {
			headers['Content-Type'] = 'application/json';
			headers['Content-Length'] = String(Buffer.byteLength(payload));
		}
		return new Promise((resolve, reject) => {
			const started = performance.now();
			const outgoing = request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('error', reject);
				response.on('end', () => {
					const ms = performance.now() - started;
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({ status: response.statusCode ?? 0, body: parseJson(text), ms });
				});
			});
			outgoing.on('error', reject);
			outgoing.end(payload);
		});
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
