import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { LeaveEnvironment, LeaveResult } from '../leave/leaveGroup';
import { leaveGroup } from '../leave/leaveGroup';
import type { ListedGroup } from './groupList';
import { inParallel } from './inParallel';

/** Leaves made at once: each waits its room's turn of the queue anyway; this bounds the reads they send together. */
export const LEAVES_IN_FLIGHT = 8;

/** One chosen group's outcome: the leave's own result, or a failure of Rocket.Chat that the log tells. */
export type BatchOutcome = { group: ListedGroup; result: LeaveResult } | { group: ListedGroup; failed: true };

/**
 * Leaves each chosen group with the same checks as /leavegroup, re-read now. One leave's failure does not stop the
 * others; each leave is a single removal, so none is half done.
 */
export function leaveGroups(env: LeaveEnvironment, caller: IUser, groups: ReadonlyArray<ListedGroup>): Promise<BatchOutcome[]> {
	return inParallel(groups, LEAVES_IN_FLIGHT, async (group): Promise<BatchOutcome> => {
		try {
			return { group, result: await leaveGroup(env, caller, { roomId: group.id }) };
		} catch (error) {
			env.logger.error(`/leavegroups could not leave ${group.id}:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
			return { group, failed: true };
		}
	});
}
