import type { LeaveFacts } from './decideLeave';
import { decideLeave } from './decideLeave';
import type { LeaveError } from './leaveErrors';

// What the leave dialog shows, decided before anything changes with the same checks as the leave itself.

/** How many people the dialog names at most, so it stays readable in a group of thousands. */
export const NAMED_AT_MOST = 5;

export interface GroupMember {
	id: string;
	username: string;
	/** A deactivated account cannot be made owner usefully. */
	active: boolean;
}

export interface PlanFacts extends LeaveFacts {
	owners: ReadonlyArray<GroupMember>;
	moderators: ReadonlyArray<GroupMember>;
	/** Every member; needed only when the caller is the last owner, so it may be empty otherwise. */
	members: ReadonlyArray<GroupMember>;
	/** The app setting: may an owner who is the only member leave by deleting the group. */
	deletionAllowed: boolean;
}

export type LeavePlan =
	/** Leave is allowed: `rejoinVia` are the owners and moderators who could add the caller back. */
	| { kind: 'leave'; rejoinVia: string[] }
	/** The last owner of a group with other members: who could become owner, moderators first. */
	| { kind: 'lastOwner'; candidates: string[] }
	/** The owner and only member: leaving means deleting the group, confirmed by typing its name. */
	| { kind: 'deleteGroup' }
	/** Nothing to press: the reason, as the leave would answer it. */
	| { kind: 'refused'; error: LeaveError };

export function planLeave(facts: PlanFacts): LeavePlan {
	const decision = decideLeave(facts);
	if (decision.ok) {
		const managers = [...facts.owners, ...facts.moderators].filter((person) => person.id !== facts.callerId);
		const unique = managers.filter((person, index) => managers.findIndex((other) => other.id === person.id) === index);
		return { kind: 'leave', rejoinVia: unique.slice(0, NAMED_AT_MOST).map((person) => person.username) };
	}
	if (decision.error.errorType !== 'error-you-are-last-owner') {
		return { kind: 'refused', error: decision.error };
	}
	const others = facts.members.filter((member) => member.id !== facts.callerId);
	if (others.length === 0) {
		return facts.deletionAllowed ? { kind: 'deleteGroup' } : { kind: 'refused', error: decision.error };
	}
	const active = others.filter((member) => member.active);
	const isModerator = (member: GroupMember): boolean => facts.moderators.some((moderator) => moderator.id === member.id);
	const moderators = active.filter(isModerator);
	const rest = active.filter((member) => !isModerator(member));
	return { kind: 'lastOwner', candidates: [...moderators, ...rest].slice(0, NAMED_AT_MOST).map((member) => member.username) };
}
