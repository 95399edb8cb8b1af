// The answers of Rocket.Chat's `POST /api/v1/groups.leave`, written down from its contract (the README's table of checks)
// rather than taken from the app, so that the tests check the app against Rocket.Chat and not against itself.
import { jsonOf, type HttpAnswer } from './e2e/httpClient';

export const unauthorizedBody = {
	success: false,
	status: 'error',
	message: 'You must be logged in to do this.',
	error: 'You must be logged in to do this.',
};

const leaveRoomDetails = { method: 'leaveRoom' };

export const leaveErrors = {
	paramNotProvided: {
		success: false,
		error: 'The parameter "roomId" or "roomName" is required [error-room-param-not-provided]',
		errorType: 'error-room-param-not-provided',
	},
	roomNotFound: {
		success: false,
		error: 'The required "roomId" or "roomName" param provided does not match any group [error-room-not-found]',
		errorType: 'error-room-not-found',
	},
	archived: (name: string) => ({
		success: false,
		error: `The private group, ${name}, is archived [error-room-archived]`,
		errorType: 'error-room-archived',
	}),
	notAllowed: { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed', details: leaveRoomDetails },
	notInRoom: { success: false, error: 'You are not in this room [error-user-not-in-room]', errorType: 'error-user-not-in-room', details: leaveRoomDetails },
	lastOwner: {
		success: false,
		error: 'You are the last owner. Please set new owner before leaving the room. [error-you-are-last-owner]',
		errorType: 'error-you-are-last-owner',
		details: leaveRoomDetails,
	},
};

/** The answer is `status` with exactly `body` as JSON (no extra field, none missing). */
export function expectAnswer(answer: HttpAnswer, status: number, body: object): void {
	expect({ status: answer.status, body: jsonOf(answer) }).toEqual({ status, body });
	expect(answer.headers['content-type']).toMatch(/^application\/json/);
}

/** A Rocket.Chat-shaped error: `{"success":false,"error":"<reason> [<code>]","errorType":"<code>"}` (+ optional details). */
export function isRocketChatError(body: Record<string, unknown>): boolean {
	const { success, error, errorType } = body;
	return success === false && typeof error === 'string' && typeof errorType === 'string' && error.endsWith(`[${errorType}]`);
}
