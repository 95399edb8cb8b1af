import { inParallel } from '../../src/bulk/inParallel';

// A bounded number of accessor calls in flight: the order of results kept, and a failure ends the batch.

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('inParallel', () => {
	it('answers in the items’ order, however the work finishes', async () => {
		const delays = [3, 1, 2, 0];
		const results = await inParallel(delays, 2, async (delay) => {
			for (let i = 0; i < delay; i++) {
				await tick();
			}
			return delay * 10;
		});
		expect(results).toEqual([30, 10, 20, 0]);
	});

	it('never has more than `limit` items in flight, and keeps `limit` busy', async () => {
		let open = 0;
		let most = 0;
		await inParallel(
			Array.from({ length: 50 }, (_, index) => index),
			7,
			async () => {
				open++;
				most = Math.max(most, open);
				await tick();
				open--;
			},
		);
		expect(most).toBe(7);
	});

	it('starts no new item after a failure and throws the first one', async () => {
		const started: number[] = [];
		const run = inParallel([0, 1, 2, 3, 4, 5], 2, async (item) => {
			started.push(item);
			// The first item outlasts the failing second, so only the failure can stop its worker taking the third.
			for (let i = 0; i < (item === 0 ? 3 : 1); i++) {
				await tick();
			}
			if (item === 1) {
				throw new Error('engine down');
			}
		});
		await expect(run).rejects.toThrow('engine down');
		expect(started).toEqual([0, 1]);
	});

	it('does nothing for no items', async () => {
		expect(await inParallel([], 4, async () => 1)).toEqual([]);
	});
});
