import { ENGINE_PASSES_HOST_ERRORS } from '../support/engine/engineFeatures';
import { isMember, leaveThroughEndpoint, privateGroup, runLeavegroup, useSandboxEngine } from '../support/engine/engineHarness';

// Check #8 in the real Apps-Engine runtime: the workspace emulates another app vetoing the leave (IPreRoomUserLeave),
// the veto crosses the engine as Rocket.Chat's does — the app's Deno process gets only the host error's message,
// `<veto message> [error-app-prevented]` — and the packaged app answers it as core's groups.leave does. Engines before
// 1.53 hand the app `[object Object]` for every failed call: there the app answers what Rocket.Chat now holds, the
// member still in the group, with its own error-removal-refused (README, Known limitations).
// Rocket.Chat: apps/meteor/app/apps/server/bridges/rooms.ts and app/lib/server/functions/removeUserFromRoom.ts (the veto);
// before 1.53, packages/apps-engine/deno-runtime/lib/accessors/mod.ts rethrew `new Error(err.error)`.

/** The endpoint's answer to a removal that failed on an engine before 1.53, whatever the reason. */
const REMOVAL_REFUSED = {
	success: false,
	error: 'Rocket.Chat did not remove you from the group and gave no reason (another app may have prevented it) [error-removal-refused]',
	errorType: 'error-removal-refused',
};

describe("another app's pre-leave veto in the real Apps-Engine", () => {
	const { workspace, engine, user, groupName, loggedErrors, loggedWarnings } = useSandboxEngine();

	afterEach(() => {
		workspace.setPreLeaveVeto(undefined);
	});

	it("answers groups.leave with 400 error-app-prevented and the veto's message (before 1.53: error-removal-refused), and the member stays with no ul message", async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto((vetoedRoom, leaver) =>
			vetoedRoom._id === room._id && leaver._id === member._id ? `${leaver.username} must hand over first` : undefined,
		);
		const errorsBefore = (await loggedErrors()).length;

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id });

		expect(answer?.status).toBe(400);
		expect(answer?.content).toEqual(
			ENGINE_PASSES_HOST_ERRORS
				? { success: false, error: `${member.username} must hand over first [error-app-prevented]`, errorType: 'error-app-prevented' }
				: REMOVAL_REFUSED,
		);
		expect(isMember(workspace, room, member)).toBe(true);
		expect(workspace.findRoomById(room._id)).toMatchObject({ usersCount: 2, msgs: 0 });
		expect(workspace.messagesOfRoom(room._id).filter((message) => message.t === 'ul')).toEqual([]);
		expect((await loggedErrors()).length).toBe(errorsBefore);
	});

	it('tells the /leavegroup sender privately, in their language, that another app prevented the leave and why (before 1.53: that nothing changed)', async () => {
		const owner = user();
		const member = user({ language: 'de' });
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto(() => 'Audit läuft');

		await runLeavegroup(engine(), member, room);

		expect(workspace.notificationsOf(member._id).map(({ rid, msg }) => ({ rid, msg }))).toEqual([
			{
				rid: room._id,
				msg: ENGINE_PASSES_HOST_ERRORS
					? `Eine andere App in diesem Workspace hat verhindert, dass du #${room.name} verlässt, und sagt: „Audit läuft“. Nichts wurde geändert: Du bist weiterhin in der Gruppe. Wenn du sie verlassen musst, wende dich an einen Administrator.`
					: `Rocket.Chat hat dich nicht aus #${room.name} entfernt und keinen Grund genannt: In dieser Rocket.Chat-Version sieht die Ablehnung durch eine andere App genauso aus wie ein Serverfehler. Es hat sich nichts geändert: Du bist weiterhin in der Gruppe. Versuche es erneut; wenn es weiter fehlschlägt, wende dich an einen Administrator.`,
			},
		]);
		expect(isMember(workspace, room, member)).toBe(true);
		expect(workspace.messagesOfRoom(room._id)).toEqual([]);
	});

	it('still answers a logged 500 when the removal fails for any other reason (before 1.53: the same 400 error-removal-refused as a veto, and a warning in the app log)', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.setPreLeaveVeto(() => {
			throw new Error('the vetoing app crashed');
		});
		const errorsBefore = (await loggedErrors()).length;

		const answer = await leaveThroughEndpoint(engine(), member, { roomId: room._id });

		expect(isMember(workspace, room, member)).toBe(true);
		if (!ENGINE_PASSES_HOST_ERRORS) {
			// The fault is not lost: the app's log warns that Rocket.Chat gave no reason.
			expect(answer).toMatchObject({ status: 400, content: REMOVAL_REFUSED });
			expect((await loggedWarnings()).flat()).toContainEqual(expect.stringContaining(`did not remove ${member.username} from ${room._id}`));
			return;
		}
		expect(answer?.status).toBe(500);
		expect(answer?.content).toMatchObject({ success: false, errorType: 'error-internal-server-error' });
		const logged = (await loggedErrors()).slice(errorsBefore);
		expect(logged).toHaveLength(1);
		expect(logged[0].join(' ')).toContain('the vetoing app crashed');
	});
});
