import type { Route } from '../route';
import { forbidden, success } from '../respond';

// Sandbox-only routes (no Rocket.Chat counterpart): what tests and benchmarks need to observe.

const BYTES_PER_MB = 1024 * 1024;

export const sandboxRoutes: Route[] = [
	{
		// The ephemeral messages sent to the caller (Rocket.Chat only pushes them to open clients), oldest first.
		method: 'GET',
		path: 'v1/sandbox.notifications',
		handle: ({ workspace, caller }) => success({ notifications: workspace.notificationsOf(caller._id).map(({ rid, msg, ts }) => ({ rid, msg, ts })) }),
	},
	{
		// Admins only (view-statistics): accessor calls the apps made, counted at the bridges, and the process's memory.
		method: 'GET',
		path: 'v1/sandbox.stats',
		handle: ({ workspace, apps, caller }) => {
			if (!workspace.hasPermission(caller._id, 'view-statistics')) {
				throw forbidden();
			}
			const rssMb = Math.round((process.memoryUsage().rss / BYTES_PER_MB) * 10) / 10;
			return success({ accessorCalls: apps.accessorCalls(), rssMb });
		},
	},
];
