import { BenchGroup } from './benchGroup';
import type { Member } from './benchGroup';
import { BenchRequests } from './benchRequests';
import type { Sample } from './benchRequests';
import { BenchSandbox } from './benchSandbox';
import { BenchClient } from './httpClient';
import { type HostWork, measureHostWork } from './hostWork';
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
	hostWork: HostWork;
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
 * Seeds one group per size, boots the sandbox, and times requests over HTTP only. Sizes take turns request by request
 * (and each leave or command is preceded by its baseline), so a slow spell of a shared machine lands on every size
 * and on the baseline alike instead of on whichever size happened to run then.
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
		hostWork: measureHostWork(sandbox.workspace, group),
	}));
	const namingNoRoom: Sample[] = [];
	const namingUnknownRoom: Sample[] = [];
	const prober = (outsider as Member).credentials;
	let denoPeakRssMb: number;
	try {
		progress(`warming up (${options.warmups} of each request per size)…`);
		for (let round = 0; round < options.warmups; round++) {
			for (const group of groups) {
				await requests.groupInfo(group);
				await requests.leave(group);
				await requests.command(group);
				await requests.leaveAsOutsider(group, prober);
			}
			await requests.leaveNamingNoRoom(prober);
			await requests.leaveNamingUnknownRoom(prober);
		}

		progress(`timing ${options.leaves} leaves per size through groups.leave…`);
		for (let round = 0; round < options.leaves; round++) {
			for (const [index, group] of groups.entries()) {
				sizes[index].baselines.push(await requests.groupInfo(group));
				sizes[index].leaves.push(await requests.leave(group));
			}
		}

		progress(`timing ${options.commands} /leavegroup commands per size through commands.run…`);
		for (let round = 0; round < options.commands; round++) {
			for (const [index, group] of groups.entries()) {
				sizes[index].baselines.push(await requests.groupInfo(group));
				sizes[index].commands.push(await requests.command(group));
			}
		}

		progress(`timing ${options.probes} refused leaves of each kind to see where a leave's time goes…`);
		for (let round = 0; round < options.probes; round++) {
			namingNoRoom.push(await requests.leaveNamingNoRoom(prober));
			namingUnknownRoom.push(await requests.leaveNamingUnknownRoom(prober));
			for (const [index, group] of groups.entries()) {
				sizes[index].outsiderLeaves.push(await requests.leaveAsOutsider(group, prober));
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
