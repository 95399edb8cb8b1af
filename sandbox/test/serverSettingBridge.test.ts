import { ServerSettingRead } from '@rocket.chat/apps-engine/server/accessors/ServerSettingRead';
import { ServerSettingBridge } from '@rocket.chat/apps-engine/server/bridges/ServerSettingBridge';

import { SandboxBridges } from '../engine/bridges/SandboxBridges';
import { Workspace } from '../workspace/Workspace';

// The server settings an app reads through the engine: the engine's own reader over the sandbox's bridge. Jest's
// NODE_ENV makes the engine grant server-setting.read here; test/integration/workspaceLanguage.test.ts has it withheld.

const APP_ID = 'e47c3c18-5139-45b4-ae3d-4734eff3fcf3';

function setUp() {
	const workspace = new Workspace();
	const bridge = new SandboxBridges(workspace, { userRoomIdsAvailable: true }).getServerSettingBridge();
	return { workspace, bridge, reader: new ServerSettingRead(bridge, APP_ID) };
}

describe("the sandbox's server settings bridge", () => {
	it("is the engine's ServerSettingBridge, so its permission check comes first", () => {
		expect(setUp().bridge).toBeInstanceOf(ServerSettingBridge);
	});

	it("answers Language's value through the engine's getValueById, and follows a change", async () => {
		const { workspace, reader } = setUp();
		expect(await reader.getValueById('Language')).toBe('');
		workspace.setSettingValue('Language', 'pt-BR');
		expect(await reader.getValueById('Language')).toBe('pt-BR');
	});

	it('answers the package value when the setting has no value, as the engine reader does', async () => {
		const { workspace, reader } = setUp();
		workspace.setSettingValue('Language', null);
		expect(await reader.getValueById('Language')).toBe('');
	});

	it("hands the setting over in the shape of Rocket.Chat's settings converter", async () => {
		const { reader } = setUp();
		expect(await reader.getOneById('Language')).toEqual({
			id: 'Language',
			type: 'language',
			packageValue: '',
			value: '',
			public: true,
			group: 'General',
			i18nLabel: 'Language',
			createdAt: expect.any(Date),
			updatedAt: expect.any(Date),
		});
	});

	it('refuses a setting the workspace does not keep, as Rocket.Chat refuses an unreadable one', async () => {
		const { reader } = setUp();
		expect(await reader.isReadableById('Site_Url')).toBe(false);
		expect(await reader.isReadableById('Language')).toBe(true);
		await expect(reader.getOneById('Site_Url')).rejects.toThrow('The setting "Site_Url" is not readable.');
		await expect(reader.getValueById('Site_Url')).rejects.toThrow('The setting "Site_Url" is not readable.');
	});

	it('fails loudly, with its name, on writing a setting', async () => {
		const { bridge } = setUp();
		await expect(bridge.doUpdateOne({ id: 'Language', value: 'de' } as never, APP_ID)).rejects.toThrow(
			'ServerSettingBridge.updateOne is not supported by the sandbox',
		);
	});
});
