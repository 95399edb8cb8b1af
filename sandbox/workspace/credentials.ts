import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { randomSecret } from './ids';

// Passwords and login tokens, kept apart from the user records so they never reach an API answer.
// A salted SHA-256, not a slow KDF: the sandbox is in memory and loopback-only, and benchmarks create
// thousands of users, which a deliberately slow hash would turn into minutes.

interface PasswordHash {
	salt: Buffer;
	digest: Buffer;
}

function digestPassword(salt: Buffer, password: string): Buffer {
	return createHash('sha256').update(salt).update(password, 'utf8').digest();
}

// Rocket.Chat stores login tokens hashed (Accounts._hashLoginToken: SHA-256, base64).
function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('base64');
}

export class Credentials {
	private readonly passwords = new Map<string, PasswordHash>();

	private readonly tokens = new Map<string, Set<string>>();

	setPassword(userId: string, password: string): void {
		const salt = randomBytes(16);
		this.passwords.set(userId, { salt, digest: digestPassword(salt, password) });
	}

	checkPassword(userId: string, password: string): boolean {
		const stored = this.passwords.get(userId);
		return stored !== undefined && timingSafeEqual(stored.digest, digestPassword(stored.salt, password));
	}

	issueToken(userId: string): string {
		const token = randomSecret();
		const userTokens = this.tokens.get(userId) ?? new Set<string>();
		userTokens.add(hashToken(token));
		this.tokens.set(userId, userTokens);
		return token;
	}

	hasToken(userId: string, token: string): boolean {
		return this.tokens.get(userId)?.has(hashToken(token)) ?? false;
	}

	revokeTokens(userId: string): void {
		this.tokens.delete(userId);
	}
}
