import type { LeaveFacts } from '../leave/decideLeave';
import { decideLeave } from '../leave/decideLeave';

// The list /leavegroups shows: each of the person's private groups with what leaving it would do now, decided by the
// leave's own checks. Pure: the facts are read elsewhere (readGroupList.ts).

/** What leaving would do: leave, or the refusal the leave itself would answer. */
export type ListedStatus = 'leaves' | 'lastOwner' | 'notAllowed' | 'archived';

export interface ListedGroup {
	id: string;
	name: string;
	status: ListedStatus;
}

const STATUS_OF_ERROR: Partial<Record<string, ListedStatus>> = {
	'error-room-archived': 'archived',
	'error-not-allowed': 'notAllowed',
	'error-you-are-last-owner': 'lastOwner',
};

/**
 * The group's status, or undefined for one the leave would not even find (not subscribed). `facts.ownerIds` may be
 * empty while the owners are unread: then a 'leaves' answer is provisional, see needsOwners.
 */
export function statusOf(facts: LeaveFacts): ListedStatus | undefined {
	const decision = decideLeave(facts);
	return decision.ok ? 'leaves' : STATUS_OF_ERROR[decision.error.errorType];
}

/** Owners decide only between leaving and being the last owner; an archived or role-refused group needs no owner read. */
export const needsOwners = (statusWithoutOwners: ListedStatus | undefined): boolean => statusWithoutOwners === 'leaves';

const ORDER: ListedStatus[] = ['leaves', 'lastOwner', 'notAllowed', 'archived'];

/** Groups the person can leave first, then by reason; by name within each. */
export function sortGroupList(groups: ReadonlyArray<ListedGroup>): ListedGroup[] {
	return [...groups].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The submitted choice kept to groups the list offered as leavable, once each: anything else in a request is ignored. */
export function chosenGroups(groups: ReadonlyArray<ListedGroup>, chosen: unknown): ListedGroup[] {
	const ids = new Set(Array.isArray(chosen) ? chosen.filter((id): id is string => typeof id === 'string') : []);
	return groups.filter((group) => group.status === 'leaves' && ids.has(group.id));
}
