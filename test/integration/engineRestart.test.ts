import type { SandboxEngine } from '../../sandbox/engine/SandboxEngine';
import { ENGINE_KEEPS_APP_STATUS } from '../support/engine/engineFeatures';
import { captureConsoleErrors, isMember, leaveThroughEndpoint, privateGroup, processExists, useSandboxEngine } from '../support/engine/engineHarness';

// When the app's Deno subprocess dies, engine 1.62 starts a new one by itself. The sandbox fails the requests the
// dead process held at once (the engine alone would let them wait 30 s) and refuses new ones until the app is back.

const RESTART_DEADLINE_MS = 10_000;

/** Far above any machine's real answer time and below the engine's own 30 s wait: only a hang reaches it. */
const HANG_BOUND_MS = 15_000;

/** `work`, or a rejection naming the hang when it has not settled within HANG_BOUND_MS. */
async function withinHangBound<T>(work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const hang = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${HANG_BOUND_MS} ms: the request hangs`)), HANG_BOUND_MS);
	});
	try {
		return await Promise.race([work, hang]);
	} finally {
		clearTimeout(timer);
	}
}

async function nextPid(engine: SandboxEngine, previous: number): Promise<number> {
	const deadline = Date.now() + RESTART_DEADLINE_MS;
	for (;;) {
		const pid = engine.appProcessPid();
		if (pid !== undefined && pid !== previous) {
			return pid;
		}
		if (Date.now() > deadline) {
			throw new Error(`the app did not come back within ${RESTART_DEADLINE_MS} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe("the app's Deno subprocess dying", () => {
	const { workspace, engine } = useSandboxEngine();
	const owner = workspace.createUser({ username: 'owner' });
	const consoleErrors = captureConsoleErrors();

	it(
		'fails the request in flight at once, refuses requests until the engine has restarted the app, then serves again',
		async () => {
			const member = workspace.createUser({ username: 'member' });
			const room = privateGroup(workspace, 'team', owner, [member]);
			const pid = engine().appProcessPid() as number;

			const inFlight = leaveThroughEndpoint(engine(), member, { roomId: room._id });
			process.kill(pid, 'SIGKILL');

			// Clear errors, never a hang: each must settle well within the bound, whatever the machine's speed.
			await expect(withinHangBound(inFlight)).rejects.toThrow(/Deno subprocess/);
			await expect(withinHangBound(leaveThroughEndpoint(engine(), member, { roomId: room._id }))).rejects.toThrow(/not running/);
			const restartedPid = await nextPid(engine(), pid);
			expect(processExists(pid)).toBe(false);

			// A request the dead process never finished left no half-done leave: the member is in, or left with a `ul`.
			const leftAlready = !isMember(workspace, room, member);
			expect(workspace.messagesOfRoom(room._id).some((message) => message.t === 'ul')).toBe(leftAlready);
			const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id });
			expect(answer?.status).toBe(leftAlready ? 400 : 200);
			expect(isMember(workspace, room, member)).toBe(false);

			await engine().stop();
			expect(processExists(restartedPid)).toBe(false);
			// The engine logs the failed request, as Rocket.Chat's server log would show it. Before 1.53 the request the
			// kill cuts short is almost always the engine's own status read, which it does not log; nothing else is logged.
			const failure = "The app's Deno subprocess exited (killed) while handling this request";
			if (ENGINE_KEEPS_APP_STATUS) {
				expect(consoleErrors()).toContainEqual(expect.stringContaining(failure));
			}
			expect(consoleErrors().filter((line) => !line.includes(failure))).toEqual([]);
		},
		2 * HANG_BOUND_MS + RESTART_DEADLINE_MS,
	);
});
