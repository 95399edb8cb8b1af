// A caller who cannot be authenticated, or who cannot see a group, learns nothing about it from the leave endpoint:
// the answer is byte for byte the one for a room that does not exist.
import type { HttpAnswer } from '../support/e2e/httpClient';
import { succeeds, type RestSession } from '../support/e2e/restSession';
import type { RoomRef } from '../support/e2e/scenario';
import { useScenario } from '../support/e2e/useScenario';

jest.setTimeout(30_000);

const scenario = useScenario({ sandboxOnly: true });

/** What a client can observe of an answer, apart from the Date header. */
function observable(answer: HttpAnswer): object {
	const { status, text } = answer;
	return { status, contentType: answer.headers['content-type'], contentLength: answer.headers['content-length'], text };
}

function post(headers: Record<string, string>, body: unknown): Promise<HttpAnswer> {
	const { target } = scenario();
	return target.http.send({
		method: 'POST',
		path: target.leavePath,
		headers: { 'Content-Type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
}

/** A group with an owner and a member, plus the ways to name it and a room that does not exist. */
async function hiddenGroup(): Promise<{ owner: RestSession; member: RestSession; room: RoomRef }> {
	const s = scenario();
	const [owner, member] = await Promise.all([s.createUser({ prefix: 'owner' }), s.createUser()]);
	return { owner, member, room: await s.createGroup(owner, [member]) };
}

async function expectSameAsMissing(headers: Record<string, string>, room: RoomRef): Promise<void> {
	const missingName = scenario().uniqueName('missing');
	expect(observable(await post(headers, { roomId: room._id }))).toEqual(observable(await post(headers, { roomId: 'NoSuchRoomId12345' })));
	expect(observable(await post(headers, { roomName: room.name }))).toEqual(observable(await post(headers, { roomName: missingName })));
}

describe('a request that cannot be authenticated', () => {
	it('gets the same bytes for an existing group as for a missing room, without headers', async () => {
		const { room } = await hiddenGroup();
		await expectSameAsMissing({}, room);
	});

	it("gets the same bytes with a member's user id and a wrong token", async () => {
		const { member, room } = await hiddenGroup();
		await expectSameAsMissing({ 'X-User-Id': member.userId, 'X-Auth-Token': 'wrong-token' }, room);
	});

	it("gets the same bytes with a member's user id and another user's valid token", async () => {
		const { member, owner, room } = await hiddenGroup();
		await expectSameAsMissing({ 'X-User-Id': member.userId, 'X-Auth-Token': owner.credentials.authToken }, room);
	});
});

describe('a caller who cannot see the group', () => {
	it('gets the same bytes as for a missing room when never a member', async () => {
		const { room } = await hiddenGroup();
		const outsider = await scenario().createUser({ prefix: 'outsider' });
		await expectSameAsMissing(outsider.authHeaders(), room);
	});

	it('gets the same bytes as for a missing room when the group is archived (its state is not revealed)', async () => {
		const { owner, room } = await hiddenGroup();
		await scenario().archive(owner, room);
		const outsider = await scenario().createUser({ prefix: 'outsider' });
		await expectSameAsMissing(outsider.authHeaders(), room);
	});

	it('gets the same bytes as for a missing room after being kicked', async () => {
		const { owner, member, room } = await hiddenGroup();
		await succeeds('groups.kick', owner.client.post('/v1/groups.kick', { roomId: room._id, userId: member.userId }));
		await expectSameAsMissing(member.authHeaders(), room);
	});

	it('gets the same bytes as for a missing room when it is an admin who is not a member', async () => {
		const { room } = await hiddenGroup();
		await expectSameAsMissing(scenario().target.admin.authHeaders(), room);
	});
});
