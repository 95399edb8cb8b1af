import type { IApiEndpointInfo, IApiRequest, IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { RequestMethod } from '@rocket.chat/apps-engine/definition/accessors';

import { GroupsLeaveEndpoint } from '../../src/endpoint/GroupsLeaveEndpoint';
import { createApp } from '../fakes/fakeApp';
import type { WorkspaceUser } from '../../sandbox/workspace/records';
import type { FakeOptions } from '../fakes/FakeRocketChat';
import { fakeWithTeam } from '../fakes/FakeRocketChat';
import { unauthorizedBody } from '../support/leaveAnswers';

const NOT_FOUND = {
	success: false,
	error: 'The required "roomId" or "roomName" param provided does not match any group [error-room-not-found]',
	errorType: 'error-room-not-found',
};

function setUp(options: FakeOptions = {}) {
	const { rc, workspace, owner, member, group } = fakeWithTeam(options);
	const { app, errors } = createApp();
	const endpoint = new GroupsLeaveEndpoint(app);
	/** `null`: no authenticated user. */
	const call = (method: RequestMethod, content: unknown, user: WorkspaceUser | null): Promise<IApiResponse> => {
		const request: IApiRequest = { method, headers: {}, query: {}, params: {}, content, user: user ? rc.appUserOf(user) : undefined };
		const handler = endpoint[method] as (request: IApiRequest, info: IApiEndpointInfo, ...rest: unknown[]) => Promise<IApiResponse>;
		return handler.call(endpoint, request, {} as IApiEndpointInfo, rc.read(), rc.modify(), {}, {});
	};
	const post = (content: unknown, user: WorkspaceUser | null = member) => call(RequestMethod.POST, content, user);
	return { rc, workspace, owner, member, group, endpoint, errors, call, post };
}

describe('groups.leave endpoint: declaration', () => {
	it('is groups.leave and requires authentication, so Rocket.Chat refuses anonymous requests before the app runs', () => {
		const { endpoint } = setUp();
		expect(endpoint.path).toBe('groups.leave');
		expect(endpoint.authRequired).toBe(true);
	});
});

describe('groups.leave endpoint: answers', () => {
	it('answers 200 with the documented group shape, as it stands after the leave', async () => {
		const { rc, member, group, post } = setUp();
		const before = Date.now();
		const response = await post({ roomId: group._id });
		expect(response.status).toBe(200);
		expect(response.headers?.['content-type']).toBe('application/json');
		expect(response.content).toEqual({
			group: {
				_id: group._id,
				name: 'team',
				t: 'p',
				usernames: [],
				msgs: 1,
				u: { _id: group.u._id, username: 'olivia' },
				ts: group.ts.toISOString(),
				ro: false,
				sysMes: true,
				_updatedAt: expect.any(String),
				usersCount: 1,
			},
			success: true,
		});
		const updatedAt = Date.parse((response.content as { group: { _updatedAt: string } }).group._updatedAt);
		expect(updatedAt).toBeGreaterThanOrEqual(before);
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.roomNow(group).msgs).toBe(1);
	});

	it('leaves by roomName too', async () => {
		const { rc, member, group, post } = setUp();
		expect((await post({ roomName: 'team' })).status).toBe(200);
		expect(rc.isMember(group, member)).toBe(false);
	});

	it('drops the leaver from a usernames list the room record carries', async () => {
		const { workspace, member, post } = setUp();
		const ann = workspace.createUser({ username: 'ann' });
		const legacy = workspace.createRoom({ t: 'p', name: 'legacy', creatorId: ann._id, memberIds: [member._id], usernames: ['ann', 'max', 'zoe'] });
		const response = await post({ roomId: legacy._id });
		expect((response.content as { group: { usernames: string[] } }).group.usernames).toEqual(['ann', 'zoe']);
	});

	it("answers 401 with core's JSON body when the caller is not authenticated, and changes nothing", async () => {
		const { rc, group, post } = setUp();
		const response = await post({ roomId: group._id }, null);
		expect(response.status).toBe(401);
		expect(response.content).toEqual(unauthorizedBody);
		expect(rc.totalCalls()).toBe(0);
	});

	it('answers 400 error-room-param-not-provided for an empty body', async () => {
		const { post } = setUp();
		const response = await post({});
		expect(response.status).toBe(400);
		expect(response.content).toEqual({
			success: false,
			error: 'The parameter "roomId" or "roomName" is required [error-room-param-not-provided]',
			errorType: 'error-room-param-not-provided',
		});
	});

	it('answers 400 error-room-not-found for an unknown room', async () => {
		const { post } = setUp();
		const response = await post({ roomName: 'nope' });
		expect(response.status).toBe(400);
		expect(response.content).toEqual(NOT_FOUND);
	});

	it('answers 400 error-room-archived naming the group', async () => {
		const { workspace, member, post } = setUp();
		const ann = workspace.createUser({ username: 'ann' });
		const archived = workspace.createRoom({ t: 'p', name: 'old', creatorId: ann._id, memberIds: [member._id] });
		workspace.setArchived(archived._id, true, ann._id);
		const response = await post({ roomId: archived._id });
		expect(response).toMatchObject({
			status: 400,
			content: { success: false, error: 'The private group, old, is archived [error-room-archived]', errorType: 'error-room-archived' },
		});
		expect(response.content).not.toHaveProperty('details');
	});

	it('answers 400 error-not-allowed with details for a caller without an allowed role', async () => {
		const { workspace, owner, group, post } = setUp();
		const guest = workspace.createUser({ username: 'guest', roles: ['guest'] });
		workspace.addUserToRoom(group._id, guest._id, owner._id);
		const response = await post({ roomId: group._id }, guest);
		expect(response.status).toBe(400);
		expect(response.content).toEqual({
			success: false,
			error: 'Not allowed [error-not-allowed]',
			errorType: 'error-not-allowed',
			details: { method: 'leaveRoom' },
		});
	});

	it('answers 400 error-you-are-last-owner with details to the sole owner', async () => {
		const { owner, group, post } = setUp();
		const response = await post({ roomId: group._id }, owner);
		expect(response.status).toBe(400);
		expect(response.content).toEqual({
			success: false,
			error: 'You are the last owner. Please set new owner before leaving the room. [error-you-are-last-owner]',
			errorType: 'error-you-are-last-owner',
			details: { method: 'leaveRoom' },
		});
	});

	it.each([RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.HEAD, RequestMethod.OPTIONS])(
		'answers %s with a JSON 405 naming POST',
		async (method) => {
			const { rc, member, group, call } = setUp();
			const response = await call(method, { roomId: group._id }, member);
			expect(response.status).toBe(405);
			expect(response.headers?.allow).toBe('POST');
			expect(response.content).toEqual({
				success: false,
				error: 'Method not allowed; groups.leave accepts POST only [error-method-not-allowed]',
				errorType: 'error-method-not-allowed',
			});
			expect(rc.isMember(group, member)).toBe(true);
		},
	);

	it('always makes the authenticated caller leave, whatever userId or username the body names', async () => {
		const { rc, workspace, owner, member, group, post } = setUp();
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		const response = await post({ roomId: group._id, userId: owner._id, username: owner.username }, member);
		expect(response.status).toBe(200);
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.isMember(group, owner)).toBe(true);
	});
});

describe("groups.leave endpoint: another app's pre-leave veto", () => {
	it("answers 400 error-app-prevented with the vetoing app's message, changes nothing and logs nothing", async () => {
		const { rc, workspace, member, group, errors, post } = setUp();
		workspace.setPreLeaveVeto(() => 'Members of team stay until Friday');
		const response = await post({ roomId: group._id });
		expect(response.status).toBe(400);
		expect(response.content).toEqual({
			success: false,
			error: 'Members of team stay until Friday [error-app-prevented]',
			errorType: 'error-app-prevented',
		});
		expect(rc.isMember(group, member)).toBe(true);
		expect(rc.messagesOf(group)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('answers the code alone for a veto without a message, as Meteor.Error writes it', async () => {
		const { workspace, group, post } = setUp();
		workspace.setPreLeaveVeto(() => '');
		const response = await post({ roomId: group._id });
		expect(response.status).toBe(400);
		expect(response.content).toEqual({ success: false, error: '[error-app-prevented]', errorType: 'error-app-prevented' });
	});
});

describe('groups.leave endpoint: bad input never 5xx and changes nothing', () => {
	const huge = 'x'.repeat(2_000_000);
	it.each<[string, (roomId: string) => unknown, number, string]>([
		['null', () => null, 400, 'error-room-param-not-provided'],
		['a string body', () => 'roomId=abc', 400, 'error-room-param-not-provided'],
		['an array', (roomId) => [{ roomId }], 400, 'error-room-param-not-provided'],
		['a number roomId', () => ({ roomId: 12 }), 400, 'error-room-not-found'],
		['an operator object as roomId', () => ({ roomId: { $ne: null } }), 400, 'error-room-not-found'],
		['an array roomName', () => ({ roomName: ['team'] }), 400, 'error-room-not-found'],
		['a null roomId beside a valid roomName', () => ({ roomId: null, roomName: 'team' }), 400, 'error-room-not-found'],
		['a number roomId beside a valid roomName', () => ({ roomId: 7, roomName: 'team' }), 400, 'error-room-not-found'],
		['a null roomId and roomName', () => ({ roomId: null, roomName: null }), 400, 'error-room-param-not-provided'],
		['roomId under __proto__', (roomId) => JSON.parse(`{"__proto__":{"roomId":"${roomId}"}}`), 400, 'error-room-param-not-provided'],
		['roomId under constructor', (roomId) => ({ constructor: { roomId } }), 400, 'error-room-param-not-provided'],
		['a huge roomId', () => ({ roomId: huge }), 400, 'error-room-not-found'],
		['a huge roomName', () => ({ roomName: huge }), 400, 'error-room-not-found'],
		['an empty roomId beside a valid roomName', () => ({ roomId: '', roomName: 'team' }), 400, 'error-room-not-found'],
		['unicode and control characters', () => ({ roomName: 'te\u0000am\u202e' }), 400, 'error-room-not-found'],
	])('answers %s with a 4xx Rocket.Chat error', async (_label, body, status, errorType) => {
		const { rc, member, group, post } = setUp();
		const response = await post(body(group._id));
		expect(response.status).toBe(status);
		expect(response.content).toMatchObject({ success: false, errorType });
		expect(rc.isMember(group, member)).toBe(true);
		expect(rc.messagesOf(group)).toEqual([]);
	});

	it('looks nothing up for a huge string', async () => {
		const { rc, post } = setUp();
		await post({ roomName: huge });
		expect(rc.totalCalls()).toBe(0);
	});

	it('looks nothing up, by either key, for a roomId that is not a string', async () => {
		const { rc, post } = setUp();
		await post({ roomId: null, roomName: 'team' });
		expect(rc.totalCalls()).toBe(0);
	});
});

describe('groups.leave endpoint: engine failures', () => {
	it.each(['getById', 'getOwners', 'getValueById', 'getMembers', 'removeUsersFromRoom'])(
		'answers a JSON 500 without a stack trace and logs it when %s throws',
		async (failing) => {
			const { group, errors, post } = setUp({ failing: [failing], userRoomIds: 'missing' });
			const response = await post({ roomId: group._id });
			expect(response.status).toBe(500);
			expect(response.content).toEqual({
				success: false,
				error: 'The group could not be left because of an internal error [error-internal-server-error]',
				errorType: 'error-internal-server-error',
			});
			expect(JSON.stringify(response.content)).not.toMatch(/engine failure|at .*\.ts/);
			expect(errors).toHaveLength(1);
			expect(String(errors[0].join(' '))).toContain(`${failing}: engine failure`);
		},
	);

	it('never answers 200 when the removal fails', async () => {
		const { rc, member, group, post } = setUp({ failing: ['removeUsersFromRoom'] });
		const response = await post({ roomId: group._id });
		expect(response.status).not.toBe(200);
		expect(rc.isMember(group, member)).toBe(true);
	});
});
