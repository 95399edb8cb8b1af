import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { isMember, privateGroup, runLeavegroup, toldTo, useSandboxEngine } from '../support/engine/engineHarness';

// The packaged app's /leavegroup in the real Apps-Engine runtime: run through the engine's command manager with the
// context Rocket.Chat builds, answered by ephemeral messages that only the sender sees in the room typed in — or, when
// the sender just left that room, by a message in their direct room with the app.

describe('/leavegroup in the real Apps-Engine', () => {
	const { workspace, engine, user, groupName } = useSandboxEngine();

	const leavegroup = (sender: WorkspaceUser, room: WorkspaceRoom, params = ''): Promise<boolean> => runLeavegroup(engine(), sender, room, params);
	const ephemeralMessages = (recipient: WorkspaceUser): Array<{ rid: string; msg: string }> =>
		toldTo(workspace, recipient)
			.filter(({ direct }) => !direct)
			.map(({ rid, msg }) => ({ rid, msg }));

	it('leaves the group it is typed in and tells the sender in their direct room with the app, the group getting only `ul`', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);

		expect(await leavegroup(member, room)).toBe(true);

		expect(isMember(workspace, room, member)).toBe(false);
		const [told] = toldTo(workspace, member);
		expect(told).toMatchObject({ msg: `You left #${room.name}. Left by mistake? Undo within 10 minutes.`, direct: true });
		expect(workspace.findRoomById(told.rid)?.t).toBe('d');
		expect(toldTo(workspace, owner)).toEqual([]);
		expect(workspace.messagesOfRoom(room._id).map((message) => message.t)).toEqual(['ul']);
	});

	it('uses the same direct room for later replies', async () => {
		const owner = user();
		const member = user();
		const rooms = [privateGroup(workspace, groupName(), owner, [member]), privateGroup(workspace, groupName(), owner, [member])];

		for (const room of rooms) {
			await leavegroup(member, room);
		}

		const told = toldTo(workspace, member);
		expect(told.map(({ msg }) => msg)).toEqual(rooms.map((room) => `You left #${room.name}. Left by mistake? Undo within 10 minutes.`));
		expect(new Set(told.map(({ rid }) => rid)).size).toBe(1);
	});

	it('leaves a group named by #name from another room, answering in the room typed in', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		const elsewhere = workspace.createRoom({ t: 'c', name: groupName(), creatorId: owner._id, memberIds: [member._id] });

		await leavegroup(member, elsewhere, `  #${room.name} `);

		expect(isMember(workspace, room, member)).toBe(false);
		expect(ephemeralMessages(member)).toEqual([{ rid: elsewhere._id, msg: `You left #${room.name}. Left by mistake? Undo within 10 minutes.` }]);
	});

	it('tells the last owner to set another owner first, naming the moderators, and keeps them in', async () => {
		const owner = user();
		const moderator = user();
		const room = privateGroup(workspace, groupName(), owner, [moderator]);
		workspace.addRoomRole(room._id, moderator._id, 'moderator', owner._id);

		await leavegroup(owner, room);

		expect(isMember(workspace, room, owner)).toBe(true);
		expect(ephemeralMessages(owner)).toEqual([
			{
				rid: room._id,
				msg: `You are the last owner of #${room.name}. Make another member owner first, for example one of its moderators (@${moderator.username}), then leave.`,
			},
		]);
	});

	it('says a room that is not a private group cannot be left with it, and points to /leave', async () => {
		const owner = user();
		const member = user();
		const channel = workspace.createRoom({ t: 'c', name: groupName(), creatorId: owner._id, memberIds: [member._id] });

		await leavegroup(member, channel);

		expect(isMember(workspace, channel, member)).toBe(true);
		expect(ephemeralMessages(member)).toEqual([
			{
				rid: channel._id,
				msg: 'This room is not a private group, so /leavegroup cannot leave it. Use /leave to leave it, or /leavegroup #name to leave one of your private groups.',
			},
		]);
	});

	it("answers in the sender's language", async () => {
		const owner = user();
		const member = user({ language: 'de' });
		const room = privateGroup(workspace, groupName(), owner, [member]);

		await leavegroup(member, room);

		expect(toldTo(workspace, member).map(({ msg }) => msg)).toEqual([
			`Du hast #${room.name} verlassen. Versehentlich? Mach es innerhalb von 10 Minuten rückgängig.`,
		]);
	});

	it('receives a quoted argument as one, as Rocket.Chat splits them', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);

		await leavegroup(member, room, '"no such group"');

		expect(isMember(workspace, room, member)).toBe(true);
		expect(ephemeralMessages(member)).toEqual([
			{ rid: room._id, msg: 'None of your private groups is called "no such group". Check the name (capitals count) or use the group id.' },
		]);
	});

	it('reports a command no app provides as not run', async () => {
		const owner = user();
		const room = privateGroup(workspace, groupName(), owner);

		expect(await engine().runCommand({ command: 'nosuchcommand', params: '', senderId: owner._id, roomId: room._id })).toBe(false);
	});
});
