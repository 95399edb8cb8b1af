/** The error every bridge method the sandbox does not emulate throws, so an app using one fails loudly with its name. */
export function unsupported(bridge: string, method: string): never {
	throw new Error(`${bridge}.${method} is not supported by the sandbox`);
}

/**
 * A bridge the sandbox does not emulate at all (livechat, e-mail, uploads, …). The engine fetches every bridge when
 * it starts, so the getter must answer; any method called on the answer throws the unsupported error.
 */
export function unsupportedBridge<T extends object>(bridge: string): T {
	return new Proxy({} as T, {
		get(_target, property) {
			// Not a thenable: the engine may pass bridges through promises.
			if (typeof property !== 'string' || property === 'then') {
				return undefined;
			}
			return () => unsupported(bridge, property);
		},
	});
}
