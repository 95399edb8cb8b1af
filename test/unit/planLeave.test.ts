import type { PrivateGroupFacts } from '../../src/leave/decideLeave';
import type { GroupMember, PlanFacts } from '../../src/leave/planLeave';
import { planLeave } from '../../src/leave/planLeave';

const team: PrivateGroupFacts = { id: 'GROUP1', name: 'team', isPrivateGroup: true, archived: false };
const member = (id: string, active = true): GroupMember => ({ id, username: id, active });

/** alice, a plain member of team, which bob owns and carol moderates; dave and erin are members too. */
function facts(overrides: Partial<PlanFacts> = {}): PlanFacts {
	return {
		group: team,
		callerId: 'alice',
		callerRoles: ['user'],
		callerSubscribed: true,
		seesThroughParent: false,
		ownerIds: ['bob'],
		owners: [member('bob')],
		moderators: [member('carol')],
		allowedRoles: ['user'],
		members: ['alice', 'bob', 'carol', 'dave', 'erin'].map((id) => member(id)),
		deletionAllowed: true,
		...overrides,
	};
}

describe('planLeave: what the leave dialog offers', () => {
	it('offers Leave to a member who may leave, naming who could add them back: owners, then moderators', () => {
		expect(planLeave(facts())).toEqual({ kind: 'leave', rejoinVia: ['bob', 'carol'] });
	});

	it('offers Leave to one of two owners, naming the other, not the caller', () => {
		expect(planLeave(facts({ callerId: 'bob', ownerIds: ['bob', 'dave'], owners: [member('bob'), member('dave')] }))).toEqual({
			kind: 'leave',
			rejoinVia: ['dave', 'carol'],
		});
	});

	it('shows the last owner of a group with others who could become owner, moderators first, active ones only', () => {
		const members = [member('bob'), member('dave'), member('zed', false), member('carol'), member('erin')];
		expect(planLeave(facts({ callerId: 'bob', members }))).toEqual({ kind: 'lastOwner', candidates: ['carol', 'dave', 'erin'] });
	});

	it('names at most five candidates in a large group', () => {
		const members = [member('bob'), ...Array.from({ length: 50 }, (_, i) => member(`m${i}`))];
		const plan = planLeave(facts({ callerId: 'bob', members, moderators: [member('m40')] }));
		expect(plan).toEqual({ kind: 'lastOwner', candidates: ['m40', 'm0', 'm1', 'm2', 'm3'] });
	});

	it('offers leaving by deleting to the owner who is the only member, unless the setting turns it off', () => {
		const alone = { callerId: 'bob', members: [member('bob')], moderators: [] };
		expect(planLeave(facts(alone))).toEqual({ kind: 'deleteGroup' });
		expect(planLeave(facts({ ...alone, deletionAllowed: false }))).toEqual({
			kind: 'refused',
			error: expect.objectContaining({ errorType: 'error-you-are-last-owner' }),
		});
	});

	it('refuses with the leave answer when the group is archived or the role may not leave, nothing to press', () => {
		expect(planLeave(facts({ group: { ...team, archived: true } }))).toEqual({
			kind: 'refused',
			error: expect.objectContaining({ errorType: 'error-room-archived' }),
		});
		expect(planLeave(facts({ callerRoles: ['guest'] }))).toEqual({ kind: 'refused', error: expect.objectContaining({ errorType: 'error-not-allowed' }) });
	});

	it('decides with the leave checks in their order: archived before last owner', () => {
		const plan = planLeave(facts({ callerId: 'bob', group: { ...team, archived: true } }));
		expect(plan).toEqual({ kind: 'refused', error: expect.objectContaining({ errorType: 'error-room-archived' }) });
	});
});
