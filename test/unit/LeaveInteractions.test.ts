import type { IHttp } from '@rocket.chat/apps-engine/definition/accessors';
import { UIActionButtonContext } from '@rocket.chat/apps-engine/definition/ui';
import type { IUIKitSurface } from '@rocket.chat/apps-engine/definition/uikit';
import {
	UIKitActionButtonInteractionContext,
	UIKitBlockInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { SOLE_OWNER_DELETION_SETTING_ID } from '../../src/rocketchat/soleOwnerDeletionSetting';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { createApp } from '../fakes/fakeApp';
import { fakeWithTeam } from '../fakes/FakeRocketChat';

// The leave dialog through the app's interaction handlers, over the fake: what a person sees and what changes.

function setUp() {
	const { rc, workspace, owner, member, group } = fakeWithTeam();
	const { app } = createApp();
	const appId = app.getID();
	const http = {} as IHttp;
	let trigger = 0;
	const triggerId = () => `trigger-${++trigger}`;
	/** Presses "Leave group…" in the room menu of `room` as `user`: answers the dialog opened for them. */
	const openFromMenu = async (user: WorkspaceUser, room: WorkspaceRoom): Promise<Record<string, unknown>> => {
		const context = new UIKitActionButtonInteractionContext({
			appId,
			actionId: 'leave-group.open',
			user: rc.appUserOf(user),
			room: rc.appRoomOf(room),
			triggerId: triggerId(),
			buttonContext: UIActionButtonContext.ROOM_ACTION,
		});
		expect(await app.executeActionButtonHandler(context, rc.read(), http, rc.persistence(), rc.modify())).toMatchObject({ success: true });
		return workspace.surfaces.of(user._id).at(-1)!.view;
	};
	const submit = async (user: WorkspaceUser, view: Record<string, unknown>, state: Record<string, unknown> = {}) => {
		const submitted = { ...view, appId, state } as unknown as IUIKitSurface;
		const actionId = (view.submit as { actionId: string }).actionId;
		const context = new UIKitViewSubmitInteractionContext({ appId, actionId, user: rc.appUserOf(user), view: submitted, triggerId: triggerId() });
		return app.executeViewSubmitHandler(context, rc.read(), http, rc.persistence(), rc.modify());
	};
	const press = async (user: WorkspaceUser, actionId: string, value: string, room?: WorkspaceRoom) => {
		const context = new UIKitBlockInteractionContext({
			appId,
			actionId,
			blockId: 'b',
			value,
			user: rc.appUserOf(user),
			room: room && rc.appRoomOf(room),
			triggerId: triggerId(),
			container: { type: 'message', id: 'm' } as never,
		});
		return app.executeBlockActionHandler(context, rc.read(), http, rc.persistence(), rc.modify());
	};
	const direct = (user: WorkspaceUser) => {
		const room = workspace.findDirectRoom([rc.appUser._id, user._id]);
		return room ? workspace.messagesOfRoom(room._id) : [];
	};
	const textOf = (view: Record<string, unknown>) => JSON.stringify(view.blocks);
	return { rc, workspace, owner, member, group, openFromMenu, submit, press, direct, textOf };
}

describe('the leave dialog: what it says before anything changes', () => {
	it('tells a member what leaving does and who could add them back, with Leave (danger) and Cancel', async () => {
		const { rc, owner, member, group, openFromMenu, textOf } = setUp();
		const view = await openFromMenu(member, group);
		expect(view).toMatchObject({
			title: { text: 'Leave #team?' },
			submit: { actionId: 'leave-group.leave', style: 'danger', text: { text: 'Leave' } },
			close: { text: { text: 'Cancel' } },
		});
		expect(textOf(view)).toContain(
			`You will stop seeing #team and its messages. To come back, an owner or moderator has to add you again: @${owner.username}.`,
		);
		expect(rc.isMember(group, member)).toBe(true);
	});

	it('shows the last owner why not yet, the candidates and how to make an owner, and no Leave', async () => {
		const { workspace, owner, member, group, openFromMenu, textOf } = setUp();
		workspace.addRoomRole(group._id, member._id, 'moderator', owner._id);
		const view = await openFromMenu(owner, group);
		expect(view.submit).toBeUndefined();
		expect(textOf(view)).toContain('You are the last owner of #team');
		expect(textOf(view)).toContain('Set as owner');
		expect(textOf(view)).toContain(`Members who could become owner: @${member.username}.`);
	});

	it('refuses an archived group with nothing to press', async () => {
		const { workspace, owner, member, group, openFromMenu, textOf } = setUp();
		workspace.setArchived(group._id, true, owner._id);
		const view = await openFromMenu(member, group);
		expect(view.submit).toBeUndefined();
		expect(textOf(view)).toContain('#team is archived');
	});
});

describe('the leave dialog: Leave', () => {
	it('leaves, closes the dialog and confirms in the direct room with Undo, which puts the member back', async () => {
		const { rc, workspace, member, group, openFromMenu, submit, press, direct } = setUp();
		const view = await openFromMenu(member, group);
		expect(await submit(member, view)).toEqual({ success: true });
		expect(rc.isMember(group, member)).toBe(false);
		const [confirmation] = direct(member);
		expect(confirmation.msg).toBe('You left #team. Left by mistake? Undo within 10 minutes.');
		const ticket = JSON.stringify(confirmation.blocks).match(/"actionId":"leave-group.undo","value":"([^"]+)"/)?.[1] ?? '';
		await press(member, 'leave-group.undo', ticket);
		expect(rc.isMember(group, member)).toBe(true);
		expect(workspace.messagesOfRoom(group._id).at(-1)).toMatchObject({ t: 'uj' });
		expect(direct(member).at(-1)?.msg).toContain('You are back in #team, as a member.');
	});

	it('leaves with the state at that moment: a member who became the last owner meanwhile sees the options instead', async () => {
		const { rc, workspace, owner, member, group, openFromMenu, submit } = setUp();
		const view = await openFromMenu(member, group);
		const ann = workspace.createUser({ username: 'ann' });
		workspace.addUserToRoom(group._id, ann._id, owner._id);
		workspace.addRoomRole(group._id, member._id, 'owner', owner._id);
		workspace.removeUserFromRoom(group._id, owner._id);
		const answer = (await submit(member, view)) as { type?: string; view?: { blocks: unknown } };
		expect(answer.type).toBe('modal.update');
		expect(JSON.stringify(answer.view?.blocks)).toContain('You are the last owner of #team');
		expect(rc.isMember(group, member)).toBe(true);
	});
});

describe('the leave dialog: the owner who is the only member', () => {
	function alone() {
		const s = setUp();
		s.workspace.removeUserFromRoom(s.group._id, s.member._id);
		return s;
	}

	it('offers to leave by deleting, confirmed by typing the name: a wrong name is a field error and changes nothing', async () => {
		const { workspace, owner, group, openFromMenu, submit } = alone();
		const view = await openFromMenu(owner, group);
		expect(view.submit).toMatchObject({ actionId: 'leave-group.delete', text: { text: 'Leave and delete the group' }, style: 'danger' });
		const answer = await submit(owner, view, { 'leave-group.confirm': { name: 'tea' } });
		expect(answer).toMatchObject({ success: false, type: 'errors', errors: { name: 'Type team exactly to confirm.' } });
		expect(workspace.findRoomById(group._id)).toBeDefined();
	});

	it('deletes the group when the name is typed, and says so', async () => {
		const { workspace, owner, group, openFromMenu, submit, direct } = alone();
		const view = await openFromMenu(owner, group);
		expect(await submit(owner, view, { 'leave-group.confirm': { name: ' team ' } })).toEqual({ success: true });
		expect(workspace.findRoomById(group._id)).toBeUndefined();
		expect(direct(owner).at(-1)?.msg).toBe('You left and deleted #team.');
	});

	it('explains, with nothing to press, when the setting turns deletion off', async () => {
		const { rc, owner, group, openFromMenu, textOf } = alone();
		rc.settingValues[SOLE_OWNER_DELETION_SETTING_ID] = false;
		const view = await openFromMenu(owner, group);
		expect(view.submit).toBeUndefined();
		expect(textOf(view)).toContain('turned off deleting groups through this app');
	});
});

describe("a refused last owner's options button", () => {
	it('opens the dialog for that group', async () => {
		const { workspace, owner, group, press } = setUp();
		await press(owner, 'leave-group.open', group._id);
		expect(JSON.stringify(workspace.surfaces.of(owner._id).at(-1)?.view)).toContain('You are the last owner of #team');
	});
});
