// A plain HTTP client over node:http(s) with keep-alive sockets: it sends bodies byte for byte (duplicate JSON keys,
// malformed documents, any content type), which fetch-style helpers normalise away, and it bounds every request in time.
import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
	/** Milliseconds from sending the request to the end of the answer. */
	elapsedMs: number;
}

export interface HttpRequest {
	method: string;
	path: string;
	headers?: Record<string, string>;
	body?: string | Buffer;
}

export class HttpClient {
	private readonly base: URL;

	private readonly agent: http.Agent;

	constructor(
		baseUrl: string,
		private readonly timeoutMs = 30_000,
		maxSockets = 16,
	) {
		this.base = new URL(baseUrl);
		const Agent = this.base.protocol === 'https:' ? https.Agent : http.Agent;
		this.agent = new Agent({ keepAlive: true, maxSockets });
	}

	get baseUrl(): string {
		return this.base.origin;
	}

	send(request: HttpRequest): Promise<HttpAnswer> {
		const started = Date.now();
		const transport = this.base.protocol === 'https:' ? https : http;
		const headers: Record<string, string | number> = { ...request.headers };
		if (request.body !== undefined) {
			headers['Content-Length'] = Buffer.byteLength(request.body);
		}
		return new Promise((resolve, reject) => {
			const req = transport.request(
				new URL(request.path, this.base),
				{ method: request.method, headers, agent: this.agent, timeout: this.timeoutMs },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('error', reject);
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							text: Buffer.concat(chunks).toString('utf8'),
							elapsedMs: Date.now() - started,
						}),
					);
				},
			);
			req.on('timeout', () => req.destroy(new Error(`${request.method} ${request.path} got no answer within ${this.timeoutMs} ms`)));
			req.on('error', reject);
			req.end(request.body);
		});
	}

	close(): void {
		this.agent.destroy();
	}
}

/** The answer's body as JSON; fails with the raw text when it is not JSON, which is itself a finding. */
export function jsonOf(answer: HttpAnswer): Record<string, unknown> {
	try {
		return JSON.parse(answer.text) as Record<string, unknown>;
	} catch {
		throw new Error(`expected a JSON answer, got ${answer.status}: ${answer.text.slice(0, 300)}`);
	}
}
