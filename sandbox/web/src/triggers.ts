import { randomId } from './rest';

// Rocket.Chat's client makes a new trigger id for each slash command and interaction it sends, and acts on what an
// app pushes only when it carries one of its own trigger ids from the last few seconds, once: a dialog opens only
// in the window that asked for it.
const TRIGGER_LIFETIME_MS = 5_000;

export class Triggers {
	private readonly sent = new Map<string, number>();

	issue(): string {
		const triggerId = randomId();
		this.sent.set(triggerId, Date.now());
		return triggerId;
	}

	/** Whether the id is ours and still fresh; it cannot be used again. */
	consume(triggerId: string | undefined): boolean {
		const sentAt = triggerId === undefined ? undefined : this.sent.get(triggerId);
		if (triggerId !== undefined) {
			this.sent.delete(triggerId);
		}
		return sentAt !== undefined && Date.now() - sentAt <= TRIGGER_LIFETIME_MS;
	}
}
