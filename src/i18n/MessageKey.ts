/**
 * Every text /leavegroup can tell its sender. Placeholders: {name} a group name, {reference} what the sender typed, {moderators} @-names,
 * {reason} the message of another app that vetoed the leave, {rejoin} and {candidates} @-names, {roles} room roles,
 * {minutes} how long Undo lasts.
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
	| 'unexpectedError'
	| 'dialogTitle'
	| 'dialogWhatLeavingDoes'
	| 'dialogYourRoles'
	| 'dialogLeave'
	| 'dialogCancel'
	| 'dialogClose'
	| 'dialogLastOwner'
	| 'dialogCandidates'
	| 'dialogDeleteExplain'
	| 'dialogDeleteLabel'
	| 'dialogDeleteButton'
	| 'dialogDeleteMismatch'
	| 'soleOwnerCannotDelete'
	| 'deleted'
	| 'leftWithUndo'
	| 'undo'
	| 'lastOwnerOptions'
	| 'undone'
	| 'undoExpired'
	| 'undoUsed'
	| 'undoNotYours'
	| 'undoGone'
	| 'undoArchived'
	| 'undoAlreadyMember';

export type Catalogue = Record<MessageKey, string>;
