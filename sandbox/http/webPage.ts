import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

import { WEB_PAGE_DIR } from '../web/build';

// The sandbox's web page (../web): `GET /` is the page, `GET /web/<file>` its bundle, styles and fonts. Everything else
// goes on to the REST API, so the page and the API share one origin, as Rocket.Chat's client and server do.

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
	'.svg': 'image/svg+xml',
};

/** The file under the page's folder a request asks for, or undefined when the request is not for the page. */
function pageFile(request: IncomingMessage): string | undefined {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		return undefined;
	}
	const { pathname } = new URL(request.url ?? '/', 'http://sandbox.invalid');
	if (pathname === '/') {
		return 'index.html';
	}
	const name = pathname.startsWith('/web/') ? normalize(pathname.slice('/web/'.length)) : undefined;
	return name && !name.startsWith('.') && !name.includes('/') ? name : undefined;
}

/** Answers the request when it is for the page; false lets the caller route it. */
export function serveWebPage(request: IncomingMessage, response: ServerResponse): boolean {
	const name = pageFile(request);
	if (name === undefined) {
		return false;
	}
	readFile(join(WEB_PAGE_DIR, name)).then(
		(content) => {
			response.writeHead(200, {
				'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
				'content-length': content.length,
				'cache-control': 'no-cache',
			});
			response.end(request.method === 'HEAD' ? undefined : content);
		},
		() => {
			const text = name === 'index.html' ? 'The web page is not built: run `npm ci`, or restart the sandbox.\n' : 'Not Found\n';
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(text);
		},
	);
	return true;
}
