// `/leavegroup` run through Rocket.Chat's `POST /api/v1/commands.run`, over HTTP only. Its effects are checked on any
// target; the private (ephemeral) replies can only be read through the sandbox's own sandbox.notifications route.
import type { RestSession } from '../support/e2e/restSession';
import type { RoomRef } from '../support/e2e/scenario';
import { targetsRealServer } from '../support/e2e/target';
import { useScenario } from '../support/e2e/useScenario';

jest.setTimeout(30_000);

const scenario = useScenario();

async function expectLeft(room: RoomRef, reader: RestSession, leaver: RestSession): Promise<void> {
	const s = scenario();
	expect(await s.memberUsernames(reader, room)).not.toContain(leaver.username);
	expect(await s.leftUsernames(reader, room)).toEqual([leaver.username]);
}

describe('/leavegroup effects', () => {
	it('with no argument, typed in a private group, leaves that group', async () => {
		const { owner, member, room } = await scenario().groupWithMember();
		await scenario().runCommand(member, 'leavegroup', '', room);
		await expectLeft(room, owner, member);
	});

	it('with "#name", typed in another group, leaves the named group only', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const elsewhere = await s.createGroup(owner, [member]);
		await s.runCommand(member, 'leavegroup', `#${room.name}`, elsewhere);
		await expectLeft(room, owner, member);
		expect(await s.memberUsernames(owner, elsewhere)).toContain(member.username);
	});

	it('with a bare name, typed in a public channel, leaves the named group', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const channel = await s.createChannel(owner, [member]);
		await s.runCommand(member, 'leavegroup', room.name, channel);
		await expectLeft(room, owner, member);
	});

	it('with a room id, typed in a direct message room, leaves that group', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const direct = await s.createDirect(member, owner);
		await s.runCommand(member, 'leavegroup', room._id, direct);
		await expectLeft(room, owner, member);
	});

	it('leaves nothing when typed by the last owner', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await s.runCommand(owner, 'leavegroup', '', room);
		expect(await s.memberUsernames(member, room)).toEqual([member.username, owner.username].sort());
		expect(await s.ownerUsernames(member, room)).toEqual([owner.username]);
	});

	it('leaves nothing when a non-member names the group', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const outsider = await s.createUser({ prefix: 'outsider' });
		const channel = await s.createChannel(outsider);
		await s.runCommand(outsider, 'leavegroup', room.name, channel);
		expect(await s.memberUsernames(owner, room)).toEqual([member.username, owner.username].sort());
	});

	// Rocket.Chat: apps/meteor/app/api/server/v1/commands.ts runs a command without checking its permission (leave-p).
	it("is run for a guest, who lacks the command's leave-p, and the app itself refuses the leave", async () => {
		const s = scenario();
		const { owner, member: guest, room } = await s.groupWithMember({ memberRoles: ['guest'] });
		await s.runCommand(guest, 'leavegroup', '', room);
		expect(await s.memberUsernames(owner, room)).toEqual([guest.username, owner.username].sort());
	});
});

// The replies are ephemeral: Rocket.Chat shows them to the sender and stores nothing a REST client could read back.
// Rocket.Chat: apps/meteor/app/apps/server/bridges/messages.ts (notifyUser broadcasts notify.ephemeralMessage).
const repliesDescribe = targetsRealServer ? describe.skip : describe;
const repliesTitle = targetsRealServer
	? '/leavegroup private replies — SKIPPED against a real server: they are read from sandbox.notifications, a sandbox-only route'
	: '/leavegroup private replies (read from the sandbox-only sandbox.notifications)';

repliesDescribe(repliesTitle, () => {
	async function lastReply(user: RestSession): Promise<{ rid: string; msg: string }> {
		const notifications = await scenario().notifications(user);
		expect(notifications.length).toBeGreaterThan(0);
		return notifications[notifications.length - 1];
	}

	it('tells the sender "You left #name" in the room where they typed', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		const channel = await s.createChannel(owner, [member]);
		await s.runCommand(member, 'leavegroup', room.name, channel);
		const reply = await lastReply(member);
		expect(reply.rid).toBe(channel._id);
		expect(reply.msg).toContain(`You left #${room.name}`);
	});

	it('typed in a public channel without an argument, says it is not a private group and points to /leave', async () => {
		const s = scenario();
		const { owner, member } = await s.groupWithMember();
		const channel = await s.createChannel(owner, [member]);
		await s.runCommand(member, 'leavegroup', '', channel);
		const reply = await lastReply(member);
		expect(reply.rid).toBe(channel._id);
		expect(reply.msg).toMatch(/\/leave(?![a-z])/);
	});

	it('tells the last owner to set another owner first, naming the moderators', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await s.addModerator(owner, room, member);
		await s.runCommand(owner, 'leavegroup', '', room);
		const reply = await lastReply(owner);
		expect(reply.rid).toBe(room._id);
		expect(reply.msg).toMatch(/owner/i);
		expect(reply.msg).toContain(member.username);
	});

	it('answers a non-member naming an existing group exactly as for a group that does not exist', async () => {
		const s = scenario();
		const { room } = await s.groupWithMember();
		const outsider = await s.createUser({ prefix: 'outsider' });
		const channel = await s.createChannel(outsider);
		await s.runCommand(outsider, 'leavegroup', room.name, channel);
		const hidden = await lastReply(outsider);
		const missing = s.uniqueName('nowhere');
		await s.runCommand(outsider, 'leavegroup', missing, channel);
		const absent = await lastReply(outsider);
		expect(hidden.msg.replace(room.name, '<name>')).toBe(absent.msg.replace(missing, '<name>'));
	});
});
