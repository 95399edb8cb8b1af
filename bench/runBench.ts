import { BenchGroup } from './benchGroup';
import type { Member } from './benchGroup';
import { BenchRequests } from './benchRequests';
import type { Sample } from './benchRequests';
import { BenchSandbox } from './benchSandbox';
import { BenchClient } from './httpClient';
import { nodePeakRssMb, processExists, processPeakRssMb } from './memory';
import type { BenchOptions } from './options';

/** Successful leaves with every accessor call held (BenchRequests.held): what their calls' order shows, not their times. */
export interface RoundTripProbes {
	/** groups.leave by roomId. */
	byId: Sample[];
	/** groups.leave by roomName. */
	byName: Sample[];
	/** `/leavegroup` typed in the group, its private reply included. */
	command: Sample[];
}

export interface SizeMeasurements {
	members: number;
	leaves: Sample[];
	commands: Sample[];
	/** groups.info on the same group, taken alternately with the leaves and the commands. */
	baselines: number[];
	/** Refused leaves by a non-member: every read a leave makes, no removal. */
	outsiderLeaves: Sample[];
	roundTripProbes: RoundTripProbes;
}

export interface Measurements {
	/** The app zip measured. */
	appZip: string;
	sizes: SizeMeasurements[];
	/** Endpoint refusals used to price one accessor round trip: a body naming no room, a room id matching nothing. */
	namingNoRoom: Sample[];
	namingUnknownRoom: Sample[];
	nodePeakRssMb: number;
	denoPeakRssMb: number;
	seedSeconds: number;
	/** Checked after stop: the app's Deno subprocess no longer exists. */
	denoStopped: boolean;
}

export type Progress = (line: string) => void;

/** What every round does, for the progress line. */
export const ROUND_DESCRIPTION =
	"a round: per size a groups.info, a leave, a /leavegroup and a non-member's refused leave, then two refusals without the group; " +
	'timed rounds add, per size, a leave by id, one by name and a /leavegroup with every accessor call held, to count round trips';

/**
 * One app zip in its own sandbox, measured round by round: seeds one group per size, boots the sandbox, and times
 * requests over HTTP only. Sizes and kinds of request take turns request by request, so a slow spell of a shared
 * machine lands on every size and on the baseline alike instead of on whichever size happened to run then. Rounds are
 * driven from outside, so two builds (each in its own process: the engine is a singleton) can take turns round by round.
 */
export class BenchRun {
	private readonly client: BenchClient;

	private readonly requests: BenchRequests;

	private readonly sizes: SizeMeasurements[];

	private readonly namingNoRoom: Sample[] = [];

	private readonly namingUnknownRoom: Sample[] = [];

	private readonly stopOnSignal: () => void;

	private constructor(
		private readonly appZip: string,
		private readonly sandbox: BenchSandbox,
		private readonly groups: BenchGroup[],
		private readonly prober: Member,
		private readonly seedSeconds: number,
		progress: Progress,
	) {
		this.client = new BenchClient(sandbox.baseUrl);
		this.requests = new BenchRequests(sandbox, this.client);
		this.sizes = groups.map((group) => ({
			members: group.size,
			leaves: [],
			commands: [],
			baselines: [],
			outsiderLeaves: [],
			roundTripProbes: { byId: [], byName: [], command: [] },
		}));
		this.stopOnSignal = () => {
			progress('interrupted: stopping the sandbox');
			void sandbox.stop().finally(() => process.exit(130));
		};
		process.once('SIGINT', this.stopOnSignal);
		process.once('SIGTERM', this.stopOnSignal);
	}

	static async start(options: BenchOptions, appZip: string, progress: Progress): Promise<BenchRun> {
		let groups: BenchGroup[] = [];
		let outsider: Member | undefined;
		let seedSeconds = 0;
		progress(`seeding groups of ${options.sizes.map((size) => size.toLocaleString('en-US')).join(', ')} members and booting the engine…`);
		const sandbox = await BenchSandbox.start(appZip, (workspace) => {
			const seedStarted = performance.now();
			groups = options.sizes.map((size) => BenchGroup.seed(workspace, size));
			outsider = BenchGroup.outsider(workspace);
			seedSeconds = (performance.now() - seedStarted) / 1000;
		});
		progress(`seeded in ${seedSeconds.toFixed(1)} s; sandbox at ${sandbox.baseUrl}, app ${sandbox.engine.appId} in Deno pid ${sandbox.appProcessPid}`);
		return new BenchRun(appZip, sandbox, groups, outsider as Member, seedSeconds, progress);
	}

	/** One round of every kind of request; an untimed (warm-up) round keeps nothing and probes nothing. */
	async round(timed: boolean): Promise<void> {
		// Every kind of request in every round: latencies fall for the first few hundred requests while Node and Deno
		// compile the hot paths, so kinds timed in separate phases would not compare.
		for (const [index, group] of this.groups.entries()) {
			const size = this.sizes[index];
			const baseline = await this.requests.groupInfo(group);
			const leave = await this.requests.leave(group);
			const command = await this.requests.command(group);
			const outsiderLeave = await this.requests.leaveAsOutsider(group, this.prober.credentials);
			if (timed) {
				size.baselines.push(baseline);
				size.leaves.push(leave);
				size.commands.push(command);
				size.outsiderLeaves.push(outsiderLeave);
				const probes = size.roundTripProbes;
				probes.byId.push(await this.requests.held(() => this.requests.leave(group)));
				probes.byName.push(await this.requests.held(() => this.requests.leaveByName(group)));
				probes.command.push(await this.requests.held(() => this.requests.command(group)));
			}
		}
		const noRoom = await this.requests.leaveNamingNoRoom(this.prober.credentials);
		const unknownRoom = await this.requests.leaveNamingUnknownRoom(this.prober.credentials);
		if (timed) {
			this.namingNoRoom.push(noRoom);
			this.namingUnknownRoom.push(unknownRoom);
		}
	}

	/** Stops the sandbox and hands back what the timed rounds measured. */
	async finish(): Promise<Measurements> {
		let denoPeakRssMb: number;
		try {
			// Read while the subprocess still runs: /proc forgets it when it exits.
			denoPeakRssMb = processPeakRssMb(this.sandbox.appProcessPid);
		} finally {
			await this.stop();
		}
		return {
			appZip: this.appZip,
			sizes: this.sizes,
			namingNoRoom: this.namingNoRoom,
			namingUnknownRoom: this.namingUnknownRoom,
			nodePeakRssMb: nodePeakRssMb(),
			denoPeakRssMb,
			seedSeconds: this.seedSeconds,
			denoStopped: !processExists(this.sandbox.appProcessPid),
		};
	}

	/** Stops the sandbox without a result, after a failed round. */
	async stop(): Promise<void> {
		process.off('SIGINT', this.stopOnSignal);
		process.off('SIGTERM', this.stopOnSignal);
		this.client.close();
		await this.sandbox.stop();
	}
}

/** Warm-up rounds, then timed ones, for one app zip. */
export async function runBench(options: BenchOptions, appZip: string, progress: Progress): Promise<Measurements> {
	const run = await BenchRun.start(options, appZip, progress);
	progress(`${options.warmups} untimed rounds, then ${options.samples} timed ones; ${ROUND_DESCRIPTION}`);
	try {
		for (let round = 0; round < options.warmups + options.samples; round++) {
			await run.round(round >= options.warmups);
			if ((round + 1) % 20 === 0) {
				progress(`  round ${round + 1} of ${options.warmups + options.samples}`);
			}
		}
	} catch (error) {
		await run.stop();
		throw error;
	}
	return run.finish();
}
