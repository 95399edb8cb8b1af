import type { LeaveFacts, PrivateGroupFacts } from '../../src/leave/decideLeave';
import { checkGroup, decideLeave } from '../../src/leave/decideLeave';

const DEFAULT_ROLES = ['admin', 'user', 'bot', 'anonymous', 'app'];

const team: PrivateGroupFacts = { id: 'GROUP1', name: 'team', isPrivateGroup: true, archived: false };
const archivedGroup: PrivateGroupFacts = { id: 'GROUP1', name: 'old-team', isPrivateGroup: true, archived: true };

/** A member who may leave: subscribed, role `user`, one of two owners of an unarchived private group. */
function facts(overrides: Partial<LeaveFacts> = {}): LeaveFacts {
	return {
		group: team,
		callerId: 'alice',
		callerRoles: ['user'],
		callerSubscribed: true,
		seesThroughParent: false,
		ownerIds: ['alice', 'bob'],
		allowedRoles: DEFAULT_ROLES,
		...overrides,
	};
}

const errorOf = (input: LeaveFacts) => {
	const decision = decideLeave(input);
	return decision.ok ? undefined : decision.error;
};

// The adapters answer #2 (no room named) before the leave starts; checkGroup decides #3 on the room found, and
// decideLeave takes only the private group checkGroup passed, so #3 comes before #4–#7 by construction.
describe('checkGroup: check #3 of groups.leave', () => {
	it('passes a private group on', () => {
		expect(checkGroup(team)).toBe(team);
	});

	it('refuses a room that is not a private group (a channel, a direct room)', () => {
		expect(checkGroup({ id: 'C1', name: 'general', isPrivateGroup: false, archived: false })).toBeUndefined();
	});
});

describe('decideLeave: checks #4 to #7 for a found group', () => {
	it('lets a subscribed member with an allowed role leave', () => {
		expect(decideLeave(facts())).toEqual({ ok: true });
	});

	it('lets one of two owners leave', () => {
		expect(decideLeave(facts({ ownerIds: ['alice', 'bob'] }))).toEqual({ ok: true });
	});

	it('lets a non-owner leave a group that has a single owner', () => {
		expect(decideLeave(facts({ ownerIds: ['bob'] }))).toEqual({ ok: true });
	});

	it('hides a group the caller is not subscribed to behind error-room-not-found, admins included', () => {
		expect(errorOf(facts({ callerSubscribed: false, callerRoles: ['admin'], ownerIds: ['bob'] }))).toEqual({
			errorType: 'error-room-not-found',
			reason: 'The required "roomId" or "roomName" param provided does not match any group',
		});
	});

	it('refuses an archived group with error-room-archived naming it', () => {
		expect(errorOf(facts({ group: archivedGroup }))).toEqual({ errorType: 'error-room-archived', reason: 'The private group, old-team, is archived' });
	});

	it('refuses a caller without an allowed role with error-not-allowed and the leaveRoom details', () => {
		expect(errorOf(facts({ callerRoles: ['guest'] }))).toEqual({ errorType: 'error-not-allowed', reason: 'Not allowed', details: { method: 'leaveRoom' } });
	});

	it('refuses everyone when the allowed roles are empty', () => {
		expect(errorOf(facts({ callerRoles: ['admin'], allowedRoles: [] }))?.errorType).toBe('error-not-allowed');
	});

	it('refuses the sole owner with error-you-are-last-owner and the leaveRoom details', () => {
		expect(errorOf(facts({ ownerIds: ['alice'] }))).toEqual({
			errorType: 'error-you-are-last-owner',
			reason: 'You are the last owner. Please set new owner before leaving the room.',
			details: { method: 'leaveRoom' },
		});
	});

	it('refuses a sole member who is the owner, but not a sole member who is not', () => {
		expect(errorOf(facts({ ownerIds: ['alice'] }))?.errorType).toBe('error-you-are-last-owner');
		expect(decideLeave(facts({ ownerIds: [] }))).toEqual({ ok: true });
	});
});

describe('decideLeave: a discussion seen through its parent room', () => {
	const throughParent = { callerSubscribed: false, seesThroughParent: true };

	it('refuses with error-user-not-in-room and the leaveRoom details', () => {
		expect(errorOf(facts(throughParent))).toEqual({
			errorType: 'error-user-not-in-room',
			reason: 'You are not in this room',
			details: { method: 'leaveRoom' },
		});
	});

	it('answers archived and not-allowed first, as core checks them before membership', () => {
		expect(errorOf(facts({ ...throughParent, group: archivedGroup }))?.errorType).toBe('error-room-archived');
		expect(errorOf(facts({ ...throughParent, callerRoles: ['guest'] }))?.errorType).toBe('error-not-allowed');
	});
});

describe('decideLeave: the first failing check decides', () => {
	it('answers not-found to a non-member even when every later check would fail too', () => {
		expect(errorOf(facts({ group: archivedGroup, callerSubscribed: false, callerRoles: [], ownerIds: ['alice'] }))?.errorType).toBe('error-room-not-found');
	});

	it('answers not-found, not archived, to a caller outside an archived group', () => {
		expect(errorOf(facts({ group: archivedGroup, callerSubscribed: false }))?.errorType).toBe('error-room-not-found');
	});

	it('answers archived before not-allowed and last-owner', () => {
		expect(errorOf(facts({ group: archivedGroup, callerRoles: ['guest'], ownerIds: ['alice'] }))?.errorType).toBe('error-room-archived');
	});

	it('answers not-allowed to a last owner without an allowed role', () => {
		expect(errorOf(facts({ callerRoles: ['guest'], ownerIds: ['alice'] }))?.errorType).toBe('error-not-allowed');
	});

	it('counts only global roles: a room owner without an allowed global role is not allowed', () => {
		expect(errorOf(facts({ callerRoles: ['owner', 'moderator'], ownerIds: ['alice', 'bob'] }))?.errorType).toBe('error-not-allowed');
	});
});
