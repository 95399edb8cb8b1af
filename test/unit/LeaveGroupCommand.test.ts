import type { IHttp } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';

import { LeaveGroupCommand } from '../../src/command/LeaveGroupCommand';
import { UNDO_MINUTES_SETTING_ID } from '../../src/rocketchat/undoSetting';
import { createApp } from '../fakes/fakeApp';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import type { FakeOptions } from '../fakes/FakeRocketChat';
import { fakeWithTeam } from '../fakes/FakeRocketChat';

function setUp(options: FakeOptions = {}) {
	const { rc, workspace, owner, member, group } = fakeWithTeam(options);
	// Most cases read the plain confirmation; Undo's has its own cases below.
	rc.settingValues[UNDO_MINUTES_SETTING_ID] = 0;
	const channel = workspace.createRoom({ t: 'c', name: 'general', creatorId: owner._id, memberIds: [member._id] });
	const { app, errors } = createApp();
	const command = new LeaveGroupCommand(app);
	const everyonesNotifications = () => workspace.users().flatMap((user) => workspace.notificationsOf(user._id));
	const directMessagesTo = (sender: WorkspaceUser) => {
		const direct = workspace.findDirectRoom([rc.appUser._id, sender._id]);
		return direct ? workspace.messagesOfRoom(direct._id) : [];
	};
	/**
	 * Runs `/leavegroup <args>` as `sender`, typed in `room`; answers what the sender was told: privately in that room,
	 * or, when they left it, in the app's direct room with them.
	 */
	const run = async (sender: WorkspaceUser, room: WorkspaceRoom, args: string[] = []) => {
		const before = everyonesNotifications().length;
		const sendersBefore = workspace.notificationsOf(sender._id).length;
		const directBefore = directMessagesTo(sender).length;
		const context = new SlashCommandContext(rc.appUserOf(sender), rc.appRoomOf(room), args);
		await command.executor(context, rc.read(), rc.modify(), {} as IHttp, rc.persistence());
		const direct = directMessagesTo(sender).slice(directBefore);
		if (direct.length > 0) {
			expect({ direct: direct.length, notifications: everyonesNotifications().length, stillMember: rc.isMember(room, sender) }).toEqual({
				direct: 1,
				notifications: before,
				stillMember: false,
			});
			expect(direct[0].u._id).toBe(rc.appUser._id);
			return direct[0].msg;
		}
		expect(everyonesNotifications()).toHaveLength(before + 1);
		const told = workspace.notificationsOf(sender._id).slice(sendersBefore);
		expect(told).toHaveLength(1);
		expect(told[0]).toMatchObject({ uid: sender._id, rid: room._id, u: { _id: rc.appUser._id } });
		return told[0].msg;
	};
	/** A member who chose a language in their preferences. */
	const speakerOf = (language: string) => {
		const speaker = workspace.createUser({ username: 'speaker', language });
		workspace.addUserToRoom(group._id, speaker._id, owner._id);
		return speaker;
	};
	return { rc, workspace, owner, member, group, channel, command, errors, run, speakerOf, directMessagesTo };
}

describe('/leavegroup: declaration', () => {
	it('is leavegroup, described and exemplified through i18n keys, and needs leave-p', () => {
		const { command } = setUp();
		expect(command).toMatchObject({
			command: 'leavegroup',
			i18nDescription: 'LeaveGroup_Command_Description',
			i18nParamsExample: 'LeaveGroup_Command_Params_Example',
			permission: 'leave-p',
			providesPreview: false,
		});
	});
});

describe('/leavegroup: which group', () => {
	it('leaves the private group it is typed in and says so', async () => {
		const { rc, member, group, run } = setUp();
		expect(await run(member, group)).toBe('You left #team.');
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.calls.getByName ?? 0).toBe(0);
	});

	it.each([['#team'], ['team']])('leaves the group named %s from another room', async (argument) => {
		const { rc, member, group, channel, run } = setUp();
		expect(await run(member, channel, [argument])).toBe('You left #team.');
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.isMember(channel, member)).toBe(true);
	});

	it('leaves the group given by its id', async () => {
		const { rc, member, group, channel, run } = setUp();
		expect(await run(member, channel, [group._id])).toBe('You left #team.');
		expect(rc.calls.getById).toBe(1);
		expect(rc.calls.getByName ?? 0).toBe(0);
	});

	it('answers usage for more than one argument and leaves nothing', async () => {
		const { rc, member, group, run } = setUp();
		expect(await run(member, group, ['team', 'now'])).toMatch(/^Usage: \/leavegroup/);
		expect(rc.isMember(group, member)).toBe(true);
	});

	it('typed in a channel without an argument, says it is not a private group and points to /leave', async () => {
		const { rc, member, channel, run } = setUp();
		const text = await run(member, channel);
		expect(text).toContain('not a private group');
		expect(text).toContain('/leave ');
		expect(rc.isMember(channel, member)).toBe(true);
	});

	it('names the group that was not found, and says what to check', async () => {
		const { member, channel, run } = setUp();
		expect(await run(member, channel, ['#Team'])).toBe(
			'None of your private groups is called "#Team". Check the name (capitals count) or use the group id.',
		);
	});

	it('does not leave a public channel named as the argument', async () => {
		const { rc, member, channel, run } = setUp();
		expect(await run(member, channel, ['#general'])).toContain('None of your private groups');
		expect(rc.isMember(channel, member)).toBe(true);
	});
});

describe('/leavegroup: refusals tell what to do next', () => {
	it('tells the sole owner to make someone else owner first', async () => {
		const { rc, owner, group, run } = setUp();
		expect(await run(owner, group)).toBe('You are the last owner of #team. Make another member owner first (Members, then Set as owner), then leave.');
		expect(rc.isMember(group, owner)).toBe(true);
	});

	it("names the group's moderators to the sole owner, leaving the owner out", async () => {
		const { workspace, owner, member, group, run } = setUp();
		const zoe = workspace.createUser({ username: 'zoe' });
		workspace.addUserToRoom(group._id, zoe._id, owner._id);
		workspace.addRoomRole(group._id, member._id, 'moderator', owner._id);
		workspace.addRoomRole(group._id, zoe._id, 'moderator', owner._id);
		workspace.addRoomRole(group._id, owner._id, 'moderator', owner._id);
		expect(await run(owner, group)).toBe(
			'You are the last owner of #team. Make another member owner first, for example one of its moderators (@max, @zoe), then leave.',
		);
	});

	it("still tells the sole owner the refusal, and logs it, when the group's moderators cannot be read", async () => {
		const { owner, group, errors, run } = setUp({ failing: ['getModerators'] });
		expect(await run(owner, group)).toBe('You are the last owner of #team. Make another member owner first (Members, then Set as owner), then leave.');
		expect(errors).toEqual([[expect.stringContaining('moderators'), 'getModerators: engine failure']]);
	});

	it('asks for the moderators only when the last owner is refused', async () => {
		const { rc, member, group, run } = setUp();
		await run(member, group);
		expect(rc.calls.getModerators ?? 0).toBe(0);
	});

	it('tells a caller without an allowed role to ask an administrator', async () => {
		const { rc, member, group, run } = setUp();
		rc.allowedRoles = 'admin';
		expect(await run(member, group)).toBe('You are not allowed to leave private groups. Ask an administrator for a role that may leave them.');
	});

	it('tells that an archived group must be unarchived first', async () => {
		const { workspace, member, run } = setUp();
		const ann = workspace.createUser({ username: 'ann' });
		const archived = workspace.createRoom({ t: 'p', name: 'old', creatorId: ann._id, memberIds: [member._id] });
		workspace.setArchived(archived._id, true, ann._id);
		expect(await run(member, archived)).toBe('#old is archived, so nobody can leave it. Ask an administrator to unarchive it first.');
	});

	it('reports an engine failure to the sender and logs it', async () => {
		const { rc, member, group, errors, run } = setUp({ failing: ['getOwners'] });
		expect(await run(member, group)).toMatch(/^Something went wrong/);
		expect(rc.isMember(group, member)).toBe(true);
		expect(errors).toHaveLength(1);
	});
});

describe("/leavegroup: another app's pre-leave veto", () => {
	it.each([
		[
			'en',
			'Another app on this workspace prevented you from leaving #team and said: "Not before the audit". Nothing changed: you are still in the group. If you need to leave, ask an administrator.',
		],
		[
			'pt-BR',
			'Outro app deste workspace impediu você de sair de #team e disse: "Not before the audit". Nada mudou: você continua no grupo. Se precisar sair, fale com um administrador.',
		],
		[
			'es',
			'Otra app de este espacio de trabajo te impidió salir de #team y dijo: "Not before the audit". No ha cambiado nada: sigues en el grupo. Si necesitas salir, habla con un administrador.',
		],
		[
			'de',
			'Eine andere App in diesem Workspace hat verhindert, dass du #team verlässt, und sagt: „Not before the audit“. Nichts wurde geändert: Du bist weiterhin in der Gruppe. Wenn du sie verlassen musst, wende dich an einen Administrator.',
		],
		[
			'fr',
			'Une autre app de cet espace de travail vous a empêché de quitter #team et indique : « Not before the audit ». Rien n’a changé : vous êtes toujours dans le groupe. Si vous devez le quitter, adressez-vous à un administrateur.',
		],
	])('tells a %s speaker the veto and its reason, and that nothing changed', async (language, expected) => {
		const { rc, workspace, group, errors, run, speakerOf } = setUp();
		const speaker = speakerOf(language);
		workspace.setPreLeaveVeto(() => 'Not before the audit');
		const messagesBefore = rc.messagesOf(group);
		expect(await run(speaker, group)).toBe(expected);
		expect(rc.isMember(group, speaker)).toBe(true);
		expect(rc.messagesOf(group)).toEqual(messagesBefore);
		expect(errors).toEqual([]);
	});

	it('says no reason was given for a veto without a message', async () => {
		const { rc, workspace, member, group, channel, run } = setUp();
		workspace.setPreLeaveVeto(() => '');
		expect(await run(member, channel, ['#team'])).toBe(
			'Another app on this workspace prevented you from leaving #team without giving a reason. Nothing changed: you are still in the group. If you need to leave, ask an administrator.',
		);
		expect(rc.isMember(group, member)).toBe(true);
	});
});

describe("/leavegroup: the sender's language", () => {
	it.each([
		['pt-BR', 'Você saiu de #team.'],
		['pt', 'Você saiu de #team.'],
		['es', 'Has salido de #team.'],
		['de', 'Du hast #team verlassen.'],
		['fr', 'Vous avez quitté #team.'],
		['it', 'You left #team.'],
	])('answers a %s speaker in their language', async (language, expected) => {
		const { group, run, speakerOf } = setUp();
		expect(await run(speakerOf(language), group)).toBe(expected);
	});
});

describe("/leavegroup: the workspace's default language for a sender who never chose one", () => {
	const inWorkspaceLanguage = (language: string, options: FakeOptions = {}) => {
		const setup = setUp(options);
		setup.workspace.setSettingValue('Language', language);
		return setup;
	};

	it.each([
		['pt-BR', 'Você saiu de #team.'],
		['pt', 'Você saiu de #team.'],
		['es', 'Has salido de #team.'],
		['de-AT', 'Du hast #team verlassen.'],
		['fr', 'Vous avez quitté #team.'],
	])('answers in the server setting Language %s', async (language, expected) => {
		const { rc, member, group, errors, run } = inWorkspaceLanguage(language);
		expect(await run(member, group)).toBe(expected);
		expect(rc.calls['serverSettings.getValueById']).toBe(1);
		expect(errors).toEqual([]);
	});

	it('answers refusals in it too', async () => {
		const { owner, group, run } = inWorkspaceLanguage('pt-BR');
		expect(await run(owner, group)).toMatch(/^Você é o último proprietário de #team\./);
	});

	it("reads the setting's package value when no value was set: empty, as Rocket.Chat ships it, hence English", async () => {
		const { workspace, member, group, run } = setUp();
		workspace.setSettingValue('Language', undefined);
		expect(workspace.findSettingById('Language')?.packageValue).toBe('');
		expect(await run(member, group)).toBe('You left #team.');
	});

	it.each([
		['a sender who chose French', 'fr', 'Vous avez quitté #team.'],
		['a sender who chose a language without a catalogue', 'ja', 'You left #team.'],
	])('keeps %s in their own choice and does not read the setting', async (_who, language, expected) => {
		const { rc, group, run, speakerOf } = inWorkspaceLanguage('pt-BR');
		expect(await run(speakerOf(language), group)).toBe(expected);
		expect(rc.calls['serverSettings.getValueById'] ?? 0).toBe(0);
	});

	it.each([[''], ['ja']])('falls back to English for the workspace language %p', async (language) => {
		const { member, group, errors, run } = inWorkspaceLanguage(language);
		expect(await run(member, group)).toBe('You left #team.');
		expect(errors).toEqual([]);
	});

	it('falls back to English and logs it when the app may not read server settings; the leave is done', async () => {
		const { rc, member, group, errors, run } = inWorkspaceLanguage('pt-BR', { granted: ['room.read', 'room.write', 'user.read', 'message.write'] });
		expect(await run(member, group)).toBe('You left #team.');
		expect(rc.isMember(group, member)).toBe(false);
		expect(rc.permissionErrors).toEqual(['serverSettings.getValueById needs server-setting.read']);
		expect(errors).toEqual([[expect.stringContaining('could not read the server setting Language'), expect.stringContaining('No Server Setting found')]]);
	});

	it('falls back to English and logs it when reading the setting fails', async () => {
		const { rc, member, group, errors, run } = inWorkspaceLanguage('pt-BR', { failing: ['serverSettings.getValueById'] });
		expect(await run(member, group)).toBe('You left #team.');
		expect(rc.isMember(group, member)).toBe(false);
		expect(errors).toEqual([[expect.stringContaining('could not read the server setting Language'), 'serverSettings.getValueById: engine failure']]);
	});
});

// getValueById counts two app settings read side by side: the allowed roles (the leave's) and Undo's time (the reply's).
describe('/leavegroup: cost', () => {
	it('reads the app user once, not on every message', async () => {
		const { rc, member, owner, group, channel, run } = setUp();
		await run(member, channel, ['#nothing']);
		await run(owner, group);
		expect(rc.calls.getAppUser).toBe(1);
	});

	// Rocket.Chat's client drops the room the sender just left, so the reply goes to the app's direct room with them.
	it('leaves the current group in 4 calls, no lookup, and tells the sender in their direct room with the app in 2 more', async () => {
		const { rc, workspace, group, run, speakerOf } = setUp();
		const speaker = speakerOf('de');
		workspace.createDirectRoom(rc.appUser._id, speaker._id);
		await run(speaker, group);
		const { getAppUser, getDirectByUsernames, 'creator.finish': sent, ...leave } = rc.calls;
		expect([getAppUser, getDirectByUsernames, sent]).toEqual([1, 1, 1]);
		expect(leave).toEqual({ getOwners: 1, getValueById: 2, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});

	it('opens that direct room the first time: one call more, once', async () => {
		const { rc, group, run, speakerOf } = setUp();
		await run(speakerOf('de'), group);
		const { getDirectByUsernames, 'creator.finish': finished, getById } = rc.calls;
		expect({ getDirectByUsernames, finished, getById }).toEqual({ getDirectByUsernames: 1, finished: 2, getById: undefined });
	});

	it('reads the workspace language for the reply only, after the leave, for a sender without a preference', async () => {
		const { rc, member, channel, group, run } = setUp();
		await run(member, channel, ['team']);
		const { getAppUser, notifyUser, 'serverSettings.getValueById': workspaceLanguage, getByName, ...leave } = rc.calls;
		expect([getAppUser, workspaceLanguage, notifyUser, getByName]).toEqual([1, 1, 1, 1]);
		expect(leave).toEqual({ getOwners: 1, getValueById: 2, getUserRoomIds: 1, removeUsersFromRoom: 1 });
		expect(rc.isMember(group, member)).toBe(false);
	});

	it.each([
		['name', 'getByName', () => 'team'],
		['id', 'getById', (group: WorkspaceRoom) => group._id],
	])('leaves a group named by its %s in 5 calls, one lookup, and tells the sender in up to two more', async (_kind, lookup, argumentOf) => {
		const { rc, member, group, channel, run } = setUp();
		await run(member, channel, [argumentOf(group)]);
		expect(rc.isMember(group, member)).toBe(false);
		const { getAppUser, notifyUser, 'serverSettings.getValueById': workspaceLanguage, ...leave } = rc.calls;
		expect([getAppUser, workspaceLanguage, notifyUser]).toEqual([1, 1, 1]);
		expect(leave).toEqual({ [lookup]: 1, getOwners: 1, getValueById: 2, getUserRoomIds: 1, removeUsersFromRoom: 1 });
	});
});

describe('/leavegroup: the confirmation offers Undo', () => {
	it('carries an Undo button for the set time, its ticket stored before it is shown', async () => {
		const { rc, workspace, member, group, channel, directMessagesTo } = setUp();
		delete rc.settingValues[UNDO_MINUTES_SETTING_ID];
		const command = new LeaveGroupCommand(createApp().app);
		const context = new SlashCommandContext(rc.appUserOf(member), rc.appRoomOf(channel), ['team']);
		await command.executor(context, rc.read(), rc.modify(), {} as IHttp, rc.persistence());
		const [told] = workspace.notificationsOf(member._id);
		expect(told.msg).toBe('You left #team. Left by mistake? Undo within 10 minutes.');
		const undo = (told.blocks as Array<{ type: string; elements?: Array<{ actionId: string; value: string }> }>).find((block) => block.type === 'actions');
		const ticketId = undo?.elements?.[0].value ?? '';
		expect(undo?.elements?.[0].actionId).toBe('leave-group.undo');
		expect(
			await rc
				.read()
				.getPersistenceReader()
				.readByAssociation(new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `undo:${ticketId}`)),
		).toEqual([expect.objectContaining({ userId: member._id, roomId: group._id, roomName: 'team', used: false })]);
		expect(directMessagesTo(member)).toEqual([]);
	});

	it('has no Undo when the setting is 0', async () => {
		const { member, channel, run } = setUp();
		expect(await run(member, channel, ['team'])).toBe('You left #team.');
	});

	it("offers a refused last owner the dialog's options as a button", async () => {
		const { workspace, owner, group, run } = setUp();
		expect(await run(owner, group)).toContain('last owner');
		const [told] = workspace.notificationsOf(owner._id).slice(-1);
		expect(JSON.stringify(told.blocks)).toContain(`"actionId":"leave-group.open","value":"${group._id}"`);
	});
});
