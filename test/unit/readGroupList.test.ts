import { readGroupList } from '../../src/bulk/readGroupList';
import type { UserRoomIdsSupport } from '../fakes/FakeRocketChat';
import { FakeRocketChat } from '../fakes/FakeRocketChat';

// What /leavegroups lists and what listing costs: each accessor call is a round trip to the app's process.

function setUp(userRoomIds: UserRoomIdsSupport = 'available') {
	const rc = new FakeRocketChat({ userRoomIds });
	const { workspace } = rc;
	const max = workspace.createUser({ username: 'max' });
	const ann = workspace.createUser({ username: 'ann' });
	const group = (name: string, owner = ann, archived = false) => {
		const room = workspace.createRoom({ t: 'p', name, creatorId: owner._id, memberIds: [owner === max ? ann._id : max._id] });
		if (archived) {
			workspace.setArchived(room._id, true, owner._id);
		}
		return room;
	};
	return { rc, workspace, max, ann, group };
}

describe('readGroupList', () => {
	it("lists the caller's private groups only, with what leaving each would do, leavable first", async () => {
		const { rc, workspace, max, ann, group } = setUp();
		group('zulu');
		group('alpha');
		group('mine', max);
		group('old', ann, true);
		workspace.createRoom({ t: 'c', name: 'lobby', creatorId: ann._id, memberIds: [max._id] });
		workspace.createDirectRoom(ann._id, max._id);

		const listed = await readGroupList(rc.read(), rc.appUserOf(max));

		expect(listed?.map(({ name, status }) => [name, status])).toEqual([
			['alpha', 'leaves'],
			['zulu', 'leaves'],
			['mine', 'lastOwner'],
			['old', 'archived'],
		]);
	});

	it('costs the room ids and the setting, then one record per room and the owners only of groups it could leave', async () => {
		const { rc, workspace, max, ann, group } = setUp();
		for (let index = 0; index < 10; index++) {
			group(`g${index}`);
		}
		group('old', ann, true);
		workspace.createRoom({ t: 'c', name: 'lobby', creatorId: ann._id, memberIds: [max._id] });

		await readGroupList(rc.read(), rc.appUserOf(max));

		expect(rc.calls).toEqual({ getUserRoomIds: 1, getValueById: 1, getById: 12, getOwners: 10 });
	});

	it('reads no owners when the role setting refuses every group anyway', async () => {
		const { rc, max, group } = setUp();
		group('a');
		group('b');
		rc.allowedRoles = 'admin';

		const listed = await readGroupList(rc.read(), rc.appUserOf(max));

		expect(listed?.map(({ status }) => status)).toEqual(['notAllowed', 'notAllowed']);
		expect(rc.calls.getOwners).toBeUndefined();
	});

	it.each<UserRoomIdsSupport>(['missing', 'missingOnEarlyRuntime'])(
		'answers undefined on an engine without getUserRoomIds (%s), reading no room',
		async (support) => {
			const { rc, max, group } = setUp(support);
			group('a');

			expect(await readGroupList(rc.read(), rc.appUserOf(max))).toBeUndefined();
			expect(rc.calls.getById).toBeUndefined();
		},
	);

	it('fails as a whole when a room read fails: no partial list is shown as if complete', async () => {
		const rc = new FakeRocketChat({ failing: ['getOwners'] });
		const max = rc.workspace.createUser({ username: 'max' });
		const ann = rc.workspace.createUser({ username: 'ann' });
		rc.workspace.createRoom({ t: 'p', name: 'a', creatorId: ann._id, memberIds: [max._id] });

		await expect(readGroupList(rc.read(), rc.appUserOf(max))).rejects.toThrow();
	});
});
