// Generated request bodies for the leave endpoint, hostile on purpose: every JSON type and nesting, huge and unicode
// strings, prototype keys, duplicate keys (raw JSON text), malformed documents, form bodies with nested-key syntax,
// raw bytes, and mismatched or missing content types. Room references that really exist are mixed in, so that some
// bodies reach every check of the endpoint and some make a valid leave. Every body but one kind: a `__proto__` key that
// parsing keeps stops the app's runtime on a real server (README, Known limitations), so those are left to the test
// that sends one anonymously (test/e2e/groupsLeave.test.ts) and to scripts/measure-proto-outage.ts.
import fc from 'fast-check';

export interface HostileRequest {
	contentType: string | undefined;
	body: string | Buffer;
	/** What the generator built, for readable counterexamples. */
	kind: string;
}

const trickyKeys = [
	'roomId',
	'roomName',
	'userId',
	'username',
	'__proto__[roomId]',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'RoomId',
	'roomId ',
];

const trickyStrings = ['', ' ', '#', '\u0000', '\ud800', '\u202e', 'GENERAL', 'general', '{"roomId":1}', '$ne', '../..', '*', '%00', 'null', 'undefined'];

/** `references` are real room ids and names (and near misses of them) the caller may or may not reach. */
export function hostileRequest(references: readonly string[]): fc.Arbitrary<HostileRequest> {
	const reference = fc.constantFrom(...references);
	const hugeString = fc
		.tuple(fc.constantFrom(...references, 'x', 'é', '😀'), fc.constantFrom(10_000, 200_000, 1_200_000))
		.map(([seed, size]) => seed.repeat(Math.ceil(size / seed.length)));
	const text = fc.oneof(
		reference,
		fc.constantFrom(...trickyStrings),
		fc.string({ unit: 'grapheme', maxLength: 40 }),
		fc.string({ unit: 'binary', maxLength: 40 }),
		reference.map((ref) => `#${ref}`),
		reference.map((ref) => ref.toUpperCase()),
		reference.map((ref) => ` ${ref} `),
	);
	const value: fc.Arbitrary<unknown> = fc.oneof(
		{ arbitrary: text, weight: 6 },
		{ arbitrary: hugeString, weight: 1 },
		{ arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
		{ arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, []), weight: 1 },
		{ arbitrary: reference.map((ref) => [ref]), weight: 1 },
		{ arbitrary: reference.map((ref) => ({ $ne: null, _id: ref })), weight: 1 },
		{ arbitrary: fc.dictionary(fc.constantFrom(...trickyKeys), text, { maxKeys: 3 }), weight: 1 },
	);
	const key = fc.oneof({ arbitrary: fc.constantFrom(...trickyKeys), weight: 5 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
	// Written out by hand: JSON.stringify cannot produce duplicate keys.
	const objectText = (pairs: Array<[string, unknown]>): string =>
		`{${pairs.map(([name, item]) => `${JSON.stringify(name)}:${JSON.stringify(item)}`).join(',')}}`;
	const rawObject = fc.array(fc.tuple(key, value), { maxLength: 5 }).map(objectText);
	// A real room reference under roomId or roomName among hostile extras: these bodies reach every check and make leaves.
	const aimedObject = fc
		.tuple(fc.constantFrom('roomId', 'roomName'), reference, fc.array(fc.tuple(key, value), { maxLength: 3 }), fc.boolean())
		.map(([name, ref, extras, aimFirst]): Array<[string, unknown]> => (aimFirst ? [[name, ref], ...extras] : [...extras, [name, ref]]))
		.map(objectText);
	const jsonDocument = fc.oneof(
		{ arbitrary: rawObject.map((body) => ({ body, kind: 'json object' })), weight: 5 },
		{ arbitrary: aimedObject.map((body) => ({ body, kind: 'aimed json object' })), weight: 5 },
		{ arbitrary: fc.jsonValue({ maxDepth: 4 }).map((doc) => ({ body: JSON.stringify(doc) ?? 'null', kind: 'json value' })), weight: 2 },
		{ arbitrary: rawObject.map((body) => ({ body: `{"roomId":${body},"roomName":[${body}]}`, kind: 'nested json' })), weight: 1 },
	);
	const malformed = fc.oneof(
		rawObject.chain((body) => fc.nat({ max: Math.max(0, body.length - 1) }).map((cut) => body.slice(0, cut))),
		fc.constantFrom('{', '[', '{"roomId":}', '{"roomId":"x",}', "{'roomId':'x'}", '\ufeff{"roomId":"x"}', 'NaN', 'nul', '{"roomId":"\\x"}', '{}}', ''),
		fc.string({ unit: 'binary', maxLength: 60 }),
	);
	const formBody = fc.oneof(
		fc.array(fc.tuple(key, text), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs).toString()),
		reference.chain((ref) =>
			fc.constantFrom(
				`roomId[$ne]=${ref}`,
				`roomId[]=${ref}&roomId[]=${ref}`,
				`__proto__[roomId]=${ref}`,
				`constructor[prototype][roomId]=${ref}`,
				`roomId=${ref}&roomId=x`,
			),
		),
	);
	const jsonTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16');
	const otherTypes = fc.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', '', undefined);
	const anyType = fc.oneof(jsonTypes, fc.constant('application/x-www-form-urlencoded'), otherTypes);

	return fc
		.oneof(
			{ arbitrary: fc.record({ contentType: jsonTypes, doc: jsonDocument }).map(({ contentType, doc }) => ({ contentType, ...doc })), weight: 8 },
			{ arbitrary: fc.record({ contentType: anyType, body: malformed }).map((request) => ({ ...request, kind: 'malformed' })), weight: 3 },
			{
				arbitrary: fc
					.record({ contentType: fc.constant('application/x-www-form-urlencoded'), body: formBody })
					.map((request) => ({ ...request, kind: 'form' })),
				weight: 2,
			},
			{
				arbitrary: fc
					.record({ contentType: otherTypes, doc: jsonDocument })
					.map(({ contentType, doc }) => ({ contentType, body: doc.body, kind: 'mismatched type' })),
				weight: 2,
			},
			{
				arbitrary: fc
					.record({ contentType: anyType, bytes: fc.uint8Array({ maxLength: 80 }) })
					.map(({ contentType, bytes }) => ({ contentType, body: Buffer.from(bytes), kind: 'raw bytes' })),
				weight: 1,
			},
		)
		.filter((request) => !keepsProtoKey(request))
		.map(withShortDescription);
}

/** Whether express's parsers (JSON, or a form read with `extended: false`) would hand the app an own `__proto__` key. */
function keepsProtoKey({ body }: HostileRequest): boolean {
	const text = body.toString();
	if (new URLSearchParams(text).has('__proto__')) {
		return true;
	}
	try {
		return hasProtoKey(JSON.parse(text));
	} catch {
		return false;
	}
}

function hasProtoKey(value: unknown): boolean {
	if (value === null || typeof value !== 'object') {
		return false;
	}
	return Object.prototype.hasOwnProperty.call(value, '__proto__') || Object.values(value).some(hasProtoKey);
}

/** Counterexamples print huge bodies abbreviated, so a failure report stays readable. */
function withShortDescription(request: HostileRequest): HostileRequest {
	const body = request.body.toString();
	const shown = body.length > 300 ? `${body.slice(0, 150)}…(${body.length} chars)…${body.slice(-50)}` : body;
	return Object.assign(request, { [fc.toStringMethod]: () => `${request.kind} [${request.contentType ?? 'no content type'}] ${JSON.stringify(shown)}` });
}
