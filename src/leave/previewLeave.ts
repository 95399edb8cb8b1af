import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { expectList } from '../rocketchat/expectList';
import { readSoleOwnerDeletion } from '../rocketchat/soleOwnerDeletionSetting';
import { checkGroup } from './decideLeave';
import { roomNotFound } from './leaveErrors';
import { completeLeaveFacts, groupFactsOf, groupMemberOf, readMemberFacts } from './leaveFacts';
import type { LeavePlan } from './planLeave';
import { planLeave } from './planLeave';

export interface LeavePreview {
	plan: LeavePlan;
	/** The caller's own room roles, which leaving gives up. */
	roomRoles: string[];
}

/**
 * What leaving `room` would do for the caller right now, read as the leave itself reads it. The member list, which can
 * be long, is read only for a last owner, whose dialog names candidates or offers deleting the group.
 */
export async function previewLeave(read: IRead, caller: IUser, room: IRoom): Promise<LeavePreview> {
	const group = checkGroup(groupFactsOf(room));
	if (!group) {
		return { plan: { kind: 'refused', error: roomNotFound() }, roomRoles: [] };
	}
	const [memberFacts, moderators, deletionAllowed] = await Promise.all([
		readMemberFacts(read, caller, room.id),
		read.getRoomReader().getModerators(room.id),
		readSoleOwnerDeletion(read),
	]);
	const facts = await completeLeaveFacts(read, caller, room, group, memberFacts);
	const lastOwner = facts.ownerIds.length === 1 && facts.ownerIds[0] === caller.id;
	const members = lastOwner ? expectList(await read.getRoomReader().getMembers(room.id), 'getMembers').map(groupMemberOf) : [];
	const moderatorList = expectList(moderators, 'getModerators').map(groupMemberOf);
	const plan = planLeave({ ...facts, owners: memberFacts.owners, moderators: moderatorList, members, deletionAllowed });
	const roomRoles = [
		...(facts.ownerIds.includes(caller.id) ? ['owner'] : []),
		...(moderatorList.some((moderator) => moderator.id === caller.id) ? ['moderator'] : []),
	];
	return { plan, roomRoles };
}
