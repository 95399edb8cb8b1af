import { RoomQueue } from '../../src/leave/RoomQueue';
import type { UndoTicket } from '../../src/undo/undoTicket';
import { checkUndo } from '../../src/undo/undoTicket';
import { newTicketId, saveTicket } from '../../src/undo/undoTickets';
import { undoLeave } from '../../src/undo/undoLeave';
import type { WorkspaceUser } from '../../sandbox/workspace/records';
import { fakeWithTeam } from '../fakes/FakeRocketChat';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const TEN_MINUTES = 10 * 60_000;

function setUp() {
	const { rc, workspace, owner, member, group } = fakeWithTeam();
	const queue = new RoomQueue();
	const env = { read: rc.read(), modify: rc.modify(), persistence: rc.persistence(), queue };
	/** max has just left team, with a ticket to undo it. */
	const leftWithTicket = async (overrides: Partial<UndoTicket> = {}): Promise<UndoTicket> => {
		workspace.removeUserFromRoom(group._id, member._id);
		const ticket: UndoTicket = {
			id: newTicketId(),
			userId: member._id,
			roomId: group._id,
			roomName: 'team',
			expiresAt: NOW + TEN_MINUTES,
			used: false,
			...overrides,
		};
		await saveTicket(rc.persistence(), ticket);
		return ticket;
	};
	const undo = (user: WorkspaceUser, id: string, now = NOW) => undoLeave(env, rc.appUserOf(user), id, now);
	return { rc, workspace, owner, member, group, leftWithTicket, undo };
}

describe('checkUndo: who may use a ticket, and until when', () => {
	const ticket: UndoTicket = { id: 't', userId: 'max', roomId: 'r', roomName: 'team', expiresAt: NOW + 1, used: false };

	it('lets its own user use it before it expires', () => {
		expect(checkUndo(ticket, 'max', NOW)).toEqual({ ok: true, ticket });
	});

	it.each([
		['none was issued', undefined, 'max', NOW, 'unknown'],
		["another user's payload", ticket, 'olivia', NOW, 'notYours'],
		['a second use', { ...ticket, used: true }, 'max', NOW, 'used'],
		['expiry', ticket, 'max', NOW + 1, 'expired'],
	] as const)('refuses %s', (_case, given, userId, now, refusal) => {
		expect(checkUndo(given, userId, now)).toEqual({ ok: false, refusal });
	});
});

describe('undoLeave: putting the user back', () => {
	it('puts them back as a member with the `uj` message, once', async () => {
		const { rc, workspace, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		expect(await undo(member, ticket.id)).toEqual({ kind: 'undone', roomName: 'team' });
		expect(rc.isMember(group, member)).toBe(true);
		expect(workspace.messagesOfRoom(group._id).at(-1)).toMatchObject({ t: 'uj', u: { _id: member._id } });
		expect(await undo(member, ticket.id)).toEqual({ kind: 'refused', refusal: 'used', roomName: 'team' });
	});

	it('answers two clicks at once with one put back', async () => {
		const { rc, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		const answers = await Promise.all([undo(member, ticket.id), undo(member, ticket.id)]);
		expect(answers.map((answer) => (answer.kind === 'undone' ? 'undone' : answer.refusal)).sort()).toEqual(['undone', 'used']);
		expect(rc.isMember(group, member)).toBe(true);
	});

	it('refuses an expired ticket, changing nothing', async () => {
		const { rc, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		expect(await undo(member, ticket.id, NOW + TEN_MINUTES)).toEqual({ kind: 'refused', refusal: 'expired', roomName: 'team' });
		expect(rc.isMember(group, member)).toBe(false);
	});

	it("refuses another user's ticket or a forged id without naming the group", async () => {
		const { rc, owner, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		expect(await undo(owner, ticket.id)).toEqual({ kind: 'refused', refusal: 'notYours' });
		expect(await undo(member, 'forged-0000')).toEqual({ kind: 'refused', refusal: 'unknown' });
		expect(rc.isMember(group, member)).toBe(false);
	});

	it('refuses for a group archived or deleted since, changing nothing', async () => {
		const { rc, workspace, owner, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		workspace.setArchived(group._id, true, owner._id);
		expect(await undo(member, ticket.id)).toEqual({ kind: 'refused', refusal: 'archived', roomName: 'team' });
		workspace.deleteRoom(group._id);
		expect(await undo(member, ticket.id)).toEqual({ kind: 'refused', refusal: 'gone', roomName: 'team' });
		expect(rc.isMember(group, member)).toBe(false);
	});

	it('says so when the user is already back, and spends the ticket', async () => {
		const { workspace, owner, member, group, leftWithTicket, undo } = setUp();
		const ticket = await leftWithTicket();
		workspace.addUserToRoom(group._id, member._id, owner._id);
		expect(await undo(member, ticket.id)).toEqual({ kind: 'refused', refusal: 'alreadyMember', roomName: 'team' });
		expect(await undo(member, ticket.id)).toEqual({ kind: 'refused', refusal: 'used', roomName: 'team' });
	});
});
