import { randomBytes, randomInt } from 'node:crypto';

// Rocket.Chat's Random.id(): 17 characters from an alphabet without look-alike characters.
const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
const ID_LENGTH = 17;

export function randomId(): string {
	let id = '';
	for (let i = 0; i < ID_LENGTH; i++) {
		id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
	}
	return id;
}

/** A 43-character url-safe secret, the length of Rocket.Chat's login tokens. */
export function randomSecret(): string {
	return randomBytes(32).toString('base64url');
}
