import { BenchGroup } from './benchGroup';
import type { Member } from './benchGroup';
import { BenchRequests } from './benchRequests';
import type { Sample } from './benchRequests';
import { BenchSandbox } from './benchSandbox';
import { BenchClient } from './httpClient';
import { nodePeakRssMb, processExists, processPeakRssMb } from './memory';
import type { BenchOptions } from './options';

export interface SizeMeasurements {
	members: number;
	leaves: Sample[];
	commands: Sample[];
	/** groups.info on the same group, taken alternately with the leaves and the commands. */
	baselines: number[];
	/** Refused leaves by a non-member: every read a leave makes, no removal. */
	outsiderLeaves: Sample[];
}

export interface Measurements {
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

type Progress = (line: string) => void;

/**
 * Seeds one group per size, boots the sandbox, and times requests over HTTP only. Sizes and kinds of request take
 * turns request by request, so a slow spell of a shared machine lands on every size and on the baseline alike
 * instead of on whichever size happened to run then.
 */
export async function runBench(options: BenchOptions, appZip: string, progress: Progress): Promise<Measurements> {
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
	const stopOnSignal = (): void => {
		progress('interrupted: stopping the sandbox');
		void sandbox.stop().finally(() => process.exit(130));
	};
	process.once('SIGINT', stopOnSignal);
	process.once('SIGTERM', stopOnSignal);

	const client = new BenchClient(sandbox.baseUrl);
	const requests = new BenchRequests(sandbox, client);
	const sizes: SizeMeasurements[] = groups.map((group) => ({
		members: group.size,
		leaves: [],
		commands: [],
		baselines: [],
		outsiderLeaves: [],
	}));
	const namingNoRoom: Sample[] = [];
	const namingUnknownRoom: Sample[] = [];
	const prober = (outsider as Member).credentials;
	let denoPeakRssMb: number;
	try {
		// Every kind of request in every round: latencies fall for the first few hundred requests while Node and Deno
		// compile the hot paths, so kinds timed in separate phases would not compare.
		progress(
			`${options.warmups} untimed rounds, then ${options.samples} timed ones; a round: per size a groups.info, a leave, a /leavegroup and a non-member's refused leave, then two refusals without the group`,
		);
		for (let round = 0; round < options.warmups + options.samples; round++) {
			const timed = round >= options.warmups;
			for (const [index, group] of groups.entries()) {
				const size = sizes[index];
				const baseline = await requests.groupInfo(group);
				const leave = await requests.leave(group);
				const command = await requests.command(group);
				const outsiderLeave = await requests.leaveAsOutsider(group, prober);
				if (timed) {
					size.baselines.push(baseline);
					size.leaves.push(leave);
					size.commands.push(command);
					size.outsiderLeaves.push(outsiderLeave);
				}
			}
			const noRoom = await requests.leaveNamingNoRoom(prober);
			const unknownRoom = await requests.leaveNamingUnknownRoom(prober);
			if (timed) {
				namingNoRoom.push(noRoom);
				namingUnknownRoom.push(unknownRoom);
			}
			if ((round + 1) % 20 === 0) {
				progress(`  round ${round + 1} of ${options.warmups + options.samples}`);
			}
		}
		denoPeakRssMb = processPeakRssMb(sandbox.appProcessPid);
	} finally {
		process.off('SIGINT', stopOnSignal);
		process.off('SIGTERM', stopOnSignal);
		client.close();
		await sandbox.stop();
	}
	return {
		sizes,
		namingNoRoom,
		namingUnknownRoom,
		nodePeakRssMb: nodePeakRssMb(),
		denoPeakRssMb,
		seedSeconds,
		denoStopped: !processExists(sandbox.appProcessPid),
	};
}
