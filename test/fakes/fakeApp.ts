import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';

import { LeaveGroupApp } from '../../LeaveGroupApp';
import appJson from '../../app.json';

/** The real app class, with a logger that keeps what was written to it. */
export function createApp(): { app: LeaveGroupApp; errors: unknown[][] } {
	const errors: unknown[][] = [];
	const ignore = () => undefined;
	const logger = { debug: ignore, info: ignore, log: ignore, warn: ignore, success: ignore, error: (...items: unknown[]) => errors.push(items) };
	const app = new LeaveGroupApp(appJson as unknown as IAppInfo, logger as unknown as ILogger);
	return { app, errors };
}
