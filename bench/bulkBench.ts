// `npm run bench -- --bulk`: the cost of /leavegroups, the bulk leave. A person in 10, 100 and 1,000 private groups
// opens the list (commands.run, the client's triggerId), and a person in 100 leaves them all with the dialog's Leave
// (ui.interaction viewSubmit). Timed over HTTP against the sandbox, with the same groups.info baseline as the main bench;
// each timed round repeats them with every accessor call held, to see how many calls the app keeps in flight.
import { randomBytes } from 'node:crypto';

import type { Member } from './benchGroup';
import { logIn } from './benchGroup';
import type { Sample } from './benchRequests';
import { BenchRequests } from './benchRequests';
import { BenchSandbox } from './benchSandbox';
import { BenchClient } from './httpClient';
import type { TimedResponse } from './httpClient';
import type { Workspace } from '../sandbox/workspace/Workspace';
import { mostInFlight } from './roundTrips';
import { median, percentile, round } from './statistics';
import type { Progress } from './runBench';

export const LIST_SIZES = [10, 100, 1_000];
export const LEAVE_COUNT = 100;

const VIEW_ID = 'leave-groups';
const CHOOSE = 'leave-groups.choose';

/** A person seeded into `count` private groups that another user owns. */
interface BulkPerson extends Member {
	roomIds: string[];
}

export interface BulkFigure {
	groups: number;
	medianMs: number;
	p95Ms: number;
	/** The median divided by the groups.info baseline's of the same run. */
	medianRatio: number;
	/** The most accessor calls any sample made, and by method. */
	accessorCalls: number;
	accessorCallsByMethod: Record<string, number>;
	/**
	 * The most calls the app had open at the host at one moment, in probes with every call held ROUND_TRIP_HOLD_MS (so
	 * calls it sends together overlap): its bound on calls in flight, seen from the host.
	 */
	mostInFlight: number;
	samples: number;
}

export interface BulkResult {
	appZip: string;
	baselineMedianMs: number;
	listing: BulkFigure[];
	leaving: BulkFigure;
}

function seedPerson(workspace: Workspace, owner: string, count: number, label: string): BulkPerson {
	const user = workspace.createUser({ username: `bulk-${label}`, roles: ['user'] });
	const roomIds = Array.from(
		{ length: count },
		(_, i) => workspace.createRoom({ t: 'p', name: `bulk-${label}-group${i}`, creatorId: owner, memberIds: [user._id] })._id,
	);
	return { ...logIn(workspace, user), roomIds };
}

function expectOk(response: TimedResponse, what: string): void {
	if (response.status !== 200) {
		throw new Error(`${what} did not succeed: HTTP ${response.status} ${JSON.stringify(response.body)}`);
	}
}

function figure(groups: number, samples: Sample[], held: Sample[], baselineMs: number): BulkFigure {
	const total = (sample: Sample) => Object.values(sample.calls).reduce((sum, count) => sum + count, 0);
	const most = samples.reduce((worst, sample) => (total(sample) > total(worst) ? sample : worst));
	const times = samples.map((sample) => sample.ms);
	return {
		groups,
		medianMs: round(median(times)),
		p95Ms: round(percentile(times, 0.95)),
		medianRatio: round(median(times) / baselineMs, 2),
		accessorCalls: total(most),
		accessorCallsByMethod: most.calls,
		mostInFlight: Math.max(...held.map((sample) => mostInFlight(sample.timeline))),
		samples: samples.length,
	};
}

/** Warm-up rounds, then timed ones: per round a baseline, each listing, and the leave of 100 groups (refilled after). */
export async function runBulkBench(appZip: string, rounds: { warmups: number; samples: number }, progress: Progress): Promise<BulkResult> {
	let listers: BulkPerson[] = [];
	let leaver: BulkPerson | undefined;
	let owner: Member | undefined;
	progress(`seeding people in ${LIST_SIZES.join(', ')} groups and one in ${LEAVE_COUNT} to leave, then booting the engine…`);
	const sandbox = await BenchSandbox.start(appZip, (workspace) => {
		const ownerUser = workspace.createUser({ username: 'bulk-owner', roles: ['user'] });
		owner = logIn(workspace, ownerUser);
		listers = LIST_SIZES.map((count) => seedPerson(workspace, ownerUser._id, count, `lister${count}`));
		leaver = seedPerson(workspace, ownerUser._id, LEAVE_COUNT, 'leaver');
	});
	const client = new BenchClient(sandbox.baseUrl);
	const requests = new BenchRequests(sandbox, client);
	const appId = sandbox.engine.appId;
	const trigger = () => randomBytes(8).toString('hex');
	const list = (person: BulkPerson): Promise<Sample> =>
		requests.counted(
			() =>
				client.post('/api/v1/commands.run', person.credentials, {
					command: 'leavegroups',
					params: '',
					roomId: person.roomIds[0],
					triggerId: trigger(),
				}),
			(response) => expectOk(response, 'commands.run /leavegroups'),
		);
	const baselines: number[] = [];
	const listings = LIST_SIZES.map((): Sample[] => []);
	const heldListings = LIST_SIZES.map((): Sample[] => []);
	const leaves: Sample[] = [];
	const heldLeaves: Sample[] = [];
	const person = leaver as BulkPerson;
	const groupOwner = owner as Member;
	/** Lists, then leaves every group of `person` with the dialog's Leave (the leave is what is measured), then refills. */
	const leaveAll = async (): Promise<Sample> => {
		await list(person);
		const left = await requests.counted(
			() =>
				client.post(`/api/apps/ui.interaction/${appId}`, person.credentials, {
					type: 'viewSubmit',
					actionId: 'leave-groups.leave',
					triggerId: trigger(),
					payload: { view: { id: VIEW_ID, state: { [CHOOSE]: { [CHOOSE]: person.roomIds } } } },
				}),
			(response) => expectOk(response, 'ui.interaction viewSubmit'),
		);
		for (const roomId of person.roomIds) {
			if (sandbox.workspace.findSubscription(roomId, person.user._id)) {
				throw new Error(`the bulk leave left ${person.user.username} in ${roomId}`);
			}
			sandbox.workspace.addUserToRoom(roomId, person.user._id, groupOwner.user._id);
		}
		return left;
	};
	try {
		progress(`${rounds.warmups} untimed rounds, then ${rounds.samples} timed ones: a groups.info, each listing, and a leave of ${LEAVE_COUNT} groups`);
		for (let index = 0; index < rounds.warmups + rounds.samples; index++) {
			const timed = index >= rounds.warmups;
			const baseline = await client.get(`/api/v1/groups.info?roomId=${person.roomIds[0]}`, groupOwner.credentials);
			expectOk(baseline, 'groups.info');
			const listed = [];
			for (const lister of listers) {
				listed.push(await list(lister));
			}
			const left = await leaveAll();
			if (timed) {
				baselines.push(baseline.ms);
				listed.forEach((sample, size) => listings[size].push(sample));
				leaves.push(left);
				for (const [size, lister] of listers.entries()) {
					heldListings[size].push(await requests.held(() => list(lister)));
				}
				heldLeaves.push(await requests.held(leaveAll));
			}
			if ((index + 1) % 10 === 0) {
				progress(`  round ${index + 1} of ${rounds.warmups + rounds.samples}`);
			}
		}
	} finally {
		client.close();
		await sandbox.stop();
	}
	const baselineMs = median(baselines);
	return {
		appZip,
		baselineMedianMs: round(baselineMs),
		listing: LIST_SIZES.map((count, size) => figure(count, listings[size], heldListings[size], baselineMs)),
		leaving: figure(LEAVE_COUNT, leaves, heldLeaves, baselineMs),
	};
}
