import { readFileSync } from 'node:fs';

import { SandboxEngine } from '../../sandbox/engine/SandboxEngine';
import { Workspace } from '../../sandbox/workspace/Workspace';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { accessorCallsDuring, isMember, packagedAppZip, privateGroup } from '../support/engine/engineHarness';

// A /leavegroup sender who never chose a language is answered in the workspace's (the server setting Language), read
// by the packaged app through the engine's server-settings reader and the sandbox's bridge, with the app's declared
// permissions enforced.

const WORKSPACE_LANGUAGE_READ = 'accessor:getReader:getEnvironmentReader:getServerSettings:getValueById';

function portugueseWorkspace() {
	const workspace = new Workspace();
	workspace.createUser({ username: 'root', roles: ['admin', 'user'] });
	workspace.setSettingValue('Language', 'pt-BR');
	let serial = 0;
	const user = (language?: string): WorkspaceUser => workspace.createUser({ username: `user${++serial}`, language });
	const group = (owner: WorkspaceUser, members: WorkspaceUser[]): WorkspaceRoom => privateGroup(workspace, `group${++serial}`, owner, members);
	const toldTo = (recipient: WorkspaceUser): string[] => workspace.notificationsOf(recipient._id).map(({ msg }) => msg);
	return { workspace, user, group, toldTo };
}

describe('/leavegroup in a pt-BR workspace, in the real Apps-Engine', () => {
	const { workspace, user, group, toldTo } = portugueseWorkspace();
	let engine: SandboxEngine;
	const leavegroup = (sender: WorkspaceUser, room: WorkspaceRoom) =>
		engine.runCommand({ command: 'leavegroup', params: '', senderId: sender._id, roomId: room._id });

	beforeAll(async () => {
		engine = await SandboxEngine.start({ workspace, appZip: packagedAppZip() });
	});

	afterAll(async () => {
		await engine?.stop();
	});

	it('answers a sender without a language preference in Portuguese, reading the setting once', async () => {
		const owner = user();
		const member = user();
		const room = group(owner, [member]);

		const { calls } = await accessorCallsDuring(engine, () => leavegroup(member, room));

		expect(isMember(workspace, room, member)).toBe(false);
		expect(toldTo(member)).toEqual([`Você saiu de #${room.name}.`]);
		expect(calls[WORKSPACE_LANGUAGE_READ]).toBe(1);
	});

	it("answers a sender who chose German in German, without reading the workspace's language", async () => {
		const owner = user();
		const member = user('de');
		const room = group(owner, [member]);

		const { calls } = await accessorCallsDuring(engine, () => leavegroup(member, room));

		expect(toldTo(member)).toEqual([`Du hast #${room.name} verlassen.`]);
		expect(calls[WORKSPACE_LANGUAGE_READ]).toBeUndefined();
	});
});

describe('/leavegroup when the admin withheld server-setting.read', () => {
	const { workspace, user, group, toldTo } = portugueseWorkspace();
	let engine: SandboxEngine;
	// The engine reports a call the app may not make on the host's console, as Rocket.Chat's server log shows it.
	const hostConsoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

	beforeAll(async () => {
		const declared = (JSON.parse(readFileSync('app.json', 'utf8')) as { permissions: Array<{ name: string }> }).permissions.map(({ name }) => name);
		expect(declared).toContain('server-setting.read');
		engine = await SandboxEngine.start({
			workspace,
			appZip: packagedAppZip(),
			grantedPermissions: declared.filter((name) => name !== 'server-setting.read'),
		});
	});

	afterAll(async () => {
		await engine?.stop();
		hostConsoleError.mockRestore();
	});

	it('still leaves, answers in English and logs that it could not read the setting', async () => {
		const owner = user();
		const member = user();
		const room = group(owner, [member]);

		await engine.runCommand({ command: 'leavegroup', params: '', senderId: member._id, roomId: room._id });

		expect(isMember(workspace, room, member)).toBe(false);
		expect(toldTo(member)).toEqual([`You left #${room.name}.`]);
		const logged = (await engine.logs.getEntriesFor(engine.appId)).flatMap((entry) => entry.entries.filter((line) => line.severity === 'error'));
		expect(logged.map((line) => String(line.args[0]))).toEqual([expect.stringContaining('could not read the server setting Language')]);
		expect(hostConsoleError).toHaveBeenCalledWith(expect.stringContaining('server-setting.read'));
	});
});
