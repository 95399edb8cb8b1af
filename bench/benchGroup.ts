import type { Workspace } from '../sandbox/workspace/Workspace';
import type { WorkspaceUser } from '../sandbox/workspace/records';
import type { Credentials } from './httpClient';

export interface Member {
	user: WorkspaceUser;
	credentials: Credentials;
}

/**
 * A private group of exactly `size` members, seeded straight into the workspace (fast, nothing timed), that stays at
 * `size` while members leave it: each leaver is a different member, and after each leave a fresh user is added, so
 * every timed leave happens in a group of the stated size. One owner (the creator) who never leaves.
 */
export class BenchGroup {
	readonly roomId: string;

	readonly roomName: string;

	readonly owner: Member;

	// Members in the order they will leave: the seeded ones, then each newcomer.
	private readonly leavers: WorkspaceUser[];

	private nextIndex = 0;

	private joined = 0;

	private constructor(
		private readonly workspace: Workspace,
		readonly size: number,
		owner: WorkspaceUser,
		members: WorkspaceUser[],
		roomId: string,
		roomName: string,
	) {
		this.roomId = roomId;
		this.roomName = roomName;
		this.owner = logIn(workspace, owner);
		this.leavers = members;
	}

	static seed(workspace: Workspace, size: number): BenchGroup {
		if (size < 2) {
			throw new Error('a bench group needs its owner and at least one member who can leave');
		}
		const prefix = `bench${size}`;
		const owner = workspace.createUser({ username: `${prefix}-owner`, roles: ['user'] });
		const members = Array.from({ length: size - 1 }, (_, i) => workspace.createUser({ username: `${prefix}-member${i}`, roles: ['user'] }));
		const name = `${prefix}-group`;
		const room = workspace.createRoom({ t: 'p', name, creatorId: owner._id, memberIds: members.map((member) => member._id) });
		if (room.usersCount !== size) {
			throw new Error(`seeded ${room.usersCount} members instead of ${size}`);
		}
		return new BenchGroup(workspace, size, owner, members, room._id, name);
	}

	/** A logged-in user who belongs to no bench group. */
	static outsider(workspace: Workspace): Member {
		return logIn(workspace, workspace.createUser({ username: 'bench-outsider', roles: ['user'] }));
	}

	/** The member who leaves next, logged in; a different one each time. */
	nextLeaver(): Member {
		const user = this.leavers[this.nextIndex++];
		if (!user) {
			throw new Error('no member left to leave');
		}
		return logIn(this.workspace, user);
	}

	/** Checks that the leaver is gone, then restores the group's size with a new member. */
	refill(leaver: Member): void {
		if (this.workspace.findSubscription(this.roomId, leaver.user._id)) {
			throw new Error(`${leaver.user.username} is still a member of the ${this.size}-member group after leaving`);
		}
		const newcomer = this.workspace.createUser({ username: `bench${this.size}-newcomer${this.joined++}`, roles: ['user'] });
		this.workspace.addUserToRoom(this.roomId, newcomer._id, this.owner.user._id);
		this.leavers.push(newcomer);
		const usersCount = this.workspace.findRoomById(this.roomId)?.usersCount;
		if (usersCount !== this.size) {
			throw new Error(`the group holds ${usersCount} members instead of ${this.size}`);
		}
	}
}

/** A login token issued straight by the workspace: logging in over HTTP is not what is measured. */
export function logIn(workspace: Workspace, user: WorkspaceUser): Member {
	return { user, credentials: { userId: user._id, authToken: workspace.issueLoginToken(user._id) } };
}
