import { AppManager } from '@rocket.chat/apps-engine/server/AppManager';

import type { TimedCall } from './roundTrips';

/** The engine's Deno controller hands every request of the app's subprocess to this (private in its typings). */
interface IncomingRequests {
	handleIncomingMessage(message: { payload: { method: string } }): Promise<void>;
}

/**
 * Records when each accessor or bridge call of the app's subprocess starts and ends at the host, at the point where
 * the sandbox counts them (the engine's handler of the subprocess's requests), so calls and their order are what the
 * host really sees. Wrapped from the bench side, through the engine's own AppManager, so the sandbox stays as it is.
 *
 * `holdMs` delays handling each call. Unheld, the host often answers a call before the app's next one, sent in
 * parallel, has even arrived (the runtime writes its requests one by one), so overlapping calls could look sequential.
 * Held, every call the app sends before hearing back arrives while the first is still open, and a call that waited
 * for an answer starts after it: the steps then count round trips the app waited for, not the host's speed.
 */
export class AccessorTimeline {
	holdMs = 0;

	private calls: TimedCall[] = [];

	private constructor() {}

	/** Wraps the running app's handler; one timeline per engine start (a new start builds a new controller). */
	static attach(appId: string): AccessorTimeline {
		const timeline = new AccessorTimeline();
		const controller = AppManager.Instance.getOneById(appId).getRuntimeController() as unknown as IncomingRequests;
		const handle = controller.handleIncomingMessage.bind(controller);
		controller.handleIncomingMessage = (message) => {
			const { method } = message.payload;
			// The same filter as the sandbox's counter: replies, logs and heartbeats are not calls.
			if (!method.startsWith('accessor:') && !method.startsWith('bridges:')) {
				return handle(message);
			}
			const startMs = performance.now();
			const hold = timeline.holdMs;
			const handled = hold > 0 ? new Promise((resolve) => setTimeout(resolve, hold)).then(() => handle(message)) : handle(message);
			// The handler resolves once the answer is written to the subprocess, so that is where the call ends.
			return handled.finally(() => {
				timeline.calls.push({ method, startMs, endMs: performance.now() });
			});
		};
		return timeline;
	}

	/** The calls that ended since the previous take, in the order they ended. */
	take(): TimedCall[] {
		const calls = this.calls;
		this.calls = [];
		return calls;
	}
}
