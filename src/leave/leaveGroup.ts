import type { ILogger, IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { RoomTarget } from '../rocketchat/findRoom';
import { findRoom, isLookupable } from '../rocketchat/findRoom';
import { isSubscribed } from '../rocketchat/membership';
import { isEarlyRuntimeRejection } from '../rocketchat/rejectionMessage';
import { vetoReasonOf } from '../rocketchat/removalVeto';
import type { PrivateGroupFacts } from './decideLeave';
import { checkGroup, decideLeave } from './decideLeave';
import type { LeaveError, Refusal } from './leaveErrors';
import type { MemberFacts } from './leaveFacts';
import { completeLeaveFacts, groupFactsOf, readMemberFacts } from './leaveFacts';
import { appPrevented, isRefusal, removalRefused, roomNotFound } from './leaveErrors';
import type { RoomQueue } from './RoomQueue';

export interface LeaveEnvironment {
	read: IRead;
	modify: IModify;
	queue: RoomQueue;
	/** The app's log: where an engine's unreadable refusal is written, for an administrator to see. */
	logger: ILogger;
}

/** The group to leave: a room already in hand (the one a command was typed in, or one found by an argument), or a reference. */
export type LeaveTarget = { room: IRoom | undefined } | RoomTarget;

/** The room read before the leave comes back with the outcome, so adapters can answer without reading it again. */
export type LeaveResult =
	| { outcome: 'left'; room: IRoom }
	/** Check #3 or #4: no private group by that reference that the caller can see. */
	| { outcome: 'notFound'; error: LeaveError }
	| { outcome: 'refused'; room: IRoom; error: Refusal };

const notFound = (): LeaveResult => ({ outcome: 'notFound', error: roomNotFound() });

/**
 * Makes the caller leave the group, if core's checks (#3 to #8) allow it; check #2 (no room named) is the adapter's.
 *
 * Every read a race could change is made inside the room's turn in the queue, right before the removal, and the reads
 * go out side by side: by room id or with the room in hand, one step of reads and then the removal; by name, the
 * lookup comes first, because the queue is keyed by the room's id. Another app vetoing the removal (check #8) is a
 * refusal; any other accessor failure propagates: the adapters log it and answer an error.
 */
export async function leaveGroup(env: LeaveEnvironment, caller: IUser, target: LeaveTarget): Promise<LeaveResult> {
	if ('room' in target) {
		return leaveFoundRoom(env, caller, target.room);
	}
	if ('roomName' in target) {
		return leaveFoundRoom(env, caller, await findRoom(env.read, target));
	}
	if (!isLookupable(target.roomId)) {
		return notFound();
	}
	return env.queue.run(target.roomId, async () => {
		// allSettled: a room that is not a group answers not-found whatever the other reads did, as if they were never made.
		const [room, facts] = await Promise.allSettled([findRoom(env.read, target), readMemberFacts(env.read, caller, target.roomId)]);
		const found = settled(room);
		const group = found && checkGroup(groupFactsOf(found));
		return found && group ? removeIfAllowed(env, caller, found, group, settled(facts)) : notFound();
	});
}

async function leaveFoundRoom(env: LeaveEnvironment, caller: IUser, room: IRoom | undefined): Promise<LeaveResult> {
	const group = room && checkGroup(groupFactsOf(room));
	if (!room || !group) {
		return notFound();
	}
	return env.queue.run(group.id, async () => removeIfAllowed(env, caller, room, group, await readMemberFacts(env.read, caller, group.id)));
}

function settled<T>(result: PromiseSettledResult<T>): T {
	if (result.status === 'rejected') {
		throw result.reason;
	}
	return result.value;
}

async function removeIfAllowed(env: LeaveEnvironment, caller: IUser, room: IRoom, group: PrivateGroupFacts, facts: MemberFacts): Promise<LeaveResult> {
	const decision = decideLeave(await completeLeaveFacts(env.read, caller, room, group, facts));
	if (!decision.ok) {
		return isRefusal(decision.error) ? { outcome: 'refused', room, error: decision.error } : notFound();
	}
	// The bridge checks nothing and posts the `ul` message as the leaver, exactly like a voluntary leave. Only other
	// apps' pre-leave event can still refuse, before anything changes.
	try {
		await env.modify.getDeleter().removeUsersFromRoom(group.id, [caller.username]);
	} catch (error) {
		const vetoReason = vetoReasonOf(error);
		if (vetoReason !== undefined) {
			return { outcome: 'refused', room, error: appPrevented(vetoReason) };
		}
		if (!isEarlyRuntimeRejection(error)) {
			throw error;
		}
		// A veto and a fault read alike there: what Rocket.Chat now holds tells the outcome, so the answer is never wrong.
		if (!(await isSubscribed(env.read, caller.id, group.id))) {
			return { outcome: 'left', room };
		}
		// Logged because it may be a fault an administrator should see; a warning because it may as well be a veto.
		env.logger.warn(`Rocket.Chat did not remove ${caller.username} from ${group.id} and its Apps-Engine gave no reason (another app's veto or a fault)`);
		return { outcome: 'refused', room, error: removalRefused() };
	}
	return { outcome: 'left', room };
}
