import { AccessorTimeline } from '../../bench/accessorTimeline';
import { mostInFlight } from '../../bench/roundTrips';
import type { WorkspaceRoom, WorkspaceUser } from '../../sandbox/workspace/records';
import { accessorCallsDuring, isMember, privateGroup, toldTo, useSandboxEngine } from '../support/engine/engineHarness';

// /leavegroups through the packaged app in the real Apps-Engine runtime: the command opens the list, each change of the
// choice is a block action, the submit leaves, and the summary's Undo buttons put a leaver back.

interface ListView {
	id: string;
	blocks: Array<{ type: string; blockId: string; text?: { text: string }; elements?: Array<{ options?: Array<{ value: string; text: { text: string } }> }> }>;
	submit?: { actionId: string; text: { text: string } };
}

const optionsOf = (view: ListView): string[] =>
	view.blocks.find((block) => block.blockId === 'leave-groups.choose')?.elements?.[0].options?.map((option) => option.text.text) ?? [];
const sectionText = (view: ListView, blockId: string): string | undefined => view.blocks.find((block) => block.blockId === blockId)?.text?.text;

describe('/leavegroups in the real Apps-Engine', () => {
	const { workspace, engine, user, groupName, loggedErrors } = useSandboxEngine();
	let trigger = 0;

	const openList = async (actor: WorkspaceUser, typedIn: WorkspaceRoom): Promise<ListView | undefined> => {
		const before = workspace.surfaces.of(actor._id).length;
		await engine().runCommand({ command: 'leavegroups', params: '', senderId: actor._id, roomId: typedIn._id, triggerId: `T${++trigger}` });
		const surfaces = workspace.surfaces.of(actor._id);
		return surfaces.length > before ? (surfaces.at(-1)!.view as unknown as ListView) : undefined;
	};
	const interact = (actor: WorkspaceUser, action: Record<string, unknown>) => {
		const appId = engine().appId;
		return engine().uiInteraction({ appId, user: actor, action: { appId, triggerId: `T${++trigger}`, ...action } });
	};
	const choose = (actor: WorkspaceUser, roomIds: string[]) =>
		interact(actor, {
			type: 'blockAction',
			actionId: 'leave-groups.choose',
			container: { type: 'view', id: 'leave-groups' },
			payload: { blockId: 'leave-groups.choose', value: roomIds },
		}) as Promise<{ type?: string; view?: ListView } | undefined>;
	const submit = (actor: WorkspaceUser, view: ListView, roomIds: unknown) =>
		interact(actor, {
			type: 'viewSubmit',
			actionId: view.submit?.actionId,
			payload: { view: { ...view, state: { 'leave-groups.choose': { 'leave-groups.choose': roomIds } } } },
		});
	const appUser = () => workspace.users().find((candidate) => candidate.type === 'app')!;
	const summaryOf = (actor: WorkspaceUser) => {
		const direct = workspace.findDirectRoom([appUser()._id, actor._id])!;
		return workspace.messagesOfRoom(direct._id).at(-1)!;
	};
	const undoTickets = (actor: WorkspaceUser): Array<{ label: string; ticket: string }> =>
		[
			...JSON.stringify(summaryOf(actor).blocks).matchAll(
				/"actionId":"leave-group\.undo","value":"([^"]+)","text":\{"type":"plain_text","text":"([^"]+)"/g,
			),
		].map(([, ticket, label]) => ({ ticket, label }));

	/** A person in a group they can leave, one they own alone with a member, an archived one, a channel and a direct room. */
	const personWithRooms = () => {
		const person = user();
		const other = user();
		const names = { zeta: `zeta-${groupName()}`, alpha: `alpha-${groupName()}`, owned: `owned-${groupName()}`, old: `old-${groupName()}` };
		const zeta = privateGroup(workspace, names.zeta, other, [person]);
		const alpha = privateGroup(workspace, names.alpha, other, [person]);
		const owned = privateGroup(workspace, names.owned, person, [other]);
		const old = privateGroup(workspace, names.old, other, [person]);
		workspace.setArchived(old._id, true, other._id);
		const channel = workspace.createRoom({ t: 'c', name: `channel-${groupName()}`, creatorId: other._id, memberIds: [person._id] });
		workspace.createDirectRoom(other._id, person._id);
		return { person, other, zeta, alpha, owned, old, channel, names };
	};

	it('lists every private group the sender is in, the ones they can leave first by name, the others by reason, with nothing to press yet', async () => {
		const { person, channel, names } = personWithRooms();

		const view = (await openList(person, channel))!;

		expect(view.id).toBe('leave-groups');
		expect(optionsOf(view)).toEqual([`#${names.alpha}`, `#${names.zeta}`]);
		expect(sectionText(view, 'intro')).toContain('Private groups you are in: 4.');
		expect(sectionText(view, 'lastOwner')).toBe(`You are the last owner, so you cannot leave yet (make another member owner first): #${names.owned}`);
		expect(sectionText(view, 'archived')).toBe(`Archived, so nobody can leave them: #${names.old}`);
		expect(view.submit).toBeUndefined();
	});

	it('relabels the button with each change of the choice: Leave 1 group, Leave 2 groups', async () => {
		const { person, channel, zeta, alpha } = personWithRooms();
		await openList(person, channel);

		const one = await choose(person, [zeta._id]);
		const two = await choose(person, [zeta._id, alpha._id]);

		expect(one).toMatchObject({ type: 'modal.update' });
		expect(one?.view?.submit?.text.text).toBe('Leave 1 group');
		expect(two?.view?.submit?.text.text).toBe('Leave 2 groups');
	});

	it('forgets the kept list when the dialog is closed: a later choice or Leave from it does nothing', async () => {
		const { person, channel, zeta } = personWithRooms();
		const view = (await openList(person, channel))!;

		expect(await interact(person, { type: 'viewClosed', payload: { view, isCleared: false } })).toMatchObject({ success: true });

		expect(await choose(person, [zeta._id])).not.toMatchObject({ type: 'modal.update' });
		await submit(person, view, [zeta._id]);
		expect(isMember(workspace, zeta, person)).toBe(true);
	});

	it('leaves the chosen groups, tells every outcome in one summary with an Undo per group left, and Undo puts one back', async () => {
		const { person, channel, zeta, alpha, names } = personWithRooms();
		const view = (await openList(person, channel))!;
		const chosen = (await choose(person, [zeta._id, alpha._id]))!.view!;

		expect(await submit(person, chosen, [zeta._id, alpha._id])).toMatchObject({ success: true });

		expect([isMember(workspace, zeta, person), isMember(workspace, alpha, person)]).toEqual([false, false]);
		expect(summaryOf(person).msg).toBe(`You left: #${names.alpha}, #${names.zeta}.\nLeft one by mistake? Undo it within 10 minutes.`);
		const undos = undoTickets(person);
		expect(undos.map(({ label }) => label)).toEqual([`Undo #${names.alpha}`, `Undo #${names.zeta}`]);
		expect(view.id).toBe('leave-groups');

		await interact(person, { type: 'blockAction', actionId: 'leave-group.undo', payload: { blockId: 'undo-0', value: undos[1].ticket } });
		expect([isMember(workspace, zeta, person), isMember(workspace, alpha, person)]).toEqual([true, false]);
		expect(await loggedErrors()).toEqual([]);
	});

	it('checks each group again at the leave: one that changed since the list is told with why, the others are left', async () => {
		const { person, other, channel, zeta, alpha, names } = personWithRooms();
		const view = (await openList(person, channel))!;
		workspace.setArchived(zeta._id, true, other._id);

		await submit(person, view, [zeta._id, alpha._id]);

		expect([isMember(workspace, zeta, person), isMember(workspace, alpha, person)]).toEqual([true, false]);
		expect(summaryOf(person).msg).toBe(`You left: #${names.alpha}.\nNot left: #${names.zeta} (archived).\nLeft one by mistake? Undo it within 10 minutes.`);
	});

	it('goes on past a leave that fails: that group is told as not left, the others are left, and the failure is logged', async () => {
		const { person, channel, zeta, alpha, names } = personWithRooms();
		const view = (await openList(person, channel))!;
		const remove = workspace.removeUserFromRoom.bind(workspace);
		const spy = jest.spyOn(workspace, 'removeUserFromRoom').mockImplementation((rid, uid, by) => {
			if (rid === zeta._id) {
				throw new Error('database unreachable');
			}
			remove(rid, uid, by);
		});
		try {
			await submit(person, view, [zeta._id, alpha._id]);
		} finally {
			spy.mockRestore();
		}

		expect([isMember(workspace, zeta, person), isMember(workspace, alpha, person)]).toEqual([true, false]);
		expect(summaryOf(person).msg).toContain(`Not left: #${names.zeta} (something went wrong, so you may still be in it`);
		expect(undoTickets(person).map(({ label }) => label)).toEqual([`Undo #${names.alpha}`]);
		expect((await loggedErrors()).join('\n')).toContain(`/leavegroups could not leave ${zeta._id}`);
	});

	it('ignores chosen ids the list did not offer as leavable: another group, a channel, a forged value', async () => {
		const { person, channel, owned, alpha } = personWithRooms();
		const view = (await openList(person, channel))!;

		await submit(person, view, [owned._id, channel._id, 'forged', { $ne: '' }]);

		expect([isMember(workspace, owned, person), isMember(workspace, channel, person), isMember(workspace, alpha, person)]).toEqual([true, true, true]);
		expect(summaryOf(person).msg).toBe('Nothing was left: no group you chose could still be left from this list. Run /leavegroups again to see them now.');
	});

	it('tells someone in no private group that there is nothing to leave, and opens nothing', async () => {
		const loner = user();
		const channel = workspace.createRoom({ t: 'c', name: `lonely-${groupName()}`, creatorId: loner._id });

		expect(await openList(loner, channel)).toBeUndefined();
		expect(toldTo(workspace, loner).at(-1)?.msg).toBe('You are in no private group, so there is nothing to leave.');
	});

	it('lists 300 groups with one room-id read, one settings read and two reads per leavable group', async () => {
		const person = user();
		const other = user();
		const groups = Array.from({ length: 300 }, (_, index) => privateGroup(workspace, `many-${index}-${groupName()}`, other, [person]));
		const channel = workspace.createRoom({ t: 'c', name: `many-${groupName()}`, creatorId: other._id, memberIds: [person._id] });

		const { result: view, calls, total } = await accessorCallsDuring(engine(), () => openList(person, channel));

		expect(optionsOf(view!)).toHaveLength(300);
		expect(calls['accessor:getReader:getUserReader:getUserRoomIds']).toBe(1);
		expect(calls['accessor:getReader:getRoomReader:getById']).toBe(groups.length + 1);
		expect(calls['accessor:getReader:getRoomReader:getOwners']).toBe(groups.length);
		// The list's reads plus the settings, the persisted list and the opened dialog: nothing per group beyond two.
		expect(total).toBeLessThanOrEqual(2 * groups.length + 1 + 5);
	});
});

describe('/leavegroups with every accessor call held 10 ms at the host', () => {
	const { workspace, engine, user, groupName } = useSandboxEngine();

	it('reads at most 16 rooms at once while listing and leaves at most 8 groups at once, yet many side by side', async () => {
		const person = user();
		const other = user();
		const groups = Array.from({ length: 60 }, (_, index) => privateGroup(workspace, `held-${index}-${groupName()}`, other, [person]));
		const timeline = AccessorTimeline.attach(engine().appId);
		timeline.holdMs = 10;
		const roomReads = (method: string) => method.endsWith(':getById') || method.endsWith(':getOwners');

		await engine().runCommand({ command: 'leavegroups', params: '', senderId: person._id, roomId: groups[0]._id, triggerId: 'T-held' });
		const listing = timeline.take().filter((call) => roomReads(call.method));
		const view = workspace.surfaces.of(person._id).at(-1)!.view as { submit?: unknown };
		const ids = groups.map((group) => group._id);
		const appId = engine().appId;
		await engine().uiInteraction({
			appId,
			user: person,
			action: {
				appId,
				type: 'viewSubmit',
				triggerId: 'T-held-2',
				payload: { view: { ...view, state: { 'leave-groups.choose': { 'leave-groups.choose': ids } } } },
			},
		});
		const removals = timeline.take().filter((call) => call.method.endsWith(':removeUsersFromRoom'));
		timeline.holdMs = 0;

		expect(listing).toHaveLength(120);
		expect(mostInFlight(listing)).toBeLessThanOrEqual(16);
		expect(mostInFlight(listing)).toBeGreaterThanOrEqual(4);
		expect(removals).toHaveLength(60);
		expect(mostInFlight(removals)).toBeLessThanOrEqual(8);
		expect(mostInFlight(removals)).toBeGreaterThanOrEqual(2);
		expect(groups.filter((group) => isMember(workspace, group, person))).toEqual([]);
	});
});

describe('/leavegroups on an engine without getUserRoomIds (Apps-Engine < 1.58)', () => {
	const { workspace, engine, user, groupName } = useSandboxEngine({ userRoomIdsAvailable: false });

	it('says it needs Rocket.Chat 7.13 or newer, opens nothing and leaves nothing', async () => {
		const person = user();
		const owner = user();
		const group = privateGroup(workspace, groupName(), owner, [person]);

		await engine().runCommand({ command: 'leavegroups', params: '', senderId: person._id, roomId: group._id, triggerId: 'T1' });

		expect(workspace.surfaces.of(person._id)).toEqual([]);
		expect(isMember(workspace, group, person)).toBe(true);
		expect(toldTo(workspace, person).at(-1)?.msg).toBe(
			'Leaving several groups at once needs Rocket.Chat 7.13 or newer, and this workspace runs an older one. Use /leavegroup #name for each group instead.',
		);
	});
});
