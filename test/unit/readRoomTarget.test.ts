import { readRoomTarget } from '../../src/endpoint/readRoomTarget';

const NOT_PROVIDED = { provided: false };
/** A room parameter was sent, but its value can name no group. */
const UNMATCHABLE = { provided: true };

describe('readRoomTarget: the room a groups.leave body names', () => {
	it('reads roomId', () => {
		expect(readRoomTarget({ roomId: 'GROUP1' })).toEqual({ provided: true, target: { roomId: 'GROUP1' } });
	});

	it('reads roomName without stripping a leading #', () => {
		expect(readRoomTarget({ roomName: '#team' })).toEqual({ provided: true, target: { roomName: '#team' } });
	});

	it('lets roomId win when both are sent', () => {
		expect(readRoomTarget({ roomId: 'GROUP1', roomName: 'team' })).toEqual({ provided: true, target: { roomId: 'GROUP1' } });
	});

	it.each([
		['an empty roomId', { roomId: '', roomName: 'team' }],
		['a null roomId', { roomId: null, roomName: 'team' }],
		['a numeric roomId', { roomId: 7, roomName: 'team' }],
		['a false roomId', { roomId: false, roomName: 'team' }],
		['an object roomId', { roomId: { $ne: null }, roomName: 'team' }],
		['an array roomId', { roomId: ['GROUP1'], roomName: 'team' }],
	])('lets %s win over a roomName and match no group, as core does', (_label, content) => {
		expect(readRoomTarget(content)).toEqual(UNMATCHABLE);
	});

	it.each([
		['a lone empty roomId', { roomId: '' }],
		['a lone empty roomName', { roomName: '' }],
		['a lone null roomId', { roomId: null }],
		['a lone null roomName', { roomName: null }],
		['a non-string roomId', { roomId: 42 }],
		['an object roomId', { roomId: { $ne: null } }],
		['an array roomName', { roomName: ['team'] }],
		['a true roomName', { roomName: true }],
		['an empty array roomId beside an empty roomName (an array is not empty to core)', { roomId: [], roomName: '' }],
	])('takes %s as a room that matches no group, not as no parameter', (_label, content) => {
		expect(readRoomTarget(content)).toEqual(UNMATCHABLE);
	});

	it.each([
		['an empty body', {}],
		['both parameters empty', { roomId: '', roomName: '' }],
		['both parameters null', { roomId: null, roomName: null }],
		['both parameters falsy', { roomId: 0, roomName: false }],
		['only other fields', { userId: 'U1', username: 'bob' }],
		['null', null],
		['undefined', undefined],
		['a string', 'roomId=GROUP1'],
		['a number', 42],
		['an array', [{ roomId: 'GROUP1' }]],
		[
			'a class instance',
			new (class Body {
				roomId = 'GROUP1';
			})(),
		],
	])('names no room for %s', (_label, content) => {
		expect(readRoomTarget(content)).toEqual(NOT_PROVIDED);
	});

	it('reads own properties only: __proto__ or constructor cannot supply roomId', () => {
		expect(readRoomTarget(JSON.parse('{"__proto__":{"roomId":"GROUP1"}}'))).toEqual(NOT_PROVIDED);
		expect(readRoomTarget({ constructor: { roomId: 'GROUP1' } })).toEqual(NOT_PROVIDED);
		const inherited = Object.create({ roomId: 'GROUP1' }) as object;
		expect(readRoomTarget(inherited)).toEqual(NOT_PROVIDED);
	});

	it('does not pollute Object.prototype', () => {
		readRoomTarget(JSON.parse('{"__proto__":{"polluted":true},"roomName":"team"}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('accepts a prototype-less object, as a body parser may produce', () => {
		const body = Object.assign(Object.create(null) as object, { roomName: 'team' });
		expect(readRoomTarget(body)).toEqual({ provided: true, target: { roomName: 'team' } });
	});
});
