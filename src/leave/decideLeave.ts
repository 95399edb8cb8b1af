import type { LeaveError } from './leaveErrors';
import { lastOwner, notAllowed, roomArchived, roomNotFound, roomParamNotProvided } from './leaveErrors';

/** What the decision needs to know about the group, already read through the accessors. */
export interface GroupFacts {
	id: string;
	/** The name the archived error shows: a discussion's display name, otherwise the room name. */
	name: string;
	isPrivateGroup: boolean;
	archived: boolean;
}

export interface LeaveFacts {
	/** False when the caller named no room at all (check #2). */
	roomRequested: boolean;
	/** Undefined when no room has that id or name. */
	group?: GroupFacts;
	callerId: string;
	/** The caller's global roles; room roles never grant leave-p. */
	callerRoles: ReadonlyArray<string>;
	callerSubscribed: boolean;
	ownerIds: ReadonlyArray<string>;
	/** Roles that stand in for the leave-p permission (the app setting). */
	allowedRoles: ReadonlyArray<string>;
}

export type LeaveDecision = { ok: true } | { ok: false; error: LeaveError };

/** Checks #2 and #3: whether a private group was named and found. The rest needs facts worth reading only then. */
export function checkGroup(roomRequested: boolean, group: GroupFacts | undefined): { ok: true; group: GroupFacts } | { ok: false; error: LeaveError } {
	if (!roomRequested) {
		return { ok: false, error: roomParamNotProvided() };
	}
	if (!group?.isPrivateGroup) {
		return { ok: false, error: roomNotFound() };
	}
	return { ok: true, group };
}

/** Core's checks for leaving a private group, in core's order: the first that fails decides. */
export function decideLeave(facts: LeaveFacts): LeaveDecision {
	const found = checkGroup(facts.roomRequested, facts.group);
	if (!found.ok) {
		return found;
	}
	const refuse = (error: LeaveError): LeaveDecision => ({ ok: false, error });
	// Not being subscribed hides the group, admins included.
	if (!facts.callerSubscribed) {
		return refuse(roomNotFound());
	}
	if (found.group.archived) {
		return refuse(roomArchived(found.group.name));
	}
	if (!facts.callerRoles.some((role) => facts.allowedRoles.includes(role))) {
		return refuse(notAllowed());
	}
	if (facts.ownerIds.includes(facts.callerId) && facts.ownerIds.length === 1) {
		return refuse(lastOwner());
	}
	return { ok: true };
}
