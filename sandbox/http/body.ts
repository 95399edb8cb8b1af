import type { IncomingMessage } from 'node:http';

import { RestError } from './respond';

// REST request bodies as Rocket.Chat's API router reads them (packages/http-router/src/Router.ts, parseBodyParams),
// with a size cap of the sandbox's own so that a client cannot make it buffer without end.

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

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

/**
 * The body parameters: JSON when the content type says so, a form's fields (the last of a repeated key), else the
 * text itself. Whatever cannot be parsed is no parameters at all, and so is an empty body; multipart bodies are
 * left to the routes that take uploads. Nothing is filtered, `__proto__` included, as in Rocket.Chat.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
	if (contentType?.includes('multipart/form-data')) {
		return {};
	}
	// Decoded as a fetch Request's text() is: UTF-8, a byte-order mark dropped.
	const text = new TextDecoder().decode(raw);
	let parsed: unknown;
	try {
		if (contentType?.includes('application/json')) {
			parsed = JSON.parse(text);
		} else if (contentType?.includes('application/x-www-form-urlencoded')) {
			parsed = Object.fromEntries(new URLSearchParams(text));
		} else {
			parsed = text;
		}
	} catch {
		return {};
	}
	if (parsed === '') {
		return {};
	}
	if (Array.isArray(parsed)) {
		return parsed;
	}
	// A spread, as Rocket.Chat's router does: a string becomes its characters by index, other scalars nothing.
	return { ...(parsed as object) };
}
