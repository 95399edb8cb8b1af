/**
 * `work` on every item, at most `limit` at a time, results in the items' order. Each accessor call is a round trip to
 * the app's process: thousands at once would flood the engine, one at a time would make a person wait for each.
 * A failure ends the whole: no new item starts, and the first failure is thrown once those in flight have settled.
 */
export async function inParallel<T, R>(items: ReadonlyArray<T>, limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async (): Promise<void> => {
		while (next < items.length && !failure) {
			const index = next++;
			try {
				results[index] = await work(items[index]);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	if (failure) {
		throw failure.error;
	}
	return results;
}
