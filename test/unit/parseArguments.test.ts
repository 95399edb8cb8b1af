import { parseArguments } from '../../src/command/parseArguments';

describe('parseArguments: what /leavegroup was asked', () => {
	it('leaves the current room without an argument', () => {
		expect(parseArguments([])).toEqual({ kind: 'currentRoom' });
	});

	it('ignores empty words Rocket.Chat may pass', () => {
		expect(parseArguments(['', '  '])).toEqual({ kind: 'currentRoom' });
	});

	it.each([['#team'], ['team'], ['GROUP1xyzABCDEFGH']])('takes one argument %s as the group meant', (argument) => {
		expect(parseArguments([argument])).toEqual({ kind: 'namedGroup', reference: argument });
	});

	it('keeps a quoted name with spaces as one reference', () => {
		expect(parseArguments(['my team'])).toEqual({ kind: 'namedGroup', reference: 'my team' });
	});

	it('answers usage for more than one argument', () => {
		expect(parseArguments(['#team', 'now'])).toEqual({ kind: 'usage' });
	});

	it('answers usage for a lone #', () => {
		expect(parseArguments(['#'])).toEqual({ kind: 'usage' });
	});
});
