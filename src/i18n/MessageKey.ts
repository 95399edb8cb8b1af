/** Every text /leavegroup can tell its sender. Placeholders: {name} a group name, {reference} what the sender typed, {moderators} @-names. */
export type MessageKey =
	'left' | 'usage' | 'notPrivateGroup' | 'groupNotFound' | 'groupArchived' | 'notAllowed' | 'lastOwner' | 'lastOwnerWithModerators' | 'unexpectedError';

export type Catalogue = Record<MessageKey, string>;
