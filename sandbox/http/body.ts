import type { IncomingMessage } from 'node:http';

import { RestError, methodError } from './respond';

// Request bodies as Rocket.Chat's servers accept them: JSON or urlencoded, anything else read as no
// parameters, with a size cap so a client cannot make the sandbox buffer without end.

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

// A parsed "__proto__" key is an own property, harmless here, but it reaches the app's Deno runtime through the
// engine's serialisation and kills the subprocess there. No API parameter has that name, so it is dropped.
const PROTO_KEY = '__proto__';

export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limitBytes) {
				// Keep draining so the 413 can still be written on this connection; stop buffering.
				tooLarge = true;
				chunks.length = 0;
				return;
			}
			if (!tooLarge) {
				chunks.push(chunk);
			}
		});
		request.on('end', () => {
			if (tooLarge) {
				reject(
					new RestError(413, {
						success: false,
						error: `The request body is larger than ${limitBytes} bytes [error-request-too-large]`,
						errorType: 'error-request-too-large',
					}),
				);
			} else {
				resolve(Buffer.concat(chunks));
			}
		});
		request.on('error', reject);
	});
}

/** The body as a value: `{}` when empty or of a content type the API does not read. */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
	const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (raw.length === 0) {
		return {};
	}
	const text = raw.toString('utf8');
	if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
		return parseJson(text);
	}
	if (mediaType === 'application/x-www-form-urlencoded') {
		return Object.fromEntries([...new URLSearchParams(text)].filter(([key]) => key !== PROTO_KEY));
	}
	return {};
}

function parseJson(text: string): unknown {
	let value: unknown;
	try {
		value = JSON.parse(text, (key, item: unknown) => (key === PROTO_KEY ? undefined : item));
	} catch {
		throw invalidJson();
	}
	// Like body-parser's strict mode, only an object or an array is a body.
	if (typeof value !== 'object' || value === null) {
		throw invalidJson();
	}
	return value;
}

function invalidJson(): RestError {
	return methodError('error-invalid-body', 'The request body is not valid JSON');
}
