/**
 * Rocket.Chat's bridges answer `undefined` instead of throwing when the app lacks a permission; treating that as an
 * empty list would turn an engine problem into a wrong answer (e.g. "no owners"), so it is raised as a failure.
 */
export function expectList<T>(value: T[] | undefined, call: string): T[] {
	if (!Array.isArray(value)) {
		throw new Error(`${call} answered no list; is the app's permission for it granted?`);
	}
	return value;
}
