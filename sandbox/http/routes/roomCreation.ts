import type { Workspace } from '../../workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../workspace/records';
import { booleanParam, has, stringListParam, stringParam } from '../params';
import type { Params } from '../route';
import { failure, orRefuse } from '../respond';

/**
 * groups.create and channels.create: `name`, optional `members` (usernames; unknown ones are skipped, as
 * Rocket.Chat's createRoom does) and `readOnly`. The creator becomes the room's owner.
 */
export function createNamedRoom(workspace: Workspace, caller: WorkspaceUser, bodyParams: Params, t: 'p' | 'c'): WorkspaceRoom {
	const name = stringParam(bodyParams, 'name');
	if (!name) {
		throw failure('Body param "name" is required');
	}
	if (has(bodyParams, 'members') && !Array.isArray(bodyParams.members)) {
		throw failure('Body param "members" must be an array if provided');
	}
	const memberIds = (stringListParam(bodyParams, 'members') ?? [])
		.map((username) => workspace.findUserByUsername(username)?._id)
		.filter((id): id is string => id !== undefined);
	return orRefuse(() => workspace.createRoom({ t, name, creatorId: caller._id, memberIds, readOnly: booleanParam(bodyParams, 'readOnly') === true }));
}
