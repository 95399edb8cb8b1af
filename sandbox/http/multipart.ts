// multipart/form-data (RFC 7578) as Rocket.Chat reads an upload with busboy: fields as text, files as bytes. Small
// and whole-buffer on purpose: the only upload the sandbox takes is an app zip, and a dependency would add nothing.

export interface MultipartFile {
	fieldname: string;
	filename: string;
	mimetype: string;
	content: Buffer;
}

export interface MultipartBody {
	fields: Record<string, string>;
	files: MultipartFile[];
}

/** A body that is not multipart, or is malformed: the message says which, as busboy's errors do. */
export class MultipartError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MultipartError';
	}
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartBody {
	if (!contentType) {
		throw new MultipartError('Missing Content-Type');
	}
	const boundary = boundaryOf(contentType);
	const delimiter = Buffer.from(`--${boundary}`);
	const fields: Record<string, string> = Object.create(null);
	const files: MultipartFile[] = [];

	let position = body.indexOf(delimiter);
	if (position === -1) {
		throw new MultipartError('Unexpected end of form');
	}
	for (;;) {
		position += delimiter.length;
		// `--` after a delimiter closes the body.
		if (body.subarray(position, position + 2).toString() === '--') {
			return { fields, files };
		}
		if (!body.subarray(position, position + 2).equals(CRLF)) {
			throw new MultipartError('Malformed part header');
		}
		const headersStart = position + 2;
		const headersEnd = body.indexOf(HEADER_END, headersStart);
		if (headersEnd === -1) {
			throw new MultipartError('Malformed part header');
		}
		// A part's content ends at the CRLF before the next delimiter.
		const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headersEnd + HEADER_END.length);
		if (next === -1) {
			throw new MultipartError('Unexpected end of form');
		}
		const headers = partHeaders(body.subarray(headersStart, headersEnd).toString('utf8'));
		const content = body.subarray(headersEnd + HEADER_END.length, next);
		const disposition = dispositionOf(headers['content-disposition']);
		if (disposition) {
			if (disposition.filename === undefined) {
				fields[disposition.name] = content.toString('utf8');
			} else {
				files.push({
					fieldname: disposition.name,
					filename: disposition.filename,
					mimetype: headers['content-type'] ?? 'application/octet-stream',
					content: Buffer.from(content),
				});
			}
		}
		position = next + CRLF.length;
	}
}

function boundaryOf(contentType: string): string {
	const [mediaType, ...parameters] = contentType.split(';');
	if (mediaType.trim().toLowerCase() !== 'multipart/form-data') {
		throw new MultipartError(`Unsupported content type: ${contentType}`);
	}
	const boundary = parameterValue(parameters, 'boundary');
	if (!boundary) {
		throw new MultipartError('Multipart: Boundary not found');
	}
	return boundary;
}

function partHeaders(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) {
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
	}
	return headers;
}

/** `form-data; name="…"; filename="…"`; undefined for a part that is not form data or has no name (busboy skips it). */
function dispositionOf(value: string | undefined): { name: string; filename?: string } | undefined {
	if (!value) {
		return undefined;
	}
	const [type, ...parameters] = value.split(';');
	const name = parameterValue(parameters, 'name');
	if (type.trim().toLowerCase() !== 'form-data' || name === undefined) {
		return undefined;
	}
	const filename = parameterValue(parameters, 'filename');
	return filename === undefined ? { name } : { name, filename };
}

function parameterValue(parameters: string[], key: string): string | undefined {
	for (const parameter of parameters) {
		const equals = parameter.indexOf('=');
		if (equals !== -1 && parameter.slice(0, equals).trim().toLowerCase() === key) {
			const raw = parameter.slice(equals + 1).trim();
			return raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
		}
	}
	return undefined;
}
