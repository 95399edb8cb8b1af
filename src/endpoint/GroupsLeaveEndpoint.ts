import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IApiEndpointInfo, IApiRequest, IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { ApiEndpoint } from '@rocket.chat/apps-engine/definition/api';

import type { LeaveGroupApp } from '../../LeaveGroupApp';
import { leaveGroup } from '../leave/leaveGroup';
import { roomNotFound, roomParamNotProvided } from '../leave/leaveErrors';
import { groupAfterLeave } from './groupAfterLeave';
import { readRoomTarget } from './readRoomTarget';
import { internalError, left, methodNotAllowed, refused, unauthorized } from './responses';

const refuseMethod = async (): Promise<IApiResponse> => methodNotAllowed();

/** `POST /api/apps/public/<appId>/groups.leave`: the contract of core's `POST /api/v1/groups.leave`. */
export class GroupsLeaveEndpoint extends ApiEndpoint {
	public path = 'groups.leave';

	// Rocket.Chat then refuses a request without valid credentials with its own 401 (`Unauthorized`) before the app's
	// runtime sees it, so no anonymous body can reach (or stop) the app's Deno process.
	public authRequired = true;

	constructor(public app: LeaveGroupApp) {
		super(app);
	}

	public async post(request: IApiRequest, _endpoint: IApiEndpointInfo, read: IRead, modify: IModify): Promise<IApiResponse> {
		const caller = request.user;
		if (!caller) {
			return unauthorized();
		}
		// Only the body is read, and only the room in it: the caller is always the authenticated user.
		const param = readRoomTarget(request.content);
		if (!param.provided) {
			return refused(roomParamNotProvided());
		}
		if (!param.target) {
			return refused(roomNotFound());
		}
		try {
			const result = await leaveGroup({ read, modify, queue: this.app.getRoomQueue(), logger: this.app.getLogger() }, caller, param.target);
			return result.outcome === 'left' ? left(groupAfterLeave(result.room, caller.username, new Date())) : refused(result.error);
		} catch (error) {
			this.app.getLogger().error('groups.leave failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
			return internalError();
		}
	}

	// Every other method answers a JSON 405: without a handler the engine would fail the call instead of answering.
	public get = refuseMethod;

	public put = refuseMethod;

	public patch = refuseMethod;

	public delete = refuseMethod;

	public head = refuseMethod;

	public options = refuseMethod;
}
