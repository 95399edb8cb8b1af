/**
 * A refusal with Rocket.Chat's error vocabulary: `errorType` is its code (error-duplicate-channel-name, …),
 * `reason` its English text. The REST layer renders it as `{ success:false, error:"<reason> [<errorType>]", errorType }`.
 */
export class WorkspaceError extends Error {
	constructor(
		readonly errorType: string,
		readonly reason: string,
		readonly details?: Record<string, unknown>,
	) {
		super(`${reason} [${errorType}]`);
		this.name = 'WorkspaceError';
	}
}
