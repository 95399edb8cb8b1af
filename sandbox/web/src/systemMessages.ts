import type { Message } from './types';

// How a person reads the system messages the workspace writes, in the words of Rocket.Chat's English client: the
// message's `msg` holds the username it is about, `u` who did it.
const TEXTS: Record<string, (message: Message) => string> = {
	ul: () => 'Has left the room.',
	uj: () => 'Has joined the room.',
	ut: () => 'Has joined the conversation.',
	au: ({ msg, u }) => `User ${msg} added by ${u?.username ?? ''}.`,
	ru: ({ msg, u }) => `User ${msg} removed by ${u?.username ?? ''}.`,
	'subscription-role-added': ({ msg, role, u }) => `${msg} was set ${role ?? ''} by ${u?.username ?? ''}`,
	'subscription-role-removed': ({ msg, role, u }) => `${msg} is no longer ${role ?? ''} by ${u?.username ?? ''}`,
	'room-archived': ({ u }) => `This room has been archived by ${u?.username ?? ''}`,
	'room-unarchived': ({ u }) => `This room has been unarchived by ${u?.username ?? ''}`,
	'discussion-created': ({ msg }) => `Discussion started: ${msg}`,
};

/** The line a system message shows, or undefined for an ordinary message. */
export function systemText(message: Message): string | undefined {
	return message.t === undefined ? undefined : (TEXTS[message.t]?.(message) ?? message.t);
}
