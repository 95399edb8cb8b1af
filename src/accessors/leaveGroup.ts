import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { checkGroup, decideLeave } from '../leave/decideLeave';
import type { LeaveError } from '../leave/leaveErrors';
import { appPrevented } from '../leave/leaveErrors';
import { readAllowedRoles } from './allowedRolesSetting';
import { expectList } from './expectList';
import { isSubscribed } from './isSubscribed';
import { vetoReasonOf } from './removalVeto';
import { groupFacts } from './roomRecord';
import type { RoomQueue } from './RoomQueue';

interface LeaveEnvironment {
	read: IRead;
	modify: IModify;
	queue: RoomQueue;
}

/** The room as read before the leave comes back with the outcome, so adapters can answer without reading it again. */
export type LeaveResult = { ok: true; room: IRoom } | { ok: false; error: LeaveError; room?: IRoom };

/** Finds the group the caller asked for; absent when they named none. */
type GroupLookup = () => Promise<IRoom | undefined>;

/**
 * Makes the caller leave the group `lookup` finds, if core's checks allow it.
 *
 * Accessor calls on success, at most 5 on an engine with getUserRoomIds (1.58+):
 * - the lookup: 1 for the endpoint and for /leavegroup's argument (2 only when the argument is not the kind its shape
 *   suggests), 0 for /leavegroup in the current room;
 * - the owners and the setting: 2;
 * - membership, only when the caller is not an owner: 1 (getUserRoomIds);
 * - the removal: 1.
 * On an engine before 1.58 membership comes from getMembers instead: the first non-owner leave of the app's process
 * also makes the refused getUserRoomIds call (6 through the endpoint), every later one goes straight to getMembers (5).
 *
 * The room is read before taking its turn in the queue (its id is the key); what a race could change — owners and
 * membership — is read inside the turn, right before the removal. Another app vetoing the removal (check #8) is a
 * refusal; any other accessor failure propagates: the adapters log it and answer an error.
 */
export async function leaveGroup(env: LeaveEnvironment, caller: IUser, lookup: GroupLookup | undefined): Promise<LeaveResult> {
	const room = lookup && (await lookup());
	const found = checkGroup(lookup !== undefined, room && groupFacts(room));
	if (!found.ok) {
		return { ok: false, error: found.error, room };
	}
	const { group } = found;

	return env.queue.run(group.id, async () => {
		const [owners, allowedRoles] = await Promise.all([env.read.getRoomReader().getOwners(group.id), readAllowedRoles(env.read)]);
		const ownerIds = expectList(owners, 'getOwners').map((owner) => owner.id);
		// An owner's role lives on their subscription, so being an owner already proves membership.
		const callerSubscribed = ownerIds.includes(caller.id) || (await isSubscribed(env.read, caller.id, group.id));
		const decision = decideLeave({
			group,
			callerId: caller.id,
			callerRoles: Array.isArray(caller.roles) ? caller.roles : [],
			callerSubscribed,
			ownerIds,
			allowedRoles,
		});
		if (!decision.ok) {
			return { ok: false, error: decision.error, room };
		}
		// The bridge checks nothing and posts the `ul` message as the leaver, exactly like a voluntary leave. Only other
		// apps' pre-leave event can still refuse, before anything changes.
		try {
			await env.modify.getDeleter().removeUsersFromRoom(group.id, [caller.username]);
		} catch (error) {
			const vetoReason = vetoReasonOf(error);
			if (vetoReason === undefined) {
				throw error;
			}
			return { ok: false, error: appPrevented(vetoReason), room };
		}
		// A group was found, so the lookup answered a room.
		return { ok: true, room: room as IRoom };
	});
}
