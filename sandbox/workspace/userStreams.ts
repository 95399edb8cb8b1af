/**
 * What Rocket.Chat pushes to one user's open clients over its `stream-notify-user` stream, kept so a client of the
 * sandbox can read it back or wait for it (the sandbox has no websocket). Each event carries the stream's event name
 * (`<uid>/uiInteraction` for what an app opens, `<uid>/message` for an ephemeral message) and its arguments as
 * Rocket.Chat sends them, plus an id that grows by one per event across all users, so a reader asks for what came
 * after the last id it saw.
 */
export interface UserStreamEvent {
	id: number;
	eventName: string;
	args: unknown[];
	ts: Date;
}

const EVENTS_KEPT_PER_USER = 1000;

interface Waiter {
	since: number;
	resolve: (events: UserStreamEvent[]) => void;
	timer: NodeJS.Timeout;
}

export class UserStreams {
	private lastId = 0;

	private readonly eventsByUser = new Map<string, UserStreamEvent[]>();

	private readonly waitersByUser = new Map<string, Set<Waiter>>();

	/** Records `<uid>/<name>` with the arguments as given (copied), and wakes whoever waits on that user. */
	push(uid: string, name: string, args: unknown[]): UserStreamEvent {
		const event: UserStreamEvent = { id: ++this.lastId, eventName: `${uid}/${name}`, args: structuredClone(args), ts: new Date() };
		const kept = this.eventsByUser.get(uid) ?? [];
		kept.push(event);
		if (kept.length > EVENTS_KEPT_PER_USER) {
			kept.shift();
		}
		this.eventsByUser.set(uid, kept);
		for (const waiter of [...(this.waitersByUser.get(uid) ?? [])]) {
			this.settle(uid, waiter, this.after(uid, waiter.since));
		}
		return structuredClone(event);
	}

	/** The user's events with an id above `since`, oldest first (the last 1,000 are kept). */
	after(uid: string, since: number): UserStreamEvent[] {
		return (this.eventsByUser.get(uid) ?? []).filter((event) => event.id > since).map((event) => structuredClone(event));
	}

	/** The id of the newest event of any user (0 before the first). */
	latestId(): number {
		return this.lastId;
	}

	/**
	 * The user's events after `since`; when there are none yet, waits up to `timeoutMs` for the next and answers [] if
	 * none comes. A long poll: the waiting timer does not keep the process alive.
	 */
	wait(uid: string, since: number, timeoutMs: number): Promise<UserStreamEvent[]> {
		const ready = this.after(uid, since);
		if (ready.length > 0 || timeoutMs <= 0) {
			return Promise.resolve(ready);
		}
		return new Promise((resolve) => {
			const waiters = this.waitersByUser.get(uid) ?? new Set<Waiter>();
			this.waitersByUser.set(uid, waiters);
			const waiter: Waiter = { since, resolve, timer: setTimeout(() => this.settle(uid, waiter, []), timeoutMs) };
			waiter.timer.unref();
			waiters.add(waiter);
		});
	}

	private settle(uid: string, waiter: Waiter, events: UserStreamEvent[]): void {
		clearTimeout(waiter.timer);
		this.waitersByUser.get(uid)?.delete(waiter);
		waiter.resolve(events);
	}
}
