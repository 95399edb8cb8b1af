// Property: whatever body a logged-in caller sends to groups.leave, the answer is a Rocket.Chat-shaped 4xx error,
// express's refusal of a body it will not parse, or a correct success (never a 5xx), and no membership changes except
// the caller's own valid leave.
import fc from 'fast-check';

import { isRocketChatError } from '../support/leaveAnswers';
import type { HttpAnswer } from '../support/e2e/httpClient';
import type { RestSession } from '../support/e2e/restSession';
import type { RoomRef } from '../support/e2e/scenario';
import { useScenario } from '../support/e2e/useScenario';
import { expectedLeaveOutcome, type KnownRoom } from './expectedLeaveOutcome';
import { hostileRequest, type HostileRequest } from './hostileRequests';

const numRuns = 1_000;

const scenario = useScenario({ sandboxOnly: true });

interface World {
	owner: RestSession;
	caller: RestSession;
	victim: RestSession;
	rooms: KnownRoom[];
	/** Rooms the test can read with groups.* as the owner (all but the channel and the direct room). */
	groups: Array<RoomRef & { members: string[]; archived: boolean }>;
}

async function buildWorld(): Promise<World> {
	const s = scenario();
	const [owner, caller, victim] = await Promise.all([
		s.createUser({ prefix: 'owner' }),
		s.createUser({ prefix: 'caller' }),
		s.createUser({ prefix: 'victim' }),
	]);
	const leavable = await Promise.all([0, 1, 2].map(() => s.createGroup(owner, [caller, victim])));
	const lastOwner = await s.createGroup(caller, [victim, owner]);
	const archived = await s.createGroup(owner, [caller, victim]);
	await s.archive(owner, archived);
	const hidden = await s.createGroup(owner, [victim]);
	const channel = await s.createChannel(owner, [caller, victim]);
	const direct = await s.createDirect(caller, victim);
	const everyone = [owner, caller, victim].map((user) => user.username).sort();
	return {
		owner,
		caller,
		victim,
		rooms: [
			...leavable.map((room) => ({ ...room, kind: 'leavable' as const })),
			{ ...lastOwner, kind: 'lastOwner' },
			{ ...archived, kind: 'archived' },
			{ ...hidden, kind: 'hidden' },
			{ ...channel, kind: 'hidden' },
			{ ...direct, kind: 'hidden' },
		],
		groups: [
			...[...leavable, lastOwner].map((room) => ({ ...room, members: everyone, archived: false })),
			{ ...archived, members: everyone, archived: true },
			{ ...hidden, members: [owner.username, victim.username].sort(), archived: false },
		],
	};
}

function send(caller: RestSession, request: HostileRequest): Promise<HttpAnswer> {
	const { target } = scenario();
	const headers: Record<string, string> = caller.authHeaders();
	if (request.contentType !== undefined) {
		headers['Content-Type'] = request.contentType;
	}
	return target.http.send({ method: 'POST', path: target.leavePath, headers, body: request.body });
}

function groupIdOf(answer: HttpAnswer): string | undefined {
	try {
		return (JSON.parse(answer.text) as { group?: { _id?: string } }).group?._id;
	} catch {
		return undefined;
	}
}

// body-parser's default limit, which Rocket.Chat's apps router keeps (app/apps/server/bridges/router.ts).
const BODY_LIMIT_BYTES = 100 * 1024;

/** Express's own error page for a body it would not parse: too large (413), malformed (400), an unknown charset (415). */
function isBodyParserRefusal(answer: HttpAnswer): boolean {
	return [400, 413, 415].includes(answer.status) && /^<!DOCTYPE html>[\s\S]*<pre>[^<]+<\/pre>/.test(answer.text);
}

/** Checks one answer; returns the id of the group the caller left, if any. */
function checkAnswer(world: World, request: HostileRequest, answer: HttpAnswer, leftInThisRun: ReadonlySet<string | undefined>): string | undefined {
	const prediction = expectedLeaveOutcome(request, world.rooms);
	if (isBodyParserRefusal(answer)) {
		// Express refuses what it cannot parse, and anything over 100 kB, before the app: a body the model reads must be a large one.
		expect(prediction === undefined || Buffer.byteLength(request.body) > BODY_LIMIT_BYTES).toBe(true);
		return undefined;
	}
	let body: Record<string, unknown>;
	try {
		body = JSON.parse(answer.text) as Record<string, unknown>;
	} catch {
		throw new Error(`answer ${answer.status} is not JSON: ${answer.text.slice(0, 200)}`);
	}
	if (answer.status === 200) {
		const group = body.group as { _id?: string } | undefined;
		const left = world.rooms.find((room) => room._id === group?._id);
		const bodyText = request.body.toString();
		expect(body.success).toBe(true);
		expect(left?.kind).toBe('leavable');
		// A correct success names a group the request referred to.
		expect(left && (bodyText.includes(left._id) || bodyText.includes(left.name))).toBe(true);
		if (prediction) {
			expect(prediction).toEqual({ leave: left?._id });
		}
		return left?._id;
	}
	expect({ status: answer.status, rocketChatShaped: isRocketChatError(body) }).toEqual({ status: expect.any(Number), rocketChatShaped: true });
	expect(answer.status >= 400 && answer.status < 500).toBe(true);
	if (prediction && 'leave' in prediction) {
		// Only another request of the same run, leaving that group first, may turn the predicted leave into not-found.
		expect({ errorType: body.errorType, alreadyLeft: leftInThisRun.has(prediction.leave) }).toEqual({
			errorType: 'error-room-not-found',
			alreadyLeft: true,
		});
	} else if (prediction) {
		expect(body.errorType).toBe(prediction.errorType);
	}
	return undefined;
}

describe('groups.leave under hostile bodies', () => {
	it(`answers ${numRuns} runs of 1–3 concurrent generated bodies with 4xx Rocket.Chat errors or correct leaves only`, async () => {
		const s = scenario();
		const world = await buildWorld();
		const references = [
			...world.rooms.flatMap((room) => (room.name ? [room._id, room.name] : [room._id])),
			'NoSuchRoomId12345',
			s.uniqueName('missing'),
			...[world.owner, world.victim, world.caller].flatMap((user) => [user.userId, user.username]),
		];
		const successes = new Map<string, number>();

		await fc.assert(
			fc.asyncProperty(fc.array(hostileRequest(references), { minLength: 1, maxLength: 3 }), async (requests) => {
				const answers = await Promise.all(requests.map((request) => send(world.caller, request)));
				const leftInThisRun = new Set(answers.filter((answer) => answer.status === 200).map(groupIdOf));
				const left = requests
					.map((request, index) => checkAnswer(world, request, answers[index], leftInThisRun))
					.filter((rid): rid is string => rid !== undefined);
				// Put the caller back, so that every run starts from the same memberships.
				for (const rid of left) {
					successes.set(rid, (successes.get(rid) ?? 0) + 1);
					await s.invite(world.owner, { _id: rid, name: '' }, world.caller);
				}
			}),
			{ numRuns, endOnFailure: true },
		);

		// Every leave seen was the caller's own, valid, and undone by an invitation; nothing else changed anywhere.
		for (const group of world.groups) {
			// groups.members refuses archived groups, as Rocket.Chat does: count them with groups.info instead.
			const members = group.archived ? (await s.groupInfo(world.owner, group)).usersCount : await s.memberUsernames(world.owner, group);
			expect({ group: group.name, members }).toEqual({ group: group.name, members: group.archived ? group.members.length : group.members });
			const left = await s.leftUsernames(world.owner, group);
			expect({ group: group.name, left }).toEqual({ group: group.name, left: Array(successes.get(group._id) ?? 0).fill(world.caller.username) });
		}
		expect(successes.size).toBeGreaterThan(0);
	}, 120_000);
});
