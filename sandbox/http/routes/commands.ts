import { has, stringParam } from '../params';
import { canAccessRoom } from '../roomAccess';
import type { Params, Route } from '../route';
import { failure, forbidden, invalidParams } from '../respond';
import { typedSuccess } from '../restTypes';

// POST commands.run: runs a slash command as the caller in a room they can access, in the order of Rocket.Chat's
// app/api/server/v1/commands.ts: an unknown command (400) before the room access (403), then a tmid that is not a
// message of the room (400 "Invalid thread."); tmid and triggerId reach the command's context.

const REQUIRED = ['command', 'roomId'] as const;
const OPTIONAL = ['params', 'tmid', 'triggerId'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

/**
 * The route's body schema as Rocket.Chat's validator applies it: rest-typings' ajv instance has coerceTypes on, so a
 * number or boolean becomes its string and null becomes '' where the field may not be null; arrays and objects are
 * refused. Returns the coerced body, with the messages that validator gives.
 */
function validateBody(bodyParams: Params): Params {
	for (const key of REQUIRED) {
		if (!has(bodyParams, key)) {
			throw invalidParams(`must have required property '${key}'`);
		}
	}
	const coerced: Params = {};
	for (const key of Object.keys(bodyParams)) {
		if (!KNOWN.includes(key)) {
			throw invalidParams('must NOT have additional properties');
		}
		const value = bodyParams[key];
		const nullable = (OPTIONAL as readonly string[]).includes(key);
		if (typeof value === 'string' || (nullable && value === null)) {
			coerced[key] = value;
		} else if (typeof value === 'number' || typeof value === 'boolean') {
			coerced[key] = String(value);
		} else if (value === null) {
			coerced[key] = '';
		} else {
			throw invalidParams('must be string');
		}
	}
	return coerced;
}

export const commandRoutes: Route[] = [
	{
		method: 'POST',
		path: 'v1/commands.run',
		handle: async ({ workspace, apps, caller, bodyParams: sent }) => {
			const bodyParams = validateBody(sent);
			const command = (stringParam(bodyParams, 'command') ?? '').toLowerCase();
			if (!apps.hasCommand(command)) {
				throw failure('The command provided does not exist (or is disabled).');
			}
			const roomId = stringParam(bodyParams, 'roomId') ?? '';
			const room = workspace.findRoomById(roomId);
			if (!room || !canAccessRoom(workspace, room, caller)) {
				throw forbidden('User does not have access to this room');
			}
			const threadId = stringParam(bodyParams, 'tmid');
			// Any string, the empty one too, must name a message of this room; null or absent means no thread.
			if (threadId !== undefined && workspace.findMessageById(threadId)?.rid !== roomId) {
				throw failure('Invalid thread.');
			}
			const triggerId = stringParam(bodyParams, 'triggerId');
			await apps.runCommand({
				command,
				params: stringParam(bodyParams, 'params') ?? '',
				senderId: caller._id,
				roomId,
				...(threadId ? { threadId } : {}),
				...(triggerId ? { triggerId } : {}),
			});
			// An app's command executor returns nothing, so `result` is undefined and JSON leaves it out, as in Rocket.Chat.
			return typedSuccess<'POST', '/v1/commands.run'>({ result: undefined });
		},
	},
];
