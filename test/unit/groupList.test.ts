import type { ListedGroup } from '../../src/bulk/groupList';
import { chosenGroups, needsOwners, sortGroupList, statusOf } from '../../src/bulk/groupList';
import type { LeaveFacts } from '../../src/leave/decideLeave';

// The list /leavegroups shows, decided by the leave's own checks: the person is in every group listed.

const facts = (overrides: Partial<LeaveFacts> = {}): LeaveFacts => ({
	group: { id: 'g', name: 'team', isPrivateGroup: true, archived: false },
	callerId: 'max',
	callerRoles: ['user'],
	callerSubscribed: true,
	seesThroughParent: false,
	ownerIds: [],
	allowedRoles: ['user'],
	...overrides,
});

describe('statusOf: what leaving a listed group would do', () => {
	it('leaves when nothing refuses it', () => {
		expect(statusOf(facts({ ownerIds: ['ann'] }))).toBe('leaves');
	});

	it('is the last owner when the caller is its only owner, and leaves when another owner remains', () => {
		expect(statusOf(facts({ ownerIds: ['max'] }))).toBe('lastOwner');
		expect(statusOf(facts({ ownerIds: ['max', 'ann'] }))).toBe('leaves');
	});

	it('is archived before anything else, as the leave checks it first', () => {
		expect(statusOf(facts({ group: { id: 'g', name: 'team', isPrivateGroup: true, archived: true }, allowedRoles: [], ownerIds: ['max'] }))).toBe(
			'archived',
		);
	});

	it('is not allowed when no global role of the caller is in the setting, whoever owns it', () => {
		expect(statusOf(facts({ allowedRoles: ['admin'], ownerIds: ['max'] }))).toBe('notAllowed');
	});
});

describe('needsOwners: the owners are read only when they can change the answer', () => {
	it('needs them only for a group that would otherwise be left', () => {
		expect(needsOwners(statusOf(facts()))).toBe(true);
		expect(needsOwners(statusOf(facts({ allowedRoles: [] })))).toBe(false);
		expect(needsOwners(statusOf(facts({ group: { id: 'g', name: 'team', isPrivateGroup: true, archived: true } })))).toBe(false);
	});
});

const group = (id: string, name: string, status: ListedGroup['status']): ListedGroup => ({ id, name, status });

describe('sortGroupList: the groups a person can leave first', () => {
	it('orders by what leaving does (leaves, last owner, not allowed, archived), then by name', () => {
		const sorted = sortGroupList([
			group('1', 'zoo', 'archived'),
			group('2', 'beta', 'lastOwner'),
			group('3', 'omega', 'leaves'),
			group('4', 'alpha', 'leaves'),
			group('5', 'mid', 'notAllowed'),
		]);
		expect(sorted.map((listed) => listed.name)).toEqual(['alpha', 'omega', 'beta', 'mid', 'zoo']);
	});
});

describe('chosenGroups: only what the list offered, once each', () => {
	const listed = [group('a', 'a', 'leaves'), group('b', 'b', 'leaves'), group('c', 'c', 'lastOwner')];

	it('keeps chosen ids of leavable groups, in the list order, without repeats', () => {
		expect(chosenGroups(listed, ['b', 'a', 'b']).map((chosen) => chosen.id)).toEqual(['a', 'b']);
	});

	it('drops a group the list refused, an unknown id and anything that is not an id', () => {
		expect(chosenGroups(listed, ['c', 'x', 7, { $ne: '' }, null])).toEqual([]);
	});

	it('takes a value that is not a list as nothing chosen', () => {
		expect(chosenGroups(listed, 'a')).toEqual([]);
		expect(chosenGroups(listed, undefined)).toEqual([]);
	});
});
