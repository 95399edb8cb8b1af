// Concurrent leaves through the sandbox (the real Apps-Engine runtime): the app serialises leaves of one room, so two
// owners leaving at once cannot both pass the last-owner guard, and a crowd leaving at once leaves a consistent room.
import { jsonOf } from '../support/e2e/httpClient';
import { mapWithConcurrency } from '../support/e2e/concurrency';
import type { RestSession } from '../support/e2e/restSession';
import { useScenario } from '../support/e2e/useScenario';

const scenario = useScenario({ sandboxOnly: true, maxSockets: 64 });

describe('two sole owners leaving the same group at once', () => {
	const rounds = 100;
	const roundsAtOnce = 5;

	it(`exactly one succeeds in each of ${rounds} rounds and the group always keeps an owner`, async () => {
		const s = scenario();
		const [first, second] = await Promise.all([s.createUser({ prefix: 'owner-a' }), s.createUser({ prefix: 'owner-b' })]);
		const outcomes = await mapWithConcurrency(
			Array.from({ length: rounds }, (_, round) => round),
			roundsAtOnce,
			async () => {
				const room = await s.createGroup(first, [second]);
				await s.addOwner(first, room, second);
				const answers = await Promise.all([s.leave(first, { roomId: room._id }), s.leave(second, { roomId: room._id })]);
				const winners = answers.filter((answer) => answer.status === 200).length;
				const refusals = answers.filter((answer) => answer.status === 400 && jsonOf(answer).errorType === 'error-you-are-last-owner').length;
				const stayer: RestSession = answers[0].status === 200 ? second : first;
				const owners = await s.ownerUsernames(stayer, room);
				const members = await s.memberUsernames(stayer, room);
				return { winners, refusals, owners: owners.length, members: members.length, stayerOwns: owners.includes(stayer.username) };
			},
		);
		const expected = { winners: 1, refusals: 1, owners: 1, members: 1, stayerOwns: true };
		expect(outcomes.filter((outcome) => JSON.stringify(outcome) !== JSON.stringify(expected))).toEqual([]);
	}, 60_000);
});

describe('a crowd leaving one group at once', () => {
	const crowd = 200;
	const concurrency = 50;

	it(`${crowd} members leaving at concurrency ${concurrency} all succeed, and members, usersCount and ul messages agree`, async () => {
		const s = scenario();
		const owner = await s.createUser({ prefix: 'owner' });
		const members = await mapWithConcurrency(
			Array.from({ length: crowd }, (_, index) => index),
			20,
			() => s.createUser({ prefix: 'crowd' }),
		);
		const room = await s.createGroup(owner, members);
		const before = await s.groupInfo(owner, room);
		expect(before.usersCount).toBe(crowd + 1);

		const statuses = await mapWithConcurrency(members, concurrency, async (member) => (await s.leave(member, { roomId: room._id })).status);
		expect(statuses.filter((status) => status !== 200)).toEqual([]);

		const after = await s.groupInfo(owner, room);
		const remaining = await s.memberUsernames(owner, room);
		const left = await s.leftUsernames(owner, room);
		expect(remaining).toEqual([owner.username]);
		expect(after.usersCount).toBe(remaining.length);
		expect(left).toEqual(members.map((member) => member.username).sort());
		expect(after.msgs).toBe(Number(before.msgs) + crowd);
	}, 60_000);
});
