/**
 * A refusal with Rocket.Chat's error vocabulary: `errorType` is its code (error-duplicate-channel-name, …),
 * `reason` its English text. The REST layer renders it as `{ success:false, error:"<reason> [<errorType>]", errorType }`.
 * Its message is written as Meteor.Error writes one (`[<errorType>]` alone for an empty reason): through the engine's
 * bridges an app sees nothing of a host error but its message.
 */
export class WorkspaceError extends Error {
	constructor(
		readonly errorType: string,
		readonly reason: string,
		readonly details?: Record<string, unknown>,
	) {
		super(reason ? `${reason} [${errorType}]` : `[${errorType}]`);
		this.name = 'WorkspaceError';
	}
}
