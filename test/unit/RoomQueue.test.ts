import { RoomQueue } from '../../src/leave/RoomQueue';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('RoomQueue: one leave at a time per room', () => {
	it('runs tasks of the same room one after another', async () => {
		const queue = new RoomQueue();
		const events: string[] = [];
		const task = (name: string) => async () => {
			events.push(`${name} start`);
			await tick();
			await tick();
			events.push(`${name} end`);
			return name;
		};
		const results = await Promise.all([queue.run('R1', task('a')), queue.run('R1', task('b'))]);
		expect(results).toEqual(['a', 'b']);
		expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
	});

	it('runs tasks of different rooms side by side', async () => {
		const queue = new RoomQueue();
		const events: string[] = [];
		const task = (name: string) => async () => {
			events.push(`${name} start`);
			await tick();
			events.push(`${name} end`);
		};
		await Promise.all([queue.run('R1', task('a')), queue.run('R2', task('b'))]);
		expect(events.slice(0, 2)).toEqual(['a start', 'b start']);
	});

	it('hands the turn on after a failing task and still reports its failure', async () => {
		const queue = new RoomQueue();
		const failing = queue.run('R1', async () => {
			throw new Error('bridge down');
		});
		const next = queue.run('R1', async () => 'next ran');
		await expect(failing).rejects.toThrow('bridge down');
		await expect(next).resolves.toBe('next ran');
	});

	it('forgets a room once its leaves are done', async () => {
		const queue = new RoomQueue();
		const runs = Array.from({ length: 100 }, (_, index) => queue.run(`R${index % 10}`, async () => tick()));
		expect(queue.busyRooms).toBe(10);
		await Promise.all(runs);
		await tick();
		expect(queue.busyRooms).toBe(0);
	});
});
