import { rejectionMessage } from './rejectionMessage';

/**
 * Core's removal first runs other apps' pre-leave event; a veto becomes Meteor.Error('error-app-prevented', <the app's
 * message>). The runtime hands the app only that error's message — no code or fields — which Meteor.Error writes as
 * `<reason> [error-app-prevented]`, or `[error-app-prevented]` when the reason is empty.
 */
const VETO_MESSAGE = /^(?:([\s\S]*) )?\[error-app-prevented\]$/;

/** The vetoing app's reason when `error` is core's veto of the removal; undefined for anything else (an engine failure). */
export function vetoReasonOf(error: unknown): string | undefined {
	const message = rejectionMessage(error);
	const match = message === undefined ? null : VETO_MESSAGE.exec(message);
	return match ? (match[1] ?? '') : undefined;
}
