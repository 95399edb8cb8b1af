import type { SandboxEngineOptions } from '../../sandbox/engine/SandboxEngine';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import {
	accessorCallsDuring,
	declaredPermissionsWithout,
	isMember,
	privateGroup,
	runLeavegroup,
	toldTo as whatTheAppTold,
	useSandboxEngine,
} from '../support/engine/engineHarness';

// A /leavegroup sender who never chose a language is answered in the workspace's (the server setting Language), read
// by the packaged app through the engine's server-settings reader and the sandbox's bridge, with the app's declared
// permissions enforced.
// Rocket.Chat: apps/meteor/app/apps/server/converters/users.ts (the preference) and apps/meteor/server/settings/general.ts.

const WORKSPACE_LANGUAGE_READ = 'accessor:getReader:getEnvironmentReader:getServerSettings:getValueById';

/** The engine over a workspace whose Language is pt-BR, with a group factory and what the app told a user. */
function portugueseWorkspace(options?: Pick<SandboxEngineOptions, 'grantedPermissions'>) {
	const { workspace, engine, user, groupName, loggedErrors } = useSandboxEngine(options);
	workspace.setSettingValue('Language', 'pt-BR');
	const group = (owner: WorkspaceUser, members: WorkspaceUser[]): WorkspaceRoom => privateGroup(workspace, groupName(), owner, members);
	const toldTo = (recipient: WorkspaceUser): string[] => whatTheAppTold(workspace, recipient).map(({ msg }) => msg);
	return { workspace, engine, user, group, toldTo, loggedErrors };
}

describe('/leavegroup in a pt-BR workspace, in the real Apps-Engine', () => {
	const { workspace, engine, user, group, toldTo } = portugueseWorkspace();

	it('answers a sender without a language preference in Portuguese, reading the setting once', async () => {
		const owner = user();
		const member = user();
		const room = group(owner, [member]);

		const { calls } = await accessorCallsDuring(engine(), () => runLeavegroup(engine(), member, room));

		expect(isMember(workspace, room, member)).toBe(false);
		expect(toldTo(member)).toEqual([`Você saiu de #${room.name}. Saiu por engano? Desfaça em até 10 minutos.`]);
		expect(calls[WORKSPACE_LANGUAGE_READ]).toBe(1);
	});

	it("answers a sender who chose German in German, without reading the workspace's language", async () => {
		const owner = user();
		const member = user({ language: 'de' });
		const room = group(owner, [member]);

		const { calls } = await accessorCallsDuring(engine(), () => runLeavegroup(engine(), member, room));

		expect(toldTo(member)).toEqual([`Du hast #${room.name} verlassen. Versehentlich? Mach es innerhalb von 10 Minuten rückgängig.`]);
		expect(calls[WORKSPACE_LANGUAGE_READ]).toBeUndefined();
	});
});

describe('/leavegroup when the admin withheld server-setting.read', () => {
	const { workspace, engine, user, group, toldTo, loggedErrors } = portugueseWorkspace({
		grantedPermissions: declaredPermissionsWithout('server-setting.read'),
	});
	// The engine reports a call the app may not make on the host's console, as Rocket.Chat's server log shows it.
	const hostConsoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

	afterAll(() => {
		hostConsoleError.mockRestore();
	});

	it('still leaves, answers in English and logs that it could not read the setting', async () => {
		const owner = user();
		const member = user();
		const room = group(owner, [member]);

		await runLeavegroup(engine(), member, room);

		expect(isMember(workspace, room, member)).toBe(false);
		expect(toldTo(member)).toEqual([`You left #${room.name}. Left by mistake? Undo within 10 minutes.`]);
		expect((await loggedErrors()).map((args) => String(args[0]))).toEqual([expect.stringContaining('could not read the server setting Language')]);
		expect(hostConsoleError).toHaveBeenCalledWith(expect.stringContaining('server-setting.read'));
	});
});
