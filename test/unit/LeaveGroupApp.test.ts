import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConfigurationExtend, IEnvironmentRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IApi } from '@rocket.chat/apps-engine/definition/api';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';
import type { ISlashCommand } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUIActionButtonDescriptor } from '@rocket.chat/apps-engine/definition/ui';
import { RoomTypeFilter, UIActionButtonContext } from '@rocket.chat/apps-engine/definition/ui';

import { GroupsLeaveEndpoint } from '../../src/endpoint/GroupsLeaveEndpoint';
import { createApp } from '../fakes/fakeApp';

const root = join(__dirname, '..', '..');

async function configure() {
	const { app } = createApp();
	const settings: ISetting[] = [];
	const commands: ISlashCommand[] = [];
	const apis: IApi[] = [];
	const buttons: IUIActionButtonDescriptor[] = [];
	const configuration = {
		settings: { provideSetting: async (setting: ISetting) => void settings.push(setting) },
		ui: { registerButton: async (button: IUIActionButtonDescriptor) => void buttons.push(button) },
		slashCommands: { provideSlashCommand: async (command: ISlashCommand) => void commands.push(command) },
		api: { provideApi: async (api: IApi) => void apis.push(api) },
	} as unknown as IConfigurationExtend;
	await app.initialize(configuration, {} as IEnvironmentRead);
	return { app, settings, commands, apis, buttons };
}

describe('LeaveGroupApp: what it provides', () => {
	it('provides the allowed-roles setting with core default roles for leave-p, Undo time and sole-owner deletion', async () => {
		const { settings } = await configure();
		expect(settings).toEqual([
			expect.objectContaining({
				id: 'allowed_roles',
				type: SettingType.STRING,
				packageValue: 'admin,user,bot,anonymous,app',
				i18nLabel: 'LeaveGroup_Allowed_Roles',
				i18nDescription: 'LeaveGroup_Allowed_Roles_Description',
			}),
			expect.objectContaining({ id: 'undo_minutes', type: SettingType.NUMBER, packageValue: 10, i18nLabel: 'LeaveGroup_Undo_Minutes' }),
			expect.objectContaining({ id: 'sole_owner_may_delete', type: SettingType.BOOLEAN, packageValue: true, i18nLabel: 'LeaveGroup_Sole_Owner_Delete' }),
		]);
	});

	it('adds "Leave group…" to the room menu of private groups only', async () => {
		const { buttons } = await configure();
		expect(buttons).toEqual([
			{
				actionId: 'leave-group.open',
				labelI18n: 'LeaveGroup_Button_Label',
				context: UIActionButtonContext.ROOM_ACTION,
				when: { roomTypes: [RoomTypeFilter.PRIVATE_CHANNEL] },
			},
		]);
	});

	it('provides /leavegroup and /leavegroups', async () => {
		const { commands } = await configure();
		expect(commands.map((command) => command.command)).toEqual(['leavegroup', 'leavegroups']);
	});

	it('provides groups.leave as a public, unsecured API', async () => {
		const { apis } = await configure();
		expect(apis).toHaveLength(1);
		expect(apis[0].visibility).toBe(ApiVisibility.PUBLIC);
		expect(apis[0].security).toBe(ApiSecurity.UNSECURE);
		expect(apis[0].endpoints.map((endpoint) => endpoint.path)).toEqual(['groups.leave']);
		expect(apis[0].endpoints[0]).toBeInstanceOf(GroupsLeaveEndpoint);
	});

	it('shares one room queue between the command and the endpoint', async () => {
		const { app, commands, apis } = await configure();
		const queueOf = (holder: unknown) => (holder as { app: typeof app }).app.getRoomQueue();
		expect(queueOf(commands[0])).toBe(app.getRoomQueue());
		expect(queueOf(apis[0].endpoints[0])).toBe(app.getRoomQueue());
	});
});

describe('app.json', () => {
	const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as Record<string, unknown>;

	it('identifies the app as the issue asks', () => {
		expect(appJson).toMatchObject({
			name: 'Leave Group',
			nameSlug: 'leave-group',
			version: '1.0.0',
			requiredApiVersion: '^1.44.0',
			classFile: 'LeaveGroupApp.ts',
			iconFile: 'icon.png',
		});
		expect(appJson.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(appJson.author).toMatchObject({ name: expect.any(String), support: expect.any(String), homepage: expect.stringMatching(/^https:\/\//) });
	});

	it("names the app's maintainers as its author", () => {
		expect(appJson.author).toMatchObject({ name: 'Leave Group maintainers' });
	});

	it('declares exactly the permissions the code uses, all known to the engine', () => {
		// room.read: lookups, owners, members, moderators; room.write: removeUsersFromRoom, the direct room for replies,
		// putting a user back (Undo), deleting a group its sole owner leaves; user.read: getUserRoomIds, getAppUser;
		// message.write: notifyUser and replies; server-setting.read: the workspace's Language for replies; persistence: Undo
		// tickets; ui.interact: the leave dialog; ui.registerButtons: its room-menu button; slashcommand and api: what the
		// app provides.
		const names = (appJson.permissions as Array<{ name: string }>).map((permission) => permission.name).sort();
		expect(names).toEqual([
			'api',
			'message.write',
			'persistence',
			'room.read',
			'room.write',
			'server-setting.read',
			'slashcommand',
			'ui.interact',
			'ui.registerButtons',
			'user.read',
		]);
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { AppPermissions } = require('@rocket.chat/apps-engine/server/permissions/AppPermissions') as {
			AppPermissions: Record<string, Record<string, { name: string }>>;
		};
		const known = Object.values(AppPermissions).flatMap((scope) => Object.values(scope).map((permission) => permission.name));
		names.forEach((name) => expect(known).toContain(name));
	});

	it('comes with a real icon of at least 128×128', () => {
		const png = readFileSync(join(root, 'icon.png'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
		expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(128);
		expect(png.length).toBeGreaterThan(1000);
	});
});
