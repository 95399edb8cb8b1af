import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { isMember, privateGroup, toldTo, useSandboxEngine } from '../support/engine/engineHarness';

// The packaged app's leave dialog and Undo in the real Apps-Engine runtime, driven through the interactions Rocket.Chat's
// ui.interaction route hands the engine (ee/server/apps/communication/uikit.ts): the room menu's button, the dialog's
// submit, a message's Undo button.

const RESTART_DEADLINE_MS = 15_000;

describe('the leave dialog in the real Apps-Engine', () => {
	const { workspace, engine, user, groupName } = useSandboxEngine();
	let trigger = 0;

	const interact = (actor: WorkspaceUser, action: Record<string, unknown>, roomId?: string) => {
		const appId = engine().appId;
		return engine().uiInteraction({ appId, user: actor, action: { appId, triggerId: `T${++trigger}`, ...action }, ...(roomId ? { roomId } : {}) });
	};
	const openDialog = async (actor: WorkspaceUser, room: WorkspaceRoom) => {
		await interact(actor, { type: 'actionButton', actionId: 'leave-group.open', payload: { context: 'roomAction' } }, room._id);
		return workspace.surfaces.of(actor._id).at(-1)!.view as { id: string; blocks: unknown; submit?: { actionId: string } };
	};
	const submit = (actor: WorkspaceUser, view: { submit?: { actionId: string } }, state: Record<string, unknown> = {}) =>
		interact(actor, { type: 'viewSubmit', actionId: view.submit?.actionId, payload: { view: { ...view, state } } });
	const undoButtonOf = (actor: WorkspaceUser): string => {
		const room = workspace.findDirectRoom([appUser()._id, actor._id])!;
		const blocks = JSON.stringify(workspace.messagesOfRoom(room._id).at(-1)?.blocks);
		return /"actionId":"leave-group\.undo","value":"([^"]+)"/.exec(blocks)?.[1] ?? '';
	};
	const pressUndo = (actor: WorkspaceUser, ticket: string) =>
		interact(actor, { type: 'blockAction', actionId: 'leave-group.undo', payload: { blockId: 'undo', value: ticket } });
	const appUser = () => workspace.users().find((candidate) => candidate.type === 'app')!;
	const lastToldTo = (actor: WorkspaceUser) => toldTo(workspace, actor).at(-1)?.msg;

	it('opens from the room menu with what leaving does, and Leave: the member is out, told in the direct room, and Undo puts them back once', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);

		const view = await openDialog(member, room);
		expect(view.submit?.actionId).toBe('leave-group.leave');
		expect(JSON.stringify(view.blocks)).toContain(`@${owner.username}`);
		expect(await submit(member, view)).toMatchObject({ success: true });
		expect(isMember(workspace, room, member)).toBe(false);
		expect(lastToldTo(member)).toBe(`You left #${room.name}. Left by mistake? Undo within 10 minutes.`);

		const ticket = undoButtonOf(member);
		await pressUndo(member, ticket);
		expect(isMember(workspace, room, member)).toBe(true);
		expect(workspace.messagesOfRoom(room._id).map((message) => message.t)).toEqual(['ul', 'uj']);
		await pressUndo(member, ticket);
		expect(lastToldTo(member)).toBe(`Leaving #${room.name} was already undone.`);
	});

	it("refuses another user's Undo and a forged one, changing nothing", async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		await submit(member, await openDialog(member, room));
		const ticket = undoButtonOf(member);

		await pressUndo(owner, ticket);
		expect(lastToldTo(owner)).toBe('This Undo is not yours, so it does nothing.');
		await pressUndo(member, 'forged-ticket');
		expect(lastToldTo(member)).toBe('This Undo is not yours, so it does nothing.');
		expect(isMember(workspace, room, member)).toBe(false);
	});

	it('refuses an expired Undo', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		await submit(member, await openDialog(member, room));
		const ticket = undoButtonOf(member);
		const [record] = workspace.appPersistence.readByAssociations(engine().appId, [{ model: 'misc', id: `undo:${ticket}` }]);
		workspace.appPersistence.updateByAssociations(
			engine().appId,
			[{ model: 'misc', id: `undo:${ticket}` }],
			{ ...record, expiresAt: Date.now() - 1 },
			false,
		);

		await pressUndo(member, ticket);
		expect(lastToldTo(member)).toContain('It is too late to undo leaving');
		expect(isMember(workspace, room, member)).toBe(false);
	});

	it(
		"keeps an Undo working after the app's runtime restarts: the ticket is in the app's persistence",
		async () => {
			const owner = user();
			const member = user();
			const room = privateGroup(workspace, groupName(), owner, [member]);
			await submit(member, await openDialog(member, room));
			const ticket = undoButtonOf(member);

			const pid = engine().appProcessPid() as number;
			process.kill(pid, 'SIGKILL');
			const deadline = Date.now() + RESTART_DEADLINE_MS;
			while (engine().appProcessPid() === pid || engine().appProcessPid() === undefined) {
				expect(Date.now()).toBeLessThan(deadline);
				await new Promise((wait) => setTimeout(wait, 50));
			}
			// The runtime is back once it answers an interaction.
			for (;;) {
				try {
					await pressUndo(member, ticket);
					break;
				} catch {
					expect(Date.now()).toBeLessThan(deadline);
					await new Promise((wait) => setTimeout(wait, 100));
				}
			}
			expect(isMember(workspace, room, member)).toBe(true);
		},
		RESTART_DEADLINE_MS + 5_000,
	);

	it('shows the last owner the candidates and no Leave', async () => {
		const owner = user();
		const member = user();
		const room = privateGroup(workspace, groupName(), owner, [member]);
		workspace.addRoomRole(room._id, member._id, 'moderator', owner._id);

		const view = await openDialog(owner, room);
		expect(view.submit).toBeUndefined();
		expect(JSON.stringify(view.blocks)).toContain(`Members who could become owner: @${member.username}.`);
	});

	it('lets the owner who is the only member leave by deleting the group, once its name is typed', async () => {
		const owner = user();
		const room = privateGroup(workspace, groupName(), owner);

		const view = await openDialog(owner, room);
		expect(view.submit?.actionId).toBe('leave-group.delete');
		expect(await submit(owner, view, { 'leave-group.confirm': { name: 'wrong' } })).toMatchObject({
			type: 'errors',
			errors: { name: `Type ${room.name} exactly to confirm.` },
		});
		expect(workspace.findRoomById(room._id)).toBeDefined();
		await submit(owner, view, { 'leave-group.confirm': { name: room.name } });
		expect(workspace.findRoomById(room._id)).toBeUndefined();
		expect(lastToldTo(owner)).toBe(`You left and deleted #${room.name}.`);
	});
});
