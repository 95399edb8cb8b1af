// Kills the app's Deno subprocess while leaves are in flight. The engine restarts it by itself; requests caught by the
// outage must end with a clear error in bounded time, later requests must work, and no leave may be left half done.
import { descendantsOf } from '../support/e2e/processTree';
import { jsonOf, type HttpAnswer } from '../support/e2e/httpClient';
import { expectAnswer, leaveErrors } from '../support/leaveAnswers';
import type { RestSession } from '../support/e2e/restSession';
import { useScenario } from '../support/e2e/useScenario';

// Rocket.Chat's own knob for how long the engine waits for the app's subprocess (30 s by default): a request whose
// answer died with the process fails after this long instead of hanging for half a minute.
const runtimeTimeoutMs = 4_000;
const answerBoundMs = runtimeTimeoutMs + 3_000;
const recoveryBoundMs = 20_000;

const scenario = useScenario({ sandboxOnly: true, env: { APPS_ENGINE_RUNTIME_TIMEOUT: String(runtimeTimeoutMs) }, maxSockets: 64 });

function appProcessPid(): number {
	const sandboxPid = scenario().target.sandbox?.pid ?? 0;
	const denoChildren = descendantsOf(sandboxPid).filter((info) => info.name === 'deno');
	expect(denoChildren).toHaveLength(1);
	return denoChildren[0].pid;
}

/**
 * A clear error: an error status with a message. Either the app's JSON Rocket.Chat error, or — when the app cannot
 * answer at all — the host's plain-text 500 carrying the engine's message, as Rocket.Chat's apps front does. Never a
 * stack trace, never an empty body.
 */
function isClearError(answer: HttpAnswer): boolean {
	if (answer.status < 400 || answer.text.trim() === '' || /\n\s+at /.test(answer.text)) {
		return false;
	}
	if (/^application\/json/.test(answer.headers['content-type'] ?? '')) {
		const body = jsonOf(answer);
		return body.success === false && typeof body.error === 'string' && body.error.length > 0;
	}
	return true;
}

/** A request that got no HTTP answer at all (the connection broke) as status 0, so the check below can report it. */
function answerOrNone(request: Promise<HttpAnswer>): Promise<HttpAnswer> {
	const started = Date.now();
	return request.catch((error: unknown) => ({ status: 0, headers: {}, text: `no HTTP answer: ${String(error)}`, elapsedMs: Date.now() - started }));
}

async function waitForApp(owner: RestSession): Promise<number> {
	const started = Date.now();
	for (;;) {
		const answer = await scenario().leave(owner, {});
		if (answer.status === 400 && jsonOf(answer).errorType === 'error-room-param-not-provided') {
			return Date.now() - started;
		}
		if (Date.now() - started > recoveryBoundMs) {
			throw new Error(`the app did not come back within ${recoveryBoundMs} ms; last answer ${answer.status} ${answer.text}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

describe("killing the app's Deno subprocess during leaves", () => {
	it('answers in-flight requests with a clear error in bounded time, restarts the app, and leaves no half-done leave', async () => {
		const s = scenario();
		const owner = await s.createUser({ prefix: 'owner' });
		const members = await s.createUsers(40);
		const room = await s.createGroup(owner, members);
		const killedPid = appProcessPid();

		// Kill as soon as the first leave is answered: the others are then inside the app or queued for the room.
		// Requests sent right after the kill meet the outage itself.
		let duringOutage: Array<Promise<HttpAnswer>> = [];
		const answers = await Promise.all(
			members.map((member) =>
				answerOrNone(s.leave(member, { roomId: room._id })).then((answer) => {
					if (duringOutage.length === 0) {
						process.kill(killedPid, 'SIGKILL');
						duringOutage = [0, 1, 2].map(() => answerOrNone(s.leave(owner, {})));
					}
					return answer;
				}),
			),
		);

		const unclearOrSlow = [...answers, ...(await Promise.all(duringOutage))].filter(
			(answer) => answer.elapsedMs >= answerBoundMs || !(answer.status === 200 || isClearError(answer)),
		);
		expect({
			unclearOrSlow: unclearOrSlow.map(({ status, elapsedMs, text }) => ({ status, elapsedMs, text: text.slice(0, 200) })),
			// A connection broken without an answer usually means the sandbox died: its exit follows within moments.
			sandboxCrash: await s.target.sandbox?.crashReport(unclearOrSlow.some((answer) => answer.status === 0) ? 2_000 : 0),
		}).toEqual({ unclearOrSlow: [], sandboxCrash: undefined });
		const failed = members.filter((_, index) => answers[index].status !== 200);
		expect(failed.length).toBeGreaterThan(0);

		const recoveryMs = await waitForApp(owner);
		expect(recoveryMs).toBeLessThan(recoveryBoundMs);
		expect(appProcessPid()).not.toBe(killedPid);

		// Each member either left (with its `ul` message) or is still a member (without one); succeeded ones have left.
		const remaining = new Set(await s.memberUsernames(owner, room));
		const left = new Set(await s.leftUsernames(owner, room));
		const halfDone = members.filter((member) => remaining.has(member.username) === left.has(member.username));
		expect(halfDone.map((member) => member.username)).toEqual([]);
		const succeeded = members.filter((_, index) => answers[index].status === 200);
		expect(succeeded.filter((member) => remaining.has(member.username))).toEqual([]);
		expect((await s.groupInfo(owner, room)).usersCount).toBe(remaining.size);

		// After the restart the app works again: everyone still in the group can leave.
		const stillIn = members.filter((member) => remaining.has(member.username));
		const later = await Promise.all(stillIn.map((member) => s.leave(member, { roomId: room._id })));
		expect(later.filter((answer) => answer.status !== 200).map((answer) => answer.text)).toEqual([]);
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
		expectAnswer(await s.leave(owner, { roomId: room._id }), 400, leaveErrors.lastOwner);
	}, 60_000);
});
