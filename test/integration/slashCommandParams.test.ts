import { parseSlashCommandParams } from '../../sandbox/engine/slashCommandParams';

// The arguments the sandbox hands a slash command, split with Rocket.Chat's rules (lib/utils/parseParameters.ts).

describe('slash command arguments', () => {
	it.each([
		['', []],
		['   \t\n', []],
		['#team', ['#team']],
		['  a   b\tc\nd ', ['a', 'b', 'c', 'd']],
		['"my group" next', ['my group', 'next']],
		["'single quoted' x", ['single quoted', 'x']],
		['"a""b"', ['a', 'b']],
		['pre"fix and"post', ['prefix andpost']],
		['""', ['']],
		['"escaped \\" quote"', ['escaped " quote']],
		['say \\"hi\\"', ['say', '\\"hi\\"']],
		['"quoted" \\"hi\\"', ['quoted', '"hi"']],
		["it's fine", ["it's", 'fine']],
		['"never closed', ['"never', 'closed']],
	])('splits %j into %j', (text, expected) => {
		expect(parseSlashCommandParams(text)).toEqual(expected);
	});
});
