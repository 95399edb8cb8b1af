/** What `/leavegroup` was asked: the room it was typed in, a group named by its argument, or nonsense. */
export type CommandRequest = { kind: 'currentRoom' } | { kind: 'namedGroup'; reference: string } | { kind: 'usage' };

/** Rocket.Chat splits the arguments on white space, keeping quoted strings together; no argument arrives as []. */
export function parseArguments(args: ReadonlyArray<string>): CommandRequest {
	const words = args.filter((word) => word.trim().length > 0);
	if (words.length === 0) {
		return { kind: 'currentRoom' };
	}
	// A lone `#` names nothing.
	if (words.length > 1 || words[0] === '#') {
		return { kind: 'usage' };
	}
	return { kind: 'namedGroup', reference: words[0].trim() };
}
