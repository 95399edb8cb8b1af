// /leavegroups over HTTP, as Rocket.Chat's web client drives it: commands.run with the client's triggerId opens the
// dialog, each change of the choice is a blockAction and Leave is a viewSubmit to POST /api/apps/ui.interaction/:appId
// (ee/server/apps/communication/uikit.ts). Runs against the sandbox or a real server; reading the opened dialog
// needs the sandbox (a real server pushes it over its websocket).
import { randomBytes } from 'node:crypto';

import { mapWithConcurrency } from '../support/e2e/concurrency';
import type { RestSession } from '../support/e2e/restSession';
import type { RoomRef } from '../support/e2e/scenario';
import { directMessagesFromApp } from '../support/e2e/scenario';
import { targetsRealServer } from '../support/e2e/target';
import { useScenario } from '../support/e2e/useScenario';

jest.setTimeout(60_000);

const scenario = useScenario();

const VIEW_ID = 'leave-groups';
const CHOOSE = 'leave-groups.choose';

/** Rocket.Chat's client sends a fresh random triggerId with each command and interaction. */
const triggerId = () => randomBytes(8).toString('hex');

function interact(as: RestSession, body: Record<string, unknown>) {
	return as.postRaw(`/api/apps/ui.interaction/${scenario().target.appId}`, { triggerId: triggerId(), ...body });
}

/** The client's submit of the dialog with `roomIds` chosen in its multi-select. */
function leaveChosen(as: RestSession, roomIds: unknown[]) {
	return interact(as, {
		type: 'viewSubmit',
		actionId: 'leave-groups.leave',
		payload: { view: { id: VIEW_ID, state: { [CHOOSE]: { [CHOOSE]: roomIds } } } },
	});
}

const openList = (as: RestSession, typedIn: RoomRef) => scenario().runCommand(as, 'leavegroups', '', typedIn, triggerId());

/** A person who can leave two groups, is the last owner of a third, and is in an archived fourth. */
async function personWithGroups() {
	const s = scenario();
	const [person, other] = await Promise.all([s.createUser({ prefix: 'person' }), s.createUser({ prefix: 'other' })]);
	const [first, second, owned, old] = await Promise.all([
		s.createGroup(other, [person]),
		s.createGroup(other, [person]),
		s.createGroup(person, [other]),
		s.createGroup(other, [person]),
	]);
	await s.archive(other, old);
	return { person, other, first, second, owned, old };
}

function undoTicketsOf(blocks: unknown): Array<{ ticket: string; label: string }> {
	return [...JSON.stringify(blocks).matchAll(/"actionId":"leave-group\.undo","value":"([^"]+)","text":\{"type":"plain_text","text":"([^"]+)"/g)].map(
		([, ticket, label]) => ({ ticket, label }),
	);
}

describe('/leavegroups over Rocket.Chat protocol', () => {
	it('leaves the chosen groups at once, tells each outcome in the direct room with the app, and Undo puts one back', async () => {
		const s = scenario();
		const { person, other, first, second, owned } = await personWithGroups();
		await openList(person, first);

		expect((await leaveChosen(person, [first._id, second._id])).status).toBe(200);
		expect(await Promise.all([s.memberUsernames(other, first), s.memberUsernames(other, second)])).toEqual([[other.username], [other.username]]);
		expect(await s.memberUsernames(person, owned)).toEqual([other.username, person.username].sort());

		const summary = (await directMessagesFromApp(person)).at(-1);
		const [a, b] = [first.name, second.name].sort();
		expect(summary?.msg).toBe(`You left: #${a}, #${b}.\nLeft one by mistake? Undo it within 10 minutes.`);
		const undos = undoTicketsOf(summary?.blocks);
		expect(undos.map(({ label }) => label)).toEqual([`Undo #${a}`, `Undo #${b}`]);

		const undoFirst = undos.find(({ label }) => label === `Undo #${first.name}`)!;
		const pressed = await interact(person, {
			type: 'blockAction',
			actionId: 'leave-group.undo',
			rid: summary?.rid,
			mid: summary?._id,
			container: { type: 'message', id: summary?._id },
			payload: { blockId: 'undo-0', value: undoFirst.ticket },
		});
		expect(pressed.status).toBe(200);
		expect(await s.memberUsernames(other, first)).toEqual([other.username, person.username].sort());
		expect(await s.memberUsernames(other, second)).toEqual([other.username]);
	});

	it('checks each group again when Leave is pressed: one archived since the list is told as not left, the other is left', async () => {
		const s = scenario();
		const { person, other, first, second } = await personWithGroups();
		await openList(person, first);
		await s.archive(other, second);

		await leaveChosen(person, [first._id, second._id]);
		expect(await s.memberUsernames(other, first)).toEqual([other.username]);
		// Rocket.Chat lists no members of an archived group (error-room-archived); its info is still read by a member.
		expect(await s.groupInfo(person, second)).toMatchObject({ _id: second._id, archived: true });
		expect((await directMessagesFromApp(person)).at(-1)?.msg).toBe(
			`You left: #${first.name}.\nNot left: #${second.name} (archived).\nLeft one by mistake? Undo it within 10 minutes.`,
		);
	});

	it('leaves nothing for ids the list did not offer: the last-owner group, an archived one, a forged value', async () => {
		const s = scenario();
		const { person, other, first, owned, old } = await personWithGroups();
		await openList(person, first);

		await leaveChosen(person, [owned._id, old._id, 'forged', { $ne: '' }]);
		expect(await s.memberUsernames(person, owned)).toEqual([other.username, person.username].sort());
		expect(await s.memberUsernames(other, first)).toEqual([other.username, person.username].sort());
		expect((await directMessagesFromApp(person)).at(-1)?.msg).toBe(
			'Nothing was left: no group you chose could still be left from this list. Run /leavegroups again to see them now.',
		);
	});
});

const sandboxOnly = targetsRealServer ? describe.skip : describe;
sandboxOnly('/leavegroups as the person sees it (the sandbox-only sandbox.surfaces and sandbox.notifications)', () => {
	const lastView = async (as: RestSession) =>
		((await as.get('/api/v1/sandbox.surfaces')).surfaces as Array<{ view: { id: string; blocks: unknown[]; submit?: { text: { text: string } } } }>).at(-1)
			?.view;
	interface ChoiceBlock {
		blockId?: string;
		elements?: Array<{ options?: Array<{ text: { text: string } }> }>;
	}
	const optionsOf = (view: { blocks: unknown[] } | undefined): string[] =>
		(view?.blocks as ChoiceBlock[] | undefined)?.find((block) => block.blockId === CHOOSE)?.elements?.[0].options?.map((option) => option.text.text) ?? [];

	it('lists the groups they can leave to choose from, says why the others cannot be left, and relabels Leave per choice', async () => {
		const { person, first, second, owned, old } = await personWithGroups();
		await openList(person, first);
		const view = await lastView(person);
		expect(view?.id).toBe(VIEW_ID);
		expect(optionsOf(view)).toEqual([`#${first.name}`, `#${second.name}`].sort());
		expect(JSON.stringify(view?.blocks)).toContain(`You are the last owner, so you cannot leave yet (make another member owner first): #${owned.name}`);
		expect(JSON.stringify(view?.blocks)).toContain(`Archived, so nobody can leave them: #${old.name}`);
		expect(view?.submit).toBeUndefined();

		const chosen = await interact(person, {
			type: 'blockAction',
			actionId: CHOOSE,
			container: { type: 'view', id: VIEW_ID },
			payload: { blockId: CHOOSE, value: [first._id, second._id] },
		});
		expect(JSON.parse(chosen.text)).toMatchObject({ type: 'modal.update', view: { submit: { text: { text: 'Leave 2 groups' } } } });
	});

	it('lists 150 groups, every one a choice, for a person in that many', async () => {
		const s = scenario();
		const [person, other] = await Promise.all([s.createUser({ prefix: 'person' }), s.createUser({ prefix: 'other' })]);
		const groups = await mapWithConcurrency(Array.from({ length: 150 }), 8, () => s.createGroup(other, [person]));
		await openList(person, groups[0]);
		expect(optionsOf(await lastView(person))).toEqual(groups.map((group) => `#${group.name}`).sort());
	});

	it('tells someone in no private group, privately in the room, that there is nothing to leave', async () => {
		const s = scenario();
		const [loner, other] = await Promise.all([s.createUser({ prefix: 'loner' }), s.createUser({ prefix: 'other' })]);
		const channel = await s.createChannel(other, [loner]);
		await openList(loner, channel);
		expect((await s.notifications(loner)).at(-1)).toMatchObject({ rid: channel._id, msg: 'You are in no private group, so there is nothing to leave.' });
		expect((await loner.get('/api/v1/sandbox.surfaces')).surfaces).toEqual([]);
	});
});
