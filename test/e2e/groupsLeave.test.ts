// The app's groups.leave endpoint over HTTP only, case by case in the order of Rocket.Chat's checks (the README's table).
// Runs against the sandbox, or against a real Rocket.Chat when RC_URL, ADMIN_USERNAME and ADMIN_PASS are set.
import type { HttpAnswer } from '../support/e2e/httpClient';
import { expectAnswer, leaveErrors } from '../support/leaveAnswers';
import { jsonOf } from '../support/e2e/httpClient';
import type { Json, RestSession } from '../support/e2e/restSession';
import type { RoomRef } from '../support/e2e/scenario';
import { useScenario } from '../support/e2e/useScenario';

jest.setTimeout(30_000);

/** The app's documented default for `allowed_roles`: the roles that hold `leave-p` in a default Rocket.Chat. */
const DEFAULT_ALLOWED_ROLES = 'admin,user,bot,anonymous,app';

const scenario = useScenario();

async function expectMember(room: RoomRef, reader: RestSession, username: string): Promise<void> {
	expect(await scenario().memberUsernames(reader, room)).toContain(username);
}

/** Rocket.Chat's own refusal of an authRequired app endpoint: text, before the app's runtime sees the request. */
function expectRocketChatUnauthorized(answer: HttpAnswer): void {
	expect({ status: answer.status, text: answer.text }).toEqual({ status: 401, text: 'Unauthorized' });
}

// Rocket.Chat: apps/meteor/app/apps/server/bridges/api.ts. The endpoint is authRequired, so Rocket.Chat's authentication
// middleware answers these.
describe('#1 authentication', () => {
	it("answers Rocket.Chat's 401 Unauthorized when no auth headers are sent", async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		const answer = await scenario().target.http.send({
			method: 'POST',
			path: scenario().target.leavePath,
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ roomId: room._id }),
		});
		expectRocketChatUnauthorized(answer);
		await expectMember(room, owner, member.username);
	});

	it("answers Rocket.Chat's 401 Unauthorized when the auth token is wrong", async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		const answer = await scenario().target.http.send({
			method: 'POST',
			path: scenario().target.leavePath,
			headers: { 'Content-Type': 'application/json', 'X-User-Id': member.userId, 'X-Auth-Token': 'not-a-token' },
			body: JSON.stringify({ roomId: room._id }),
		});
		expectRocketChatUnauthorized(answer);
		await expectMember(room, owner, member.username);
	});

	it('answers 401 when only X-User-Id is sent', async () => {
		const { member, room } = await scenario().groupWithMember();
		const answer = await scenario().target.http.send({
			method: 'POST',
			path: scenario().target.leavePath,
			headers: { 'Content-Type': 'application/json', 'X-User-Id': member.userId },
			body: JSON.stringify({ roomId: room._id }),
		});
		expectRocketChatUnauthorized(answer);
	});

	// A body with a __proto__ key stops the app's Deno runtime on a real server (README, Known limitations); anonymous
	// ones never get there, so the app keeps answering.
	it.each([
		['a JSON', 'application/json', (rid: string) => `{"__proto__":{"roomId":"${rid}"},"roomId":"${rid}"}`],
		['a form', 'application/x-www-form-urlencoded', (rid: string) => `__proto__=x&roomId=${rid}`],
	])("answers %s body with a __proto__ key without credentials with Rocket.Chat's 401, and the app keeps answering", async (_kind, type, bodyFor) => {
		const { owner, member, room } = await scenario().groupWithMember();
		const answer = await scenario().target.http.send({
			method: 'POST',
			path: scenario().target.leavePath,
			headers: { 'Content-Type': type },
			body: bodyFor(room._id),
		});
		expectRocketChatUnauthorized(answer);
		expect((await scenario().leave(member, { roomId: room._id })).status).toBe(200);
		expect(await scenario().memberUsernames(owner, room)).toEqual([owner.username]);
	});
});

describe('#2 error-room-param-not-provided', () => {
	it.each([
		['an empty body', {}],
		['both empty', { roomId: '', roomName: '' }],
		['both null', { roomId: null, roomName: null }],
		['only other fields', { rid: 'GENERAL', name: 'general' }],
	])('is answered for %s', async (_case, body) => {
		const { member } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, body), 400, leaveErrors.paramNotProvided);
	});

	it('is answered when the room is named only in the query string (only the body is read)', async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		const answer = await member.postRaw(`${scenario().target.leavePath}?roomId=${room._id}`, {});
		expectAnswer(answer, 400, leaveErrors.paramNotProvided);
		await expectMember(room, owner, member.username);
	});
});

describe('#3 error-room-not-found for a room that is not a private group of that id or exact name', () => {
	it('is answered for an unknown roomId', async () => {
		const { member } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, { roomId: 'NoSuchRoomId12345' }), 400, leaveErrors.roomNotFound);
	});

	// Rocket.Chat looks up whichever key is present, even when empty: only both absent or both empty is "not provided".
	it.each([
		['an empty roomId alone', { roomId: '' }],
		['an empty roomName alone', { roomName: '' }],
	])('is answered for %s', async (_case, body) => {
		const { member } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, body), 400, leaveErrors.roomNotFound);
	});

	it('is answered for an unknown roomName', async () => {
		const { member } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, { roomName: scenario().uniqueName('nowhere') }), 400, leaveErrors.roomNotFound);
	});

	it('is answered for the name in another case (names are case-sensitive)', async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, { roomName: room.name.toUpperCase() }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	it('is answered for "#name" (the # is not stripped)', async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(member, { roomName: `#${room.name}` }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	it('is answered for a public channel the caller belongs to, by id and by name', async () => {
		const s = scenario();
		const [owner, member] = await Promise.all([s.createUser(), s.createUser()]);
		const channel = await s.createChannel(owner, [member]);
		expectAnswer(await s.leave(member, { roomId: channel._id }), 400, leaveErrors.roomNotFound);
		expectAnswer(await s.leave(member, { roomName: channel.name }), 400, leaveErrors.roomNotFound);
	});

	it('is answered for a direct message room the caller belongs to', async () => {
		const s = scenario();
		const [caller, other] = await Promise.all([s.createUser(), s.createUser()]);
		const direct = await s.createDirect(caller, other);
		expectAnswer(await s.leave(caller, { roomId: direct._id }), 400, leaveErrors.roomNotFound);
	});
});

describe('#4 a caller not subscribed to the group gets error-room-not-found', () => {
	it('is answered to a user who is not a member, by id and by name', async () => {
		const s = scenario();
		const { room } = await s.groupWithMember();
		const outsider = await s.createUser({ prefix: 'outsider' });
		expectAnswer(await s.leave(outsider, { roomId: room._id }), 400, leaveErrors.roomNotFound);
		expectAnswer(await s.leave(outsider, { roomName: room.name }), 400, leaveErrors.roomNotFound);
	});

	it('is answered to an admin who is not a member (no admin bypass)', async () => {
		const { room } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(scenario().target.admin, { roomId: room._id }), 400, leaveErrors.roomNotFound);
	});

	it('comes before the archived check: a non-member of an archived group gets not-found', async () => {
		const s = scenario();
		const { owner, room } = await s.groupWithMember();
		await s.archive(owner, room);
		const outsider = await s.createUser({ prefix: 'outsider' });
		expectAnswer(await s.leave(outsider, { roomId: room._id }), 400, leaveErrors.roomNotFound);
	});
});

// Rocket.Chat: apps/meteor/server/services/authorization/canAccessRoom.ts lets a parent room's members see a discussion;
// then apps/meteor/app/lib/server/methods/leaveRoom.ts refuses one who is not in it, after the leave-p check.
describe('#6a a discussion seen through its parent room', () => {
	it('answers a parent member who is not in it with error-user-not-in-room, and a member of neither with not-found', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const discussion = await s.createDiscussion(owner, room);
		const outsider = await s.createUser({ prefix: 'outsider' });
		expectAnswer(await s.leave(member, { roomId: discussion._id }), 400, leaveErrors.notInRoom);
		expectAnswer(await s.leave(outsider, { roomId: discussion._id }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	it('lets a member of the discussion leave it and stay in the parent room', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const discussion = await s.createDiscussion(owner, room, [member]);
		expect((await s.leave(member, { roomId: discussion._id })).status).toBe(200);
		await expectMember(room, owner, member.username);
		expect(await s.memberUsernames(owner, discussion)).toEqual([owner.username]);
	});
});

describe('#5 error-room-archived', () => {
	it('is answered to a member of an archived group, naming the group', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await s.archive(owner, room);
		expectAnswer(await s.leave(member, { roomId: room._id }), 400, leaveErrors.archived(room.name));
		// groups.members refuses archived groups (as in Rocket.Chat); groups.info and groups.history still answer.
		expect((await s.groupInfo(owner, room)).usersCount).toBe(2);
		expect(await s.leftUsernames(owner, room)).toEqual([]);
	});

	it('comes before the role check: a guest member of an archived group gets archived', async () => {
		const s = scenario();
		const { owner, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		await s.archive(owner, room);
		expectAnswer(await s.leave(guest, { roomId: room._id }), 400, leaveErrors.archived(room.name));
	});
});

// An app cannot read `leave-p`; its setting `allowed_roles` stands in for it (emptied by the admin in the acceptance
// cases below). A user whose only global role is `guest` holds none of the roles it allows by default.
describe('#6 error-not-allowed for a caller without an allowed global role', () => {
	it('is answered to a guest member', async () => {
		const s = scenario();
		const { owner, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		expectAnswer(await s.leave(guest, { roomId: room._id }), 400, leaveErrors.notAllowed);
		await expectMember(room, owner, guest.username);
	});

	it('comes before the last-owner guard: a guest who is the last owner gets not-allowed', async () => {
		const s = scenario();
		const { owner: creator, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		await s.addOwner(creator, room, guest);
		await s.removeOwner(creator, room, creator);
		expect(await s.ownerUsernames(creator, room)).toEqual([guest.username]);
		expectAnswer(await s.leave(guest, { roomId: room._id }), 400, leaveErrors.notAllowed);
	});

	it('does not depend on room roles: a guest who is a moderator still gets not-allowed', async () => {
		const s = scenario();
		const { owner, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		await s.addModerator(owner, room, guest);
		expectAnswer(await s.leave(guest, { roomId: room._id }), 400, leaveErrors.notAllowed);
	});
});

describe('#7 error-you-are-last-owner', () => {
	it('is answered to the sole owner of a group with other members', async () => {
		const { owner, room } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(owner, { roomId: room._id }), 400, leaveErrors.lastOwner);
		expect(await scenario().ownerUsernames(owner, room)).toEqual([owner.username]);
	});

	it('is answered to the sole owner who is also the sole member', async () => {
		const s = scenario();
		const owner = await s.createUser({ prefix: 'owner' });
		const room = await s.createGroup(owner);
		expectAnswer(await s.leave(owner, { roomName: room.name }), 400, leaveErrors.lastOwner);
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
	});

	it('is answered to the sole owner even when the group has a moderator', async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		await scenario().addModerator(owner, room, member);
		expectAnswer(await scenario().leave(owner, { roomId: room._id }), 400, leaveErrors.lastOwner);
	});
});

describe('a successful leave', () => {
	// Rocket.Chat: core's apps/meteor/app/api/server/v1/groups.ts answers only {success: true}; this is the documented shape.
	it('answers 200 with the group as it stands after the leave, in the documented shape', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const before = await s.groupInfo(owner, room);
		const answer = await s.leave(member, { roomId: room._id });
		expect(answer.status).toBe(200);
		const body = jsonOf(answer) as { success: boolean; group: Record<string, unknown> };
		expect(body.success).toBe(true);
		expect(body.group).toEqual(
			expect.objectContaining({
				_id: room._id,
				name: room.name,
				t: 'p',
				usernames: expect.any(Array),
				msgs: Number(before.msgs) + 1,
				u: expect.objectContaining({ _id: owner.userId, username: owner.username }),
				ts: before.ts,
				ro: false,
				sysMes: expect.any(Boolean),
				_updatedAt: expect.any(String),
			}),
		);
		expect(body.group.usernames).not.toContain(member.username);
		expect(Date.parse(String(body.group._updatedAt))).toBeGreaterThanOrEqual(Date.parse(String(before._updatedAt)));
	});

	it('raises msgs by one, lowers usersCount by one, posts one `ul` message by the leaver and removes the subscription', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const before = await s.groupInfo(owner, room);
		const answer = await s.leave(member, { roomName: room.name });
		expect(answer.status).toBe(200);
		const after = await s.groupInfo(owner, room);
		expect({ msgs: after.msgs, usersCount: after.usersCount }).toEqual({ msgs: Number(before.msgs) + 1, usersCount: Number(before.usersCount) - 1 });
		expect((jsonOf(answer).group as { msgs: number }).msgs).toBe(after.msgs);
		expect(await s.leftUsernames(owner, room)).toEqual([member.username]);
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
	});

	it('lets one of two owners leave, leaving the other as sole owner', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await s.addOwner(owner, room, member);
		expect((await s.leave(owner, { roomId: room._id })).status).toBe(200);
		expect(await s.ownerUsernames(member, room)).toEqual([member.username]);
	});
});

describe('request handling', () => {
	it('lets roomId win over roomName when both are sent', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const other = await s.createGroup(owner, [member]);
		const answer = await s.leave(member, { roomId: room._id, roomName: other.name });
		expect(answer.status).toBe(200);
		expect((jsonOf(answer).group as { _id: string })._id).toBe(room._id);
		await expectMember(other, owner, member.username);
	});

	it('does not fall back to roomName when roomId names no room', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		expectAnswer(await s.leave(member, { roomId: 'NoSuchRoomId12345', roomName: room.name }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	it.each([
		['an empty roomId', ''],
		['a null roomId', null],
		['a numeric roomId', 7],
	])('lets %s win over a roomName: it matches no group, as in Rocket.Chat, and the member stays', async (_case, roomId) => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		expectAnswer(await s.leave(member, { roomId, roomName: room.name }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	it('ignores userId and username in the body: only the caller leaves', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const bystander = await s.createUser({ prefix: 'bystander' });
		await s.invite(owner, room, bystander);
		const answer = await s.leave(member, { roomId: room._id, userId: bystander.userId, username: bystander.username, user: bystander.username });
		expect(answer.status).toBe(200);
		expect(await s.memberUsernames(owner, room)).toEqual([bystander.username, owner.username].sort());
	});

	it('cannot be used to make someone else leave by naming them while not a member', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const outsider = await s.createUser({ prefix: 'outsider' });
		expectAnswer(await s.leave(outsider, { roomId: room._id, userId: member.userId, username: member.username }), 400, leaveErrors.roomNotFound);
		await expectMember(room, owner, member.username);
	});

	// A roomId hidden under __proto__ is tested in the unit tests only: through a real runtime the key itself stops the app.
	it('reads only own body fields: a roomId hidden under constructor.prototype is not provided, and the app keeps working', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const answer = await s.target.http.send({
			method: 'POST',
			path: s.target.leavePath,
			headers: { ...member.authHeaders(), 'Content-Type': 'application/json' },
			body: `{"constructor":{"prototype":{"roomId":"${room._id}"}}}`,
		});
		expectAnswer(answer, 400, leaveErrors.paramNotProvided);
		await expectMember(room, owner, member.username);
		expect((await s.leave(member, { roomId: room._id })).status).toBe(200);
	});

	it('accepts a form-encoded body', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const answer = await s.target.http.send({
			method: 'POST',
			path: s.target.leavePath,
			headers: { ...member.authHeaders(), 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ roomId: room._id }).toString(),
		});
		expect(answer.status).toBe(200);
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
	});

	it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers %s with a JSON error and changes nothing', async (method) => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const answer = await s.target.http.send({
			method,
			path: `${s.target.leavePath}?roomId=${room._id}`,
			headers: { ...member.authHeaders(), 'Content-Type': 'application/json' },
			body: method === 'GET' ? undefined : JSON.stringify({ roomId: room._id }),
		});
		expect(answer.status).toBeGreaterThanOrEqual(400);
		expect(answer.status).toBeLessThan(500);
		expect(jsonOf(answer)).toEqual(expect.objectContaining({ success: false, error: expect.any(String), errorType: expect.any(String) }));
		await expectMember(room, owner, member.username);
	});
});

describe("Rocket.Chat's own acceptance cases for leaving (its rooms.leave tests)", () => {
	it('refuses a direct message room opened by the other user with error-room-not-found', async () => {
		const s = scenario();
		const [caller, other] = await Promise.all([s.createUser(), s.createUser()]);
		const direct = await s.createDirect(other, caller);
		expectAnswer(await s.leave(caller, { roomId: direct._id }), 400, leaveErrors.roomNotFound);
	});

	it('refuses the sole owner, named by roomName, with error-you-are-last-owner', async () => {
		const { owner, room } = await scenario().groupWithMember();
		expectAnswer(await scenario().leave(owner, { roomName: room.name }), 400, leaveErrors.lastOwner);
	});

	it('refuses a last owner without a role allowed to leave with error-not-allowed', async () => {
		const s = scenario();
		const { owner: creator, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		await s.addOwner(creator, room, guest);
		expect((await s.leave(creator, { roomId: room._id })).status).toBe(200);
		expect(await s.ownerUsernames(guest, room)).toEqual([guest.username]);
		expectAnswer(await s.leave(guest, { roomId: room._id }), 400, leaveErrors.notAllowed);
	});

	it('lets the original owner leave once a second owner is added, and msgs grows by one', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await s.addOwner(owner, room, member);
		const before = await s.groupInfo(member, room);
		expect((await s.leave(owner, { roomId: room._id })).status).toBe(200);
		expect((await s.groupInfo(member, room)).msgs).toBe(Number(before.msgs) + 1);
	});

	// Core empties the `leave-p` permission; for this app an admin empties its stand-in, the `allowed_roles` setting,
	// through Rocket.Chat's apps API. The setting is put back as it was after each test, also on a real server.
	describe('leave-p emptied: the admin empties allowed_roles through POST /api/apps/:id/settings', () => {
		let original: Json | undefined;

		beforeEach(async () => {
			original = await scenario().appSetting('allowed_roles');
		});

		afterEach(async () => {
			if (original) {
				await scenario().updateAppSetting(original);
				expect((await scenario().appSetting('allowed_roles')).value).toEqual(original.value);
			}
		});

		const setAllowedRoles = (value: string): Promise<void> => scenario().updateAppSetting({ ...original, value });

		it('refuses the sole owner with error-not-allowed, not error-you-are-last-owner, and a plain member too', async () => {
			const s = scenario();
			const { owner, member, room } = await s.groupWithMember();
			expect(await s.ownerUsernames(owner, room)).toEqual([owner.username]);
			await setAllowedRoles('');
			expectAnswer(await s.leave(owner, { roomId: room._id }), 400, leaveErrors.notAllowed);
			expectAnswer(await s.leave(member, { roomName: room.name }), 400, leaveErrors.notAllowed);
			expect(await s.memberUsernames(owner, room)).toEqual([member.username, owner.username].sort());
		});

		it('lets the member leave once the default is restored', async () => {
			const s = scenario();
			const { owner, member, room } = await s.groupWithMember();
			await setAllowedRoles('');
			expectAnswer(await s.leave(member, { roomId: room._id }), 400, leaveErrors.notAllowed);
			await setAllowedRoles(DEFAULT_ALLOWED_ROLES);
			expect((await s.leave(member, { roomId: room._id })).status).toBe(200);
			expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
		});
	});
});
