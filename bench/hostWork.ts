import type { Workspace } from '../sandbox/workspace/Workspace';
import type { BenchGroup } from './benchGroup';
import { median } from './statistics';

/**
 * The workspace reads behind the accessors a successful leave makes (see sandbox/engine/bridges: getById →
 * findRoomById, getOwners → usersWithRoomRole, getUserRoomIds → roomIdsOfUser), timed in-process without the
 * engine: the host's own share of each round trip, and whether it grows with the group.
 */
export interface HostWork {
	findRoomByIdMs: number;
	usersWithRoomRoleOwnerMs: number;
	roomIdsOfUserMs: number;
}

const RUNS = 30;
const CALLS_PER_RUN = 20;

function perCall(operation: () => unknown): number {
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		for (let call = 0; call < CALLS_PER_RUN; call++) {
			operation();
		}
		runs.push((performance.now() - started) / CALLS_PER_RUN);
	}
	return median(runs);
}

export function measureHostWork(workspace: Workspace, group: BenchGroup): HostWork {
	const memberId = group.owner.user._id;
	return {
		findRoomByIdMs: perCall(() => workspace.findRoomById(group.roomId)),
		usersWithRoomRoleOwnerMs: perCall(() => workspace.usersWithRoomRole(group.roomId, 'owner')),
		roomIdsOfUserMs: perCall(() => workspace.roomIdsOfUser(memberId)),
	};
}
