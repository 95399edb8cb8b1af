// The errors groups.leave answers, with Rocket.Chat's own codes and texts (checks #2–#8 of the README's table).
type LeaveErrorType =
	| 'error-room-param-not-provided'
	| 'error-room-not-found'
	| 'error-room-archived'
	| 'error-not-allowed'
	| 'error-user-not-in-room'
	| 'error-you-are-last-owner'
	| 'error-app-prevented'
	| 'error-removal-refused';

export interface LeaveError {
	errorType: LeaveErrorType;
	/** The reason alone, without the ` [code]` suffix the REST answer appends. */
	reason: string;
	details?: { method: 'leaveRoom' };
}

/** Why a group the caller can see (checks #5–#8) may not be left; not found (#3, #4) and no room named (#2) are not refusals. */
export type Refusal = LeaveError & { errorType: Exclude<LeaveErrorType, 'error-room-param-not-provided' | 'error-room-not-found'> };

export const isRefusal = (error: LeaveError): error is Refusal =>
	error.errorType !== 'error-room-param-not-provided' && error.errorType !== 'error-room-not-found';

const ROOM_NOT_FOUND_REASON = 'The required "roomId" or "roomName" param provided does not match any group';

export const roomParamNotProvided = (): LeaveError => ({
	errorType: 'error-room-param-not-provided',
	reason: 'The parameter "roomId" or "roomName" is required',
});

export const roomNotFound = (): LeaveError => ({ errorType: 'error-room-not-found', reason: ROOM_NOT_FOUND_REASON });

export const roomArchived = (roomName: string): Refusal => ({
	errorType: 'error-room-archived',
	reason: `The private group, ${roomName}, is archived`,
});

// These come from core's leaveRoom method, which is why they name it in `details`.
export const notAllowed = (): Refusal => ({ errorType: 'error-not-allowed', reason: 'Not allowed', details: { method: 'leaveRoom' } });

/** A discussion the caller sees through its parent room without being in it. */
export const notInRoom = (): Refusal => ({ errorType: 'error-user-not-in-room', reason: 'You are not in this room', details: { method: 'leaveRoom' } });

export const lastOwner = (): Refusal => ({
	errorType: 'error-you-are-last-owner',
	reason: 'You are the last owner. Please set new owner before leaving the room.',
	details: { method: 'leaveRoom' },
});

/** Check #8: another app's pre-leave event refused the leave; the reason is that app's own message, possibly empty. */
export const appPrevented = (vetoReason: string): Refusal => ({ errorType: 'error-app-prevented', reason: vetoReason });

/**
 * The removal failed and the engine (before 1.53) said nothing readable, while the caller is still in the group: maybe
 * another app's veto, maybe a fault. Not one of core's codes, because core itself would know which it was.
 */
export const removalRefused = (): Refusal => ({
	errorType: 'error-removal-refused',
	reason: 'Rocket.Chat did not remove you from the group and gave no reason (another app may have prevented it)',
});
