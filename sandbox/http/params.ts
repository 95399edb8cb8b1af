import type { Params } from './route';

// Typed reads of client parameters: a value of the wrong type counts as absent, never as a crash.

export function has(params: Params, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(params, key);
}

export function stringParam(params: Params, key: string): string | undefined {
	const value = has(params, key) ? params[key] : undefined;
	return typeof value === 'string' ? value : undefined;
}

/** A non-empty string after trimming, else undefined. */
export function filledParam(params: Params, key: string): string | undefined {
	const value = stringParam(params, key);
	return value !== undefined && value.trim() !== '' ? value : undefined;
}

export function stringListParam(params: Params, key: string): string[] | undefined {
	const value = has(params, key) ? params[key] : undefined;
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** true / 'true' (form bodies and query strings carry text). */
export function booleanParam(params: Params, key: string): boolean | undefined {
	const value = has(params, key) ? params[key] : undefined;
	if (value === true || value === 'true') {
		return true;
	}
	if (value === false || value === 'false') {
		return false;
	}
	return undefined;
}

/** A non-negative integer, else the fallback. */
export function countParam(params: Params, key: string, fallback: number): number {
	const raw = has(params, key) ? params[key] : undefined;
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
	return Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}
