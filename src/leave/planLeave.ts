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
	moderatorIds: ReadonlyArray<string>;
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
		const managers = [...facts.ownerIds, ...facts.moderatorIds].filter((id) => id !== facts.callerId);
		return { kind: 'leave', rejoinVia: usernamesOf(facts.members, [...new Set(managers)]) };
	}
	if (decision.error.errorType !== 'error-you-are-last-owner') {
		return { kind: 'refused', error: decision.error };
	}
	const others = facts.members.filter((member) => member.id !== facts.callerId);
	if (others.length === 0) {
		return facts.deletionAllowed ? { kind: 'deleteGroup' } : { kind: 'refused', error: decision.error };
	}
	const active = others.filter((member) => member.active);
	const moderators = active.filter((member) => facts.moderatorIds.includes(member.id));
	const rest = active.filter((member) => !facts.moderatorIds.includes(member.id));
	return { kind: 'lastOwner', candidates: [...moderators, ...rest].slice(0, NAMED_AT_MOST).map((member) => member.username) };
}

function usernamesOf(members: ReadonlyArray<GroupMember>, ids: string[]): string[] {
	return ids.flatMap((id) => members.find((member) => member.id === id)?.username ?? []).slice(0, NAMED_AT_MOST);
}
