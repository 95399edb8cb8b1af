import { filledParam, stringListParam, stringParam } from '../params';
import type { Route } from '../route';
import { failure, invalidParams, methodError, orRefuse, permissionsRequired } from '../respond';
import { typedSuccess } from '../restTypes';
import { limitedUserView } from '../userViews';

const REQUIRED_FIELDS = ['email', 'name', 'password', 'username'] as const;

// Rocket.Chat's default email check (a permissive local@domain.tld).
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const userRoutes: Route[] = [
	{
		// Admin only (create-user). Body: username, name, email, password, optional roles (default ['user']).
		method: 'POST',
		path: 'v1/users.create',
		handle: ({ workspace, caller, bodyParams }) => {
			if (!workspace.hasPermission(caller._id, 'create-user')) {
				throw permissionsRequired();
			}
			for (const field of REQUIRED_FIELDS) {
				if (stringParam(bodyParams, field) === undefined) {
					throw invalidParams(`must have required property '${field}'`);
				}
			}
			const email = stringParam(bodyParams, 'email') ?? '';
			if (!EMAIL_PATTERN.test(email)) {
				throw methodError('error-invalid-email', `Invalid email ${email}`, { method: 'insertOrUpdateUser' });
			}
			const user = orRefuse(
				() =>
					workspace.createUser({
						username: stringParam(bodyParams, 'username') ?? '',
						name: stringParam(bodyParams, 'name') ?? '',
						email,
						password: stringParam(bodyParams, 'password') ?? '',
						roles: stringListParam(bodyParams, 'roles') ?? ['user'],
					}),
				'insertOrUpdateUser',
			);
			return typedSuccess<'POST', '/v1/users.create'>({ user });
		},
	},
	{
		// Query: userId or username. Others' emails only for holders of view-full-other-user-info.
		method: 'GET',
		path: 'v1/users.info',
		handle: ({ workspace, caller, queryParams }) => {
			const userId = filledParam(queryParams, 'userId');
			const username = filledParam(queryParams, 'username');
			if (userId === undefined && username === undefined) {
				throw methodError('error-user-param-not-provided', 'The required "userId" or "username" param was not provided');
			}
			const user = userId !== undefined ? workspace.findUserById(userId) : workspace.findUserByUsername(username ?? '');
			if (!user) {
				throw failure('User not found.');
			}
			const full = user._id === caller._id || workspace.hasPermission(caller._id, 'view-full-other-user-info');
			return typedSuccess<'GET', '/v1/users.info'>({ user: full ? user : limitedUserView(user) });
		},
	},
];
