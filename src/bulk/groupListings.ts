import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { ListedGroup, ListedStatus } from './groupList';

// The list a person's /leavegroups dialog shows, kept while it is open: a ticked group's button label and the submit
// read it back (one call) instead of listing every group again. One per person; opening the dialog again replaces it,
// closing it removes it.

const associationOf = (userId: string): RocketChatAssociationRecord =>
	new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `leave-groups:${userId}`);

const STATUSES: ReadonlyArray<ListedStatus> = ['leaves', 'lastOwner', 'notAllowed', 'archived'];

const isListedGroup = (value: unknown): value is ListedGroup => {
	const group = value as Partial<ListedGroup> | null;
	return typeof group?.id === 'string' && typeof group.name === 'string' && STATUSES.includes(group.status as ListedStatus);
};

export async function saveGroupListing(persistence: IPersistence, userId: string, groups: ReadonlyArray<ListedGroup>): Promise<void> {
	await persistence.updateByAssociation(associationOf(userId), { groups }, true);
}

/** undefined when the person has no list open (never opened, or a record of another shape). */
export async function readGroupListing(reader: IPersistenceRead, userId: string): Promise<ListedGroup[] | undefined> {
	const [record] = await reader.readByAssociation(associationOf(userId));
	const groups = (record as { groups?: unknown } | undefined)?.groups;
	return Array.isArray(groups) && groups.every(isListedGroup) ? groups : undefined;
}

export async function removeGroupListing(persistence: IPersistence, userId: string): Promise<void> {
	await persistence.removeByAssociation(associationOf(userId));
}
