/**
 * Splits a slash command's text into the arguments an app receives, with Rocket.Chat's rules
 * (apps/meteor/lib/utils/parseParameters.ts): white space (space, tab, new line) separates arguments, runs of it
 * count once, a "double" or 'single' quoted part is kept whole without its quotes (a backslash escapes a quote
 * inside it; a quote never closed is an ordinary character), two quoted parts written back to back are two
 * arguments, and once the text has a quoted part `\"` becomes `"` in every argument. Blank text gives no arguments.
 */
export function parseSlashCommandParams(text: string): string[] {
	const args: string[] = [];
	let current: string | undefined;
	let afterQuotedPart = false;
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		const closing = char === '"' || char === "'" ? closingQuoteIndex(text, i) : -1;
		if (/[ \t\n\r]/.test(char)) {
			if (current !== undefined) {
				args.push(current);
			}
			current = undefined;
			afterQuotedPart = false;
			i++;
		} else if (closing === -1) {
			current = (current ?? '') + char;
			afterQuotedPart = false;
			i++;
		} else {
			if (afterQuotedPart && current !== undefined) {
				args.push(current);
				current = undefined;
			}
			current = (current ?? '') + text.slice(i + 1, closing);
			afterQuotedPart = true;
			quoted = true;
			i = closing + 1;
		}
	}
	if (current !== undefined) {
		args.push(current);
	}
	return quoted ? args.map((arg) => arg.replace(/\\"/g, '"')) : args;
}

/** The index of the quote that closes the one at `open`, skipping backslash-escaped characters; -1 when it is never closed. */
function closingQuoteIndex(text: string, open: number): number {
	for (let i = open + 1; i < text.length; i++) {
		if (text[i] === '\\') {
			i++;
		} else if (text[i] === text[open]) {
			return i;
		}
	}
	return -1;
}
