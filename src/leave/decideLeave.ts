import type { LeaveError } from './leaveErrors';
import { lastOwner, notAllowed, notInRoom, roomArchived, roomNotFound } from './leaveErrors';

/** What the decision needs to know about the group, already read through the accessors. */
export interface GroupFacts {
	id: string;
	/** The name the archived error shows: a discussion's display name, otherwise the room name. */
	name: string;
	isPrivateGroup: boolean;
	archived: boolean;
}

/** A group checkGroup found: named, existing and private. Only such a group reaches the later checks. */
export type PrivateGroupFacts = GroupFacts & { isPrivateGroup: true };

export interface LeaveFacts {
	group: PrivateGroupFacts;
	callerId: string;
	/** The caller's global roles; room roles never grant leave-p. */
	callerRoles: ReadonlyArray<string>;
	callerSubscribed: boolean;
	/** A discussion is open to the members of its parent room, subscribed to it or not (core's canAccessRoom). */
	seesThroughParent: boolean;
	ownerIds: ReadonlyArray<string>;
	/** Roles that stand in for the leave-p permission (the app setting). */
	allowedRoles: ReadonlyArray<string>;
}

type LeaveDecision = { ok: true } | { ok: false; error: LeaveError };

const isPrivateGroup = (group: GroupFacts): group is PrivateGroupFacts => group.isPrivateGroup;

/** Check #3: only a private group can be left through groups.leave; a channel or a direct room is "not found". */
export function checkGroup(group: GroupFacts): PrivateGroupFacts | undefined {
	return isPrivateGroup(group) ? group : undefined;
}

/** Checks #4 to #7 for a group checkGroup found, in core's order (#6a: a discussion seen but not joined): the first that fails decides. */
export function decideLeave(facts: LeaveFacts): LeaveDecision {
	const refuse = (error: LeaveError): LeaveDecision => ({ ok: false, error });
	// Not being subscribed hides the group, admins included, unless it is a discussion of a room the caller is in.
	if (!facts.callerSubscribed && !facts.seesThroughParent) {
		return refuse(roomNotFound());
	}
	if (facts.group.archived) {
		return refuse(roomArchived(facts.group.name));
	}
	if (!facts.callerRoles.some((role) => facts.allowedRoles.includes(role))) {
		return refuse(notAllowed());
	}
	if (!facts.callerSubscribed) {
		return refuse(notInRoom());
	}
	if (facts.ownerIds.includes(facts.callerId) && facts.ownerIds.length === 1) {
		return refuse(lastOwner());
	}
	return { ok: true };
}
