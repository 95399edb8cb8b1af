/**
 * Every text /leavegroup can tell its sender. Placeholders: {name} a group name, {reference} what the sender typed, {moderators} @-names,
 * {reason} the message of another app that vetoed the leave.
 */
export type MessageKey =
	| 'left'
	| 'usage'
	| 'notPrivateGroup'
	| 'groupNotFound'
	| 'groupArchived'
	| 'notAllowed'
	| 'notInDiscussion'
	| 'lastOwner'
	| 'lastOwnerWithModerators'
	| 'appPrevented'
	| 'appPreventedWithoutReason'
	| 'removalRefused'
	| 'unexpectedError';

export type Catalogue = Record<MessageKey, string>;
