/**
 * Runs the leaves of one room one after another, and those of different rooms side by side.
 * Core checks the last-owner rule and removes the user in two steps, so two owners leaving at once could both pass
 * the check; holding the room's turn from the check to the removal closes that gap for leaves made through this app.
 */
export class RoomQueue {
	private readonly tails = new Map<string, Promise<void>>();

	public run<T>(roomId: string, task: () => Promise<T>): Promise<T> {
		const previous = this.tails.get(roomId) ?? Promise.resolve();
		const result = previous.then(task);
		// A failed task must still hand the turn on.
		const tail = result.then(
			() => undefined,
			() => undefined,
		);
		this.tails.set(roomId, tail);
		// Forget the room once nobody waits for it, so the map does not grow with every room ever left.
		void tail.then(() => {
			if (this.tails.get(roomId) === tail) {
				this.tails.delete(roomId);
			}
		});
		return result;
	}

	/** How many rooms have a leave running or waiting. */
	public get busyRooms(): number {
		return this.tails.size;
	}
}
