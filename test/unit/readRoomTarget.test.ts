import { readRoomTarget } from '../../src/endpoint/readRoomTarget';

describe('readRoomTarget: the room a groups.leave body names', () => {
	it('reads roomId', () => {
		expect(readRoomTarget({ roomId: 'GROUP1' })).toEqual({ roomId: 'GROUP1' });
	});

	it('reads roomName without stripping a leading #', () => {
		expect(readRoomTarget({ roomName: '#team' })).toEqual({ roomName: '#team' });
	});

	it('lets roomId win when both are sent', () => {
		expect(readRoomTarget({ roomId: 'GROUP1', roomName: 'team' })).toEqual({ roomId: 'GROUP1' });
	});

	it('lets an empty roomId win over a roomName, as core does', () => {
		expect(readRoomTarget({ roomId: '', roomName: 'team' })).toEqual({ roomId: '' });
	});

	it('keeps a lone empty roomId or roomName as a (missing) room, not as no parameter', () => {
		expect(readRoomTarget({ roomId: '' })).toEqual({ roomId: '' });
		expect(readRoomTarget({ roomName: '' })).toEqual({ roomName: '' });
	});

	it.each([
		['an empty body', {}],
		['both parameters empty', { roomId: '', roomName: '' }],
		['only other fields', { userId: 'U1', username: 'bob' }],
		['null', null],
		['undefined', undefined],
		['a string', 'roomId=GROUP1'],
		['a number', 42],
		['an array', [{ roomId: 'GROUP1' }]],
		['a non-string roomId', { roomId: 42 }],
		['an object roomId', { roomId: { $ne: null } }],
		['an array roomName', { roomName: ['team'] }],
		['a null roomId and roomName', { roomId: null, roomName: null }],
		[
			'a class instance',
			new (class Body {
				roomId = 'GROUP1';
			})(),
		],
	])('names no room for %s', (_label, content) => {
		expect(readRoomTarget(content)).toBeUndefined();
	});

	it('treats a non-string roomId as not sent, so roomName decides', () => {
		expect(readRoomTarget({ roomId: 7, roomName: 'team' })).toEqual({ roomName: 'team' });
	});

	it('reads own properties only: __proto__ or constructor cannot supply roomId', () => {
		expect(readRoomTarget(JSON.parse('{"__proto__":{"roomId":"GROUP1"}}'))).toBeUndefined();
		expect(readRoomTarget({ constructor: { roomId: 'GROUP1' } })).toBeUndefined();
		const inherited = Object.create({ roomId: 'GROUP1' }) as object;
		expect(readRoomTarget(inherited)).toBeUndefined();
	});

	it('does not pollute Object.prototype', () => {
		readRoomTarget(JSON.parse('{"__proto__":{"polluted":true},"roomName":"team"}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('accepts a prototype-less object, as a body parser may produce', () => {
		const body = Object.assign(Object.create(null) as object, { roomName: 'team' });
		expect(readRoomTarget(body)).toEqual({ roomName: 'team' });
	});
});
