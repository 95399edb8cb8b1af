import type { Workspace } from './Workspace';
import type { WorkspaceRoom, WorkspaceUser } from './records';

// The demo workspace `npm start` seeds: enough to try every answer of a leave without setting anything up.
//   demo-team     private group, alice its SOLE owner, bob and carol members → alice is refused, bob or carol may leave
//   demo-project  private group, bob and carol BOTH owners, dave a member    → either owner may leave
//   demo-lobby    public channel with everyone                              → "not a private group"
//   a DM between alice and bob                                               → "not a private group"

export interface DemoAccount {
	user: WorkspaceUser;
	password: string;
}

export interface DemoWorkspace {
	accounts: DemoAccount[];
	soleOwnerGroup: WorkspaceRoom;
	twoOwnerGroup: WorkspaceRoom;
	channel: WorkspaceRoom;
	directRoom: WorkspaceRoom;
}

// Fixed passwords keep the README's curl session valid; the sandbox is in memory and bound to loopback by default.
const PEOPLE = [
	{ username: 'alice', name: 'Alice Owner' },
	{ username: 'bob', name: 'Bob Member' },
	{ username: 'carol', name: 'Carol Member' },
	{ username: 'dave', name: 'Dave Member' },
] as const;

export function seedDemo(workspace: Workspace, admin: WorkspaceUser): DemoWorkspace {
	const accounts = PEOPLE.map(({ username, name }) => {
		const password = `${username}-demo`;
		return { user: workspace.createUser({ username, name, email: `${username}@demo.invalid`, password }), password };
	});
	const [alice, bob, carol, dave] = accounts.map(({ user }) => user);

	const soleOwnerGroup = workspace.createRoom({ t: 'p', name: 'demo-team', creatorId: alice._id, memberIds: [bob._id, carol._id] });
	const twoOwnerGroup = workspace.createRoom({ t: 'p', name: 'demo-project', creatorId: bob._id, memberIds: [carol._id, dave._id] });
	workspace.addRoomRole(twoOwnerGroup._id, carol._id, 'owner', bob._id);
	const channel = workspace.createRoom({ t: 'c', name: 'demo-lobby', creatorId: admin._id, memberIds: [alice._id, bob._id, carol._id, dave._id] });
	const directRoom = workspace.createDirectRoom(alice._id, bob._id);

	return { accounts, soleOwnerGroup, twoOwnerGroup, channel, directRoom };
}
