import type { BenchGroup } from './benchGroup';
import type { BenchSandbox } from './benchSandbox';
import type { BenchClient, Credentials, TimedResponse } from './httpClient';
import type { TimedCall } from './roundTrips';

/**
 * One timed request: its HTTP round trip, the part spent in the engine, the accessor calls the app made meanwhile
 * (by method, and each with its start and end at the host), and the time the bridges spent in workspace operations
 * for them (the host's own work), by operation.
 */
export interface Sample {
	ms: number;
	engineMs: number;
	calls: Record<string, number>;
	timeline: TimedCall[];
	hostMs: Record<string, number>;
}

/**
 * How long the host holds each call of a round-trip probe (see AccessorTimeline): far above the ~1 ms the runtime can
 * take between two calls it sends together on a busy machine, far below the engine's 30 s timeout.
 */
export const ROUND_TRIP_HOLD_MS = 10;

/** An id no room has (17 characters, as Rocket.Chat's ids), so the app's lookup answers nothing. */
const UNKNOWN_ROOM_ID = 'benchNoSuchRoomId';

/**
 * The requests the benchmark times, each checked: a request that does not do what it should (a leave that fails, a
 * member still in the group) stops the run, because its time would not be the time of a leave.
 */
export class BenchRequests {
	private readonly leavePath: string;

	constructor(
		private readonly sandbox: BenchSandbox,
		private readonly client: BenchClient,
	) {
		this.leavePath = `/api/apps/public/${sandbox.engine.appId}/groups.leave`;
	}

	/** A member leaves through the app's endpoint; the group is refilled afterwards. */
	async leave(group: BenchGroup): Promise<Sample> {
		const leaver = group.nextLeaver();
		const sample = await this.counted(
			() => this.client.post(this.leavePath, leaver.credentials, { roomId: group.roomId }),
			(response) => {
				expectSuccess(response, 'groups.leave');
			},
		);
		group.refill(leaver);
		return sample;
	}

	/** A member leaves through the app's endpoint naming the group by its name; the group is refilled afterwards. */
	async leaveByName(group: BenchGroup): Promise<Sample> {
		const leaver = group.nextLeaver();
		const sample = await this.counted(
			() => this.client.post(this.leavePath, leaver.credentials, { roomName: group.roomName }),
			(response) => {
				expectSuccess(response, 'groups.leave by roomName');
			},
		);
		group.refill(leaver);
		return sample;
	}

	/**
	 * The request with every accessor call held for ROUND_TRIP_HOLD_MS: its calls' order shows the round trips, its
	 * times are not a leave's and are not reported.
	 */
	async held(request: () => Promise<Sample>): Promise<Sample> {
		this.sandbox.timeline.holdMs = ROUND_TRIP_HOLD_MS;
		try {
			return await request();
		} finally {
			this.sandbox.timeline.holdMs = 0;
		}
	}

	/** A member types `/leavegroup` in the group (commands.run); the group is refilled afterwards. */
	async command(group: BenchGroup): Promise<Sample> {
		const leaver = group.nextLeaver();
		const body = { command: 'leavegroup', roomId: group.roomId, params: '' };
		const sample = await this.counted(
			() => this.client.post('/api/v1/commands.run', leaver.credentials, body),
			(response) => {
				expectSuccess(response, 'commands.run /leavegroup');
			},
		);
		group.refill(leaver);
		return sample;
	}

	/** The baseline: a plain REST call on the same group that never enters the app. */
	async groupInfo(group: BenchGroup): Promise<number> {
		const response = await this.client.get(`/api/v1/groups.info?roomId=${encodeURIComponent(group.roomId)}`, group.owner.credentials);
		expectSuccess(response, 'groups.info');
		return response.ms;
	}

	/** The endpoint refusing a body that names no room: the app answers without any accessor call. */
	leaveNamingNoRoom(caller: Credentials): Promise<Sample> {
		return this.counted(
			() => this.client.post(this.leavePath, caller, {}),
			(response) => {
				expectRefusal(response, 'error-room-param-not-provided');
			},
		);
	}

	/** The endpoint refusing a room id that matches nothing: one accessor call (the room lookup). */
	leaveNamingUnknownRoom(caller: Credentials): Promise<Sample> {
		return this.counted(
			() => this.client.post(this.leavePath, caller, { roomId: UNKNOWN_ROOM_ID }),
			(response) => {
				expectRefusal(response, 'error-room-not-found');
			},
		);
	}

	/**
	 * Someone who is not a member names the group: the app makes every read of a leave (room, owners, setting,
	 * membership) and refuses as core does (the group stays hidden), without the removal.
	 */
	leaveAsOutsider(group: BenchGroup, outsider: Credentials): Promise<Sample> {
		return this.counted(
			() => this.client.post(this.leavePath, outsider, { roomId: group.roomId }),
			(response) => {
				expectRefusal(response, 'error-room-not-found');
			},
		);
	}

	/** Sends one request and takes what the host saw meanwhile: its accessor calls, their timeline, the host's work. */
	async counted(send: () => Promise<TimedResponse>, check: (response: TimedResponse) => void): Promise<Sample> {
		const before = this.sandbox.gateway.accessorCalls();
		this.sandbox.hostTimer.take();
		this.sandbox.timeline.take();
		const response = await send();
		const engineMs = this.sandbox.gateway.takeLastEngineMs();
		const hostMs = this.sandbox.hostTimer.take();
		const timeline = this.sandbox.timeline.take();
		const calls = callsBetween(before, this.sandbox.gateway.accessorCalls());
		check(response);
		// The app awaits every call before it answers, so the timeline holds them all; if it does not, its steps are wrong.
		const counted = Object.values(calls).reduce((sum, count) => sum + count, 0);
		if (timeline.length !== counted) {
			throw new Error(`the sandbox counted ${counted} accessor calls but the timeline recorded ${timeline.length} ended ones`);
		}
		return { ms: response.ms, engineMs, calls, timeline, hostMs };
	}
}

function callsBetween(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
	const made: Record<string, number> = {};
	for (const [method, count] of Object.entries(after)) {
		const delta = count - (before[method] ?? 0);
		if (delta > 0) {
			made[method] = delta;
		}
	}
	return made;
}

function expectSuccess(response: TimedResponse, what: string): void {
	if (response.status !== 200 || (response.body as { success?: unknown } | null)?.success !== true) {
		throw new Error(`${what} did not succeed: HTTP ${response.status} ${JSON.stringify(response.body)}`);
	}
}

function expectRefusal(response: TimedResponse, errorType: string): void {
	if (response.status !== 400 || (response.body as { errorType?: unknown } | null)?.errorType !== errorType) {
		throw new Error(`groups.leave should have answered 400 ${errorType}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
	}
}
