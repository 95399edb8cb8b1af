import type { Workspace } from '../sandbox/workspace/Workspace';

/**
 * A timing view of the workspace, handed to the engine only (the REST server and the seeding use the workspace
 * itself): every operation the engine's bridges call is timed where and when it really runs — amid the engine's
 * and the HTTP server's work, with the caches as they are then — so the host's own share of a leave can be told
 * apart from the round trips, operation by operation. Calls inside an operation are not counted twice.
 */
export class WorkspaceTimer {
	readonly workspace: Workspace;

	private spent = new Map<string, number>();

	constructor(target: Workspace) {
		this.workspace = new Proxy(target, {
			get: (object, property, receiver) => {
				const value: unknown = Reflect.get(object, property, receiver);
				if (typeof value !== 'function' || typeof property !== 'string') {
					return value;
				}
				return (...args: unknown[]) => {
					const started = performance.now();
					try {
						return (value as (...callArgs: unknown[]) => unknown).apply(object, args);
					} finally {
						this.spent.set(property, (this.spent.get(property) ?? 0) + performance.now() - started);
					}
				};
			},
		});
	}

	/** Milliseconds spent in each workspace operation since the previous take. */
	take(): Record<string, number> {
		const spent = Object.fromEntries(this.spent);
		this.spent = new Map();
		return spent;
	}
}
