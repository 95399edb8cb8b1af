import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { readAllowedRoles } from '../rocketchat/allowedRolesSetting';
import { expectList } from '../rocketchat/expectList';
import { isSubscribed } from '../rocketchat/membership';
import { groupName, unmappedProperty } from '../rocketchat/roomRecord';
import type { GroupFacts, LeaveFacts, PrivateGroupFacts } from './decideLeave';
import type { GroupMember } from './planLeave';

// The facts core's checks need, read through the accessors: shared by the leave itself and the dialog's preview of it.

/** What the checks after the lookup need, read together inside the room's turn. */
export interface MemberFacts {
	ownerIds: string[];
	owners: GroupMember[];
	allowedRoles: string[];
	callerSubscribed: boolean;
}

export function groupFactsOf(room: IRoom): GroupFacts {
	return {
		id: room.id,
		name: groupName(room),
		isPrivateGroup: room.type === RoomType.PRIVATE_GROUP,
		archived: unmappedProperty(room, 'archived') === true,
	};
}

export async function readMemberFacts(read: IRead, caller: IUser, roomId: string): Promise<MemberFacts> {
	const [owners, allowedRoles, callerSubscribed] = await Promise.all([
		read.getRoomReader().getOwners(roomId),
		readAllowedRoles(read),
		isSubscribed(read, caller.id, roomId),
	]);
	const ownerList = expectList(owners, 'getOwners').map(groupMemberOf);
	return { ownerIds: ownerList.map((owner) => owner.id), owners: ownerList, allowedRoles, callerSubscribed };
}

// An owner's role lives on their subscription, so being an owner proves membership too.
const isSubscribedPerFacts = (caller: IUser, facts: MemberFacts): boolean => facts.callerSubscribed || facts.ownerIds.includes(caller.id);

/** Only for a discussion the caller is not in: one more read, the parent room's membership. */
async function seesThroughParent(read: IRead, caller: IUser, room: IRoom, facts: MemberFacts): Promise<boolean> {
	const parentId = room.parentRoom?.id;
	if (isSubscribedPerFacts(caller, facts) || parentId === undefined) {
		return false;
	}
	return isSubscribed(read, caller.id, parentId);
}

/** The decision's input for a private group; a discussion the caller is not in costs one more read. */
export async function completeLeaveFacts(read: IRead, caller: IUser, room: IRoom, group: PrivateGroupFacts, facts: MemberFacts): Promise<LeaveFacts> {
	return {
		group,
		callerId: caller.id,
		callerRoles: Array.isArray(caller.roles) ? caller.roles : [],
		callerSubscribed: isSubscribedPerFacts(caller, facts),
		seesThroughParent: await seesThroughParent(read, caller, room, facts),
		ownerIds: facts.ownerIds,
		allowedRoles: facts.allowedRoles,
	};
}

export function groupMemberOf(user: IUser): GroupMember {
	return { id: user.id, username: user.username, active: user.isEnabled !== false };
}
