import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

import { replyFor } from '../../src/command/commandReply';
import { lastOwner, notInRoom, removalRefused } from '../../src/leave/leaveErrors';
import type { FakeOptions } from '../fakes/FakeRocketChat';
import { fakeWithTeam } from '../fakes/FakeRocketChat';

function setUp(options: FakeOptions = {}) {
	const { rc, workspace, owner, member: moderator, group } = fakeWithTeam(options);
	workspace.addRoomRole(group._id, moderator._id, 'moderator', owner._id);
	const errors: unknown[][] = [];
	const logger = { error: (...args: unknown[]) => errors.push(args) } as unknown as ILogger;
	const refuseLastOwner = () =>
		replyFor(rc.read(), rc.appUserOf(owner), 'team', { outcome: 'refused', error: lastOwner(), room: rc.appRoomOf(group) }, logger);
	return { errors, refuseLastOwner };
}

describe('replyFor: telling a refused last owner', () => {
	it("names the group's moderators as candidates for owner", async () => {
		const { errors, refuseLastOwner } = setUp();
		expect(await refuseLastOwner()).toEqual({ key: 'lastOwnerWithModerators', params: { name: 'team', moderators: '@max' } });
		expect(errors).toEqual([]);
	});

	it('still tells the certain refusal, without moderators, when reading them fails, and logs the failure', async () => {
		const { errors, refuseLastOwner } = setUp({ failing: ['getModerators'] });
		expect(await refuseLastOwner()).toEqual({ key: 'lastOwner', params: { name: 'team' } });
		expect(errors).toEqual([[expect.stringContaining('moderators'), 'getModerators: engine failure']]);
	});
});

describe('replyFor: a discussion seen through its parent room', () => {
	it('tells the sender they are not in it, naming it', async () => {
		const { rc, workspace, owner, member, group } = fakeWithTeam();
		const discussion = workspace.createDiscussion({ prid: group._id, name: 'Release plan', creatorId: owner._id });
		const reply = await replyFor(
			rc.read(),
			rc.appUserOf(member),
			'x',
			{ outcome: 'refused', error: notInRoom(), room: rc.appRoomOf(discussion) },
			{} as ILogger,
		);
		expect(reply).toEqual({ key: 'notInDiscussion', params: { name: 'Release plan' } });
	});
});

describe('replyFor: a removal refused without a reason on an early runtime', () => {
	it('says nothing changed and why the reason is unknown', async () => {
		const { rc, member, group } = fakeWithTeam();
		const reply = await replyFor(
			rc.read(),
			rc.appUserOf(member),
			'team',
			{ outcome: 'refused', error: removalRefused(), room: rc.appRoomOf(group) },
			{} as ILogger,
		);
		expect(reply).toEqual({ key: 'removalRefused', params: { name: 'team' } });
	});
});
