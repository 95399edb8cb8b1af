import type { Method, OperationResult, PathPattern } from '@rocket.chat/rest-typings';

import { success } from './respond';
import type { JsonBody, RestResponse } from './respond';

// What Rocket.Chat's own clients (@rocket.chat/api-client, the web client) expect each route to answer, from
// @rocket.chat/rest-typings: a compile-time check that the sandbox's answers have that shape. Types only — nothing
// of the package is loaded at run time. `success` is added by success(), as Rocket.Chat's API.v1.success adds it.

type WithoutSuccess<T> = T extends unknown ? Omit<T, 'success'> : never;

/**
 * The answer of `METHOD path` (a rest-typings path pattern, e.g. '/v1/groups.create') before JSON, without `success`:
 * dates as Date, as Rocket.Chat's server code builds it. JSON.stringify makes it what the client's Serialized<> reads.
 */
export type RestAnswer<TMethod extends Method, TPath extends PathPattern> = WithoutSuccess<OperationResult<TMethod, TPath>>;

/**
 * A 200 success whose body is checked against Rocket.Chat's typing of that endpoint. A field Rocket.Chat sends and the
 * typings leave out may be there; one the typings require and the sandbox lacks fails the type check.
 */
export function typedSuccess<TMethod extends Method, TPath extends PathPattern>(body: RestAnswer<TMethod, TPath>): RestResponse {
	return success(body as JsonBody);
}
