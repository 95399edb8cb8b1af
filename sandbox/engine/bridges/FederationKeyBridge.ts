import { generateKeyPairSync } from 'node:crypto';

import type { IInternalFederationBridge } from '@rocket.chat/apps-engine/server/bridges/IInternalFederationBridge';

/**
 * The engine signs every app it adds with the workspace's federation key pair (AppSignatureManager). The sandbox has
 * no federation, so it makes one RSA pair per engine: PKCS8 private key, SPKI public key, both PEM, as Rocket.Chat stores them.
 */
export class FederationKeyBridge implements IInternalFederationBridge {
	private readonly keys = generateKeyPairSync('rsa', {
		modulusLength: 2048,
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
		publicKeyEncoding: { type: 'spki', format: 'pem' },
	});

	async getPrivateKey(): Promise<string> {
		return this.keys.privateKey;
	}

	async getPublicKey(): Promise<string> {
		return this.keys.publicKey;
	}
}
