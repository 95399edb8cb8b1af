import { isMember, leaveThroughEndpoint, privateGroup, runLeavegroup, useSandboxEngine } from '../support/engine/engineHarness';

// Check #8 in the real Apps-Engine runtime: the workspace emulates another app vetoing the leave (IPreRoomUserLeave),
// the veto crosses the engine as Rocket.Chat's does — the app's Deno process gets only the host error's message,
// `<veto message> [error-app-prevented]` — and the packaged app answers it as core's groups.leave does.

describe("another app's pre-leave veto in the real Apps-Engine", () => {
	const { workspace, engine, user, groupName, loggedErrors } = useSandboxEngine();

	afterEach(() => {
		workspace.setPreLeaveVeto(undefined);
	});

	it("answers groups.leave with 400 error-app-prevented and the veto's message, and the member stays with no ul message", async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto((vetoedRoom, leaver) =>
			vetoedRoom._id === room._id && leaver._id === member._id ? `${leaver.username} must hand over first` : undefined,
		);
		const errorsBefore = (await loggedErrors()).length;

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id });

		expect(answer?.status).toBe(400);
		expect(answer?.content).toEqual({
			success: false,
			error: `${member.username} must hand over first [error-app-prevented]`,
			errorType: 'error-app-prevented',
		});
		expect(isMember(workspace, room, member)).toBe(true);
		expect(workspace.findRoomById(room._id)).toMatchObject({ usersCount: 2, msgs: 0 });
		expect(workspace.messagesOfRoom(room._id).filter((message) => message.t === 'ul')).toEqual([]);
		expect((await loggedErrors()).length).toBe(errorsBefore);
	});

	it('tells the /leavegroup sender privately, in their language, that another app prevented the leave and why', async () => {
		const owner = user();
		const member = user({ language: 'de' });
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto(() => 'Audit läuft');

		await runLeavegroup(engine(), member, room);

		expect(workspace.notificationsOf(member._id).map(({ rid, msg }) => ({ rid, msg }))).toEqual([
			{
				rid: room._id,
				msg: `Eine andere App in diesem Workspace hat verhindert, dass du #${room.name} verlässt, und sagt: „Audit läuft“. Nichts wurde geändert: Du bist weiterhin in der Gruppe. Wenn du sie verlassen musst, wende dich an einen Administrator.`,
			},
		]);
		expect(isMember(workspace, room, member)).toBe(true);
		expect(workspace.messagesOfRoom(room._id)).toEqual([]);
	});

	it('still answers a logged 500 when the removal fails for any other reason', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto(() => {
			throw new Error('the vetoing app crashed');
		});
		const errorsBefore = (await loggedErrors()).length;

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id });

		expect(answer?.status).toBe(500);
		expect(answer?.content).toMatchObject({ success: false, errorType: 'error-internal-server-error' });
		expect(isMember(workspace, room, member)).toBe(true);
		const logged = (await loggedErrors()).slice(errorsBefore);
		expect(logged).toHaveLength(1);
		expect(logged[0].join(' ')).toContain('the vetoing app crashed');
	});
});
