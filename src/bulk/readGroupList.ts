import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { checkGroup } from '../leave/decideLeave';
import { groupFactsOf } from '../leave/leaveFacts';
import { readAllowedRoles } from '../rocketchat/allowedRolesSetting';
import { expectList } from '../rocketchat/expectList';
import { userRoomIds } from '../rocketchat/membership';
import type { ListedGroup } from './groupList';
import { needsOwners, sortGroupList, statusOf } from './groupList';
import { inParallel } from './inParallel';

/** Rooms read at once while listing: enough to hide the round trips, few enough not to flood the engine. */
export const LISTING_IN_FLIGHT = 16;

/**
 * Every private group `caller` is in, with what leaving it would do now; undefined on an engine without
 * getUserRoomIds (before 1.58), which is the only way an app can learn a user's rooms. Costs the room ids and the
 * allowed roles side by side, then per room its record and, only for a group the caller could leave, its owners.
 */
export async function readGroupList(read: IRead, caller: IUser): Promise<ListedGroup[] | undefined> {
	const [roomIds, allowedRoles] = await Promise.all([userRoomIds(read, caller.id), readAllowedRoles(read)]);
	if (!roomIds) {
		return undefined;
	}
	const callerRoles = Array.isArray(caller.roles) ? caller.roles : [];
	const listed = await inParallel(roomIds, LISTING_IN_FLIGHT, async (roomId): Promise<ListedGroup | undefined> => {
		const room = await read.getRoomReader().getById(roomId);
		const group = room && checkGroup(groupFactsOf(room));
		if (!group) {
			return undefined;
		}
		// Subscribed by definition: the room came from the caller's own room ids.
		const facts = { group, callerId: caller.id, callerRoles, callerSubscribed: true, seesThroughParent: false, ownerIds: [], allowedRoles };
		const withoutOwners = statusOf(facts);
		const status = needsOwners(withoutOwners)
			? statusOf({ ...facts, ownerIds: expectList(await read.getRoomReader().getOwners(roomId), 'getOwners').map((owner) => owner.id) })
			: withoutOwners;
		return status && { id: group.id, name: group.name, status };
	});
	return sortGroupList(listed.filter((group): group is ListedGroup => group !== undefined));
}
