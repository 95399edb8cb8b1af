// The leave dialog and Undo over HTTP, as Rocket.Chat's web client drives them: the apps' buttons, then
// POST /api/apps/ui.interaction/:appId with the client's payloads (ee/server/apps/communication/uikit.ts). Runs against
// the sandbox or a real server; reading the opened dialog needs the sandbox (a real server pushes it over its websocket).
import { randomBytes } from 'node:crypto';

import type { RestSession } from '../support/e2e/restSession';
import type { HistoryMessage } from '../support/e2e/scenario';
import { directMessagesFromApp } from '../support/e2e/scenario';
import { targetsRealServer } from '../support/e2e/target';
import { useScenario } from '../support/e2e/useScenario';

jest.setTimeout(30_000);

const scenario = useScenario();

/** Rocket.Chat's client sends a fresh random triggerId with each interaction. */
function interact(as: RestSession, body: Record<string, unknown>) {
	return as.postRaw(`/api/apps/ui.interaction/${scenario().target.appId}`, { triggerId: randomBytes(8).toString('hex'), ...body });
}

function undoTicketOf(message: HistoryMessage | undefined): string {
	return /"actionId":"leave-group\.undo","value":"([^"]+)"/.exec(JSON.stringify(message?.blocks))?.[1] ?? '';
}

describe('the leave dialog over Rocket.Chat protocol', () => {
	it('offers "Leave group…" in the room menu of private groups only (GET /api/apps/actionButtons)', async () => {
		const answer = await scenario().target.http.send({ method: 'GET', path: '/api/apps/actionButtons' });
		const buttons = JSON.parse(answer.text) as Array<Record<string, unknown>>;
		expect(buttons.filter((button) => button.appId === scenario().target.appId)).toEqual([
			expect.objectContaining({
				actionId: 'leave-group.open',
				labelI18n: 'LeaveGroup_Button_Label',
				context: 'roomAction',
				when: { roomTypes: ['private_channel'] },
			}),
		]);
	});

	it("leaves with the dialog's Leave, is told in the direct room with the app, and Undo puts the member back", async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		expect((await interact(member, { type: 'actionButton', actionId: 'leave-group.open', rid: room._id, payload: { context: 'roomAction' } })).status).toBe(
			200,
		);

		// The dialog's submit, as the client sends it: the view's id names the group.
		const submitted = await interact(member, {
			type: 'viewSubmit',
			actionId: 'leave-group.leave',
			payload: { view: { id: `leave-group:${room._id}`, state: {} } },
		});
		expect(submitted.status).toBe(200);
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);

		const [confirmation] = await directMessagesFromApp(member);
		expect(confirmation.msg).toBe(`You left #${room.name}. Left by mistake? Undo within 10 minutes.`);
		const undo = {
			type: 'blockAction',
			actionId: 'leave-group.undo',
			rid: confirmation.rid,
			mid: confirmation._id,
			container: { type: 'message', id: confirmation._id },
		};
		expect((await interact(member, { ...undo, payload: { blockId: 'undo', value: undoTicketOf(confirmation) } })).status).toBe(200);
		expect(await s.memberUsernames(owner, room)).toEqual([member.username, owner.username].sort());
	});

	it('answers an Undo pressed by someone else, or forged, without putting anyone back', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await interact(member, { type: 'viewSubmit', actionId: 'leave-group.leave', payload: { view: { id: `leave-group:${room._id}`, state: {} } } });
		const ticket = undoTicketOf((await directMessagesFromApp(member)).at(-1));

		for (const [as, value] of [
			[owner, ticket],
			[member, 'forged'],
		] as const) {
			const answer = await interact(as, { type: 'blockAction', actionId: 'leave-group.undo', payload: { blockId: 'undo', value } });
			expect(answer.status).toBe(200);
		}
		expect(await s.memberUsernames(owner, room)).toEqual([owner.username]);
		expect((await directMessagesFromApp(owner)).at(-1)?.msg).toBe('This Undo is not yours, so it does nothing.');
	});

	// Rocket.Chat: apps/meteor/ee/server/apps/communication/uikit.ts authenticates the caller before the app sees anything.
	it('requires a logged-in user, as Rocket.Chat does', async () => {
		const answer = await scenario().target.http.send({
			method: 'POST',
			path: `/api/apps/ui.interaction/${scenario().target.appId}`,
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ type: 'blockAction', actionId: 'leave-group.undo', payload: { value: 'x' } }),
		});
		expect(answer.status).toBe(401);
	});
});

const dialogDescribe = targetsRealServer ? describe.skip : describe;
dialogDescribe('the leave dialog as opened for the user (read from the sandbox-only sandbox.surfaces)', () => {
	it('shows a member what leaving does, with Leave and Cancel; the last owner the candidates and no Leave', async () => {
		const s = scenario();
		const { owner, member, room } = await s.groupWithMember();
		await interact(member, { type: 'actionButton', actionId: 'leave-group.open', rid: room._id, payload: { context: 'roomAction' } });
		await interact(owner, { type: 'actionButton', actionId: 'leave-group.open', rid: room._id, payload: { context: 'roomAction' } });
		const viewOf = async (as: RestSession) =>
			((await as.get('/api/v1/sandbox.surfaces')).surfaces as Array<{ view: Record<string, unknown> }>).at(-1)?.view;

		const memberView = await viewOf(member);
		expect(memberView).toMatchObject({ title: { text: `Leave #${room.name}?` }, submit: { actionId: 'leave-group.leave', style: 'danger' } });
		const ownerView = await viewOf(owner);
		expect(ownerView?.submit).toBeUndefined();
		expect(JSON.stringify(ownerView?.blocks)).toContain(`Members who could become owner: @${member.username}.`);
	});
});
