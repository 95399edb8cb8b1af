import type { AppSetting } from '../../sandbox/http/AppsGateway';
import { leaveErrors } from '../support/leaveAnswers';
import { isMember, leaveThroughEndpoint, privateGroup, useSandboxEngine } from '../support/engine/engineHarness';

// An admin's change of the app's allowed_roles setting, made through the engine's settings manager (what the sandbox's
// POST /api/apps/:id/settings does), reaches the packaged app in its Deno subprocess: the stand-in for emptying leave-p.

const NOT_ALLOWED = leaveErrors.notAllowed;
const DEFAULT_ALLOWED_ROLES = 'admin,user,bot,anonymous,app';

describe('an admin-changed allowed_roles setting in the real Apps-Engine', () => {
	const { workspace, engine } = useSandboxEngine();

	const allowedRoles = (): AppSetting => engine().appSettings(engine().appId)?.allowed_roles as AppSetting;
	const setAllowedRoles = (value: string): Promise<void> => engine().updateAppSetting(engine().appId, { ...allowedRoles(), value });

	it('runs the app through onPreSettingUpdate and onSettingUpdated in its subprocess and keeps the new value', async () => {
		const logged = (await engine().logs.getEntriesFor(engine().appId)).length;
		await setAllowedRoles('admin');
		const methods = (await engine().logs.getEntriesFor(engine().appId)).slice(logged).map((entry) => entry.method);
		expect(methods).toEqual(['app:onPreSettingUpdate', 'app:onSettingUpdated']);
		expect(allowedRoles()).toEqual(expect.objectContaining({ type: 'string', packageValue: DEFAULT_ALLOWED_ROLES, value: 'admin' }));
		await setAllowedRoles(DEFAULT_ALLOWED_ROLES);
	});

	it('refuses the sole owner and a plain member with error-not-allowed once it is emptied, and lets the member leave once it is restored', async () => {
		const owner = workspace.createUser({ username: 'owner' });
		const member = workspace.createUser({ username: 'member' });
		const room = privateGroup(workspace, 'team', owner, [member]);
		await setAllowedRoles('');
		try {
			for (const caller of [owner, member]) {
				const answer = await leaveThroughEndpoint(engine(), caller, { roomId: room._id });
				expect({ status: answer?.status, content: answer?.content }).toEqual({ status: 400, content: NOT_ALLOWED });
			}
		} finally {
			await setAllowedRoles(DEFAULT_ALLOWED_ROLES);
		}
		expect((await leaveThroughEndpoint(engine(), member, { roomId: room._id }))?.status).toBe(200);
		expect(isMember(workspace, room, member)).toBe(false);
	});
});
