import type { LeaveFacts } from '../../src/leave/decideLeave';
import { decideLeave } from '../../src/leave/decideLeave';

const DEFAULT_ROLES = ['admin', 'user', 'bot', 'anonymous', 'app'];

/** A member who may leave: subscribed, role `user`, one of two owners of an unarchived private group. */
function facts(overrides: Partial<LeaveFacts> = {}): LeaveFacts {
	return {
		roomRequested: true,
		group: { id: 'GROUP1', name: 'team', isPrivateGroup: true, archived: false },
		callerId: 'alice',
		callerRoles: ['user'],
		callerSubscribed: true,
		ownerIds: ['alice', 'bob'],
		allowedRoles: DEFAULT_ROLES,
		...overrides,
	};
}

const errorOf = (input: LeaveFacts) => {
	const decision = decideLeave(input);
	return decision.ok ? undefined : decision.error;
};

describe('decideLeave: each check of groups.leave', () => {
	it('lets a subscribed member with an allowed role leave', () => {
		expect(decideLeave(facts())).toEqual({ ok: true });
	});

	it('lets one of two owners leave', () => {
		expect(decideLeave(facts({ ownerIds: ['alice', 'bob'] }))).toEqual({ ok: true });
	});

	it('lets a non-owner leave a group that has a single owner', () => {
		expect(decideLeave(facts({ ownerIds: ['bob'] }))).toEqual({ ok: true });
	});

	it('refuses a call naming no room with error-room-param-not-provided', () => {
		expect(errorOf(facts({ roomRequested: false }))).toEqual({
			errorType: 'error-room-param-not-provided',
			reason: 'The parameter "roomId" or "roomName" is required',
		});
	});

	it('refuses a room that does not exist with error-room-not-found', () => {
		expect(errorOf(facts({ group: undefined }))).toEqual({
			errorType: 'error-room-not-found',
			reason: 'The required "roomId" or "roomName" param provided does not match any group',
		});
	});

	it('refuses a room that is not a private group with error-room-not-found', () => {
		expect(errorOf(facts({ group: { id: 'C1', name: 'general', isPrivateGroup: false, archived: false } }))?.errorType).toBe('error-room-not-found');
	});

	it('hides a group the caller is not subscribed to behind error-room-not-found, admins included', () => {
		expect(errorOf(facts({ callerSubscribed: false, callerRoles: ['admin'], ownerIds: ['bob'] }))?.errorType).toBe('error-room-not-found');
	});

	it('refuses an archived group with error-room-archived naming it', () => {
		const group = { id: 'GROUP1', name: 'old-team', isPrivateGroup: true, archived: true };
		expect(errorOf(facts({ group }))).toEqual({ errorType: 'error-room-archived', reason: 'The private group, old-team, is archived' });
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

describe('decideLeave: the first failing check decides', () => {
	it('answers param-not-provided before anything about a room', () => {
		expect(errorOf(facts({ roomRequested: false, group: undefined, callerSubscribed: false }))?.errorType).toBe('error-room-param-not-provided');
	});

	it('answers not-found for a missing room even when every later check would fail too', () => {
		expect(errorOf(facts({ group: undefined, callerSubscribed: false, callerRoles: [], ownerIds: ['alice'] }))?.errorType).toBe('error-room-not-found');
	});

	it('answers not-found, not archived, to a caller outside an archived group', () => {
		const group = { id: 'GROUP1', name: 'old', isPrivateGroup: true, archived: true };
		expect(errorOf(facts({ group, callerSubscribed: false }))?.errorType).toBe('error-room-not-found');
	});

	it('answers archived before not-allowed and last-owner', () => {
		const group = { id: 'GROUP1', name: 'old', isPrivateGroup: true, archived: true };
		expect(errorOf(facts({ group, callerRoles: ['guest'], ownerIds: ['alice'] }))?.errorType).toBe('error-room-archived');
	});

	it('answers not-allowed to a last owner without an allowed role', () => {
		expect(errorOf(facts({ callerRoles: ['guest'], ownerIds: ['alice'] }))?.errorType).toBe('error-not-allowed');
	});

	it('counts only global roles: a room owner without an allowed global role is not allowed', () => {
		expect(errorOf(facts({ callerRoles: ['owner', 'moderator'], ownerIds: ['alice', 'bob'] }))?.errorType).toBe('error-not-allowed');
	});
});
