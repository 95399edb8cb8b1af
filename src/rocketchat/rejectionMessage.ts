/**
 * The message of an accessor call's rejection. Rocket.Chat's Deno runtime rejects with an Error carrying the host's
 * message; a runtime that hands the JSON-RPC error over as it came rejects with `{ error: { message } }` instead.
 * Undefined when the rejection carries no message in either shape.
 */
export function rejectionMessage(rejection: unknown): string | undefined {
	if (rejection instanceof Error) {
		return rejection.message;
	}
	if (typeof rejection !== 'object' || rejection === null || !('error' in rejection)) {
		return undefined;
	}
	const { error } = rejection;
	if (typeof error !== 'object' || error === null || !('message' in error)) {
		return undefined;
	}
	return typeof error.message === 'string' ? error.message : undefined;
}

/**
 * Early Deno runtimes (1.46 does; 1.53 no longer) wrapped the host's JSON-RPC error object in an Error as it was, so
 * every failed accessor call there reads like this: a veto, a missing method and a fault cannot be told apart.
 */
export function isEarlyRuntimeRejection(rejection: unknown): boolean {
	return rejectionMessage(rejection) === '[object Object]';
}
