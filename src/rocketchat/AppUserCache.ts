import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

/**
 * The app's own user, who signs the ephemeral messages. The notifier looks it up on every message it is not given,
 * which would be one more host round trip per command; it does not change while the app runs, so it is read once.
 */
export class AppUserCache {
	private appUser?: IUser;

	public async get(read: IRead): Promise<IUser | undefined> {
		this.appUser ??= await read.getUserReader().getAppUser();
		return this.appUser;
	}
}
