/** Meteor's Random.id(), which Rocket.Chat uses for room ids: 17 characters from an alphabet without look-alike characters. */
const RANDOM_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';

const RANDOM_ID_LENGTH = 17;

const RANDOM_ID_PATTERN = new RegExp(`^[${RANDOM_ID_ALPHABET}]{${RANDOM_ID_LENGTH}}$`);

/** Whether `value` could have come from Random.id(); ids from imports or other tools can still have other shapes. */
export function hasRandomIdShape(value: string): boolean {
	return RANDOM_ID_PATTERN.test(value);
}
