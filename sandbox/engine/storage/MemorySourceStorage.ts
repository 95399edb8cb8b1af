import type { IAppStorageItem } from '@rocket.chat/apps-engine/server/storage';
import { AppSourceStorage } from '@rocket.chat/apps-engine/server/storage';

/** The installed apps' packages (Rocket.Chat keeps them in GridFS or on disk), in memory, keyed by app id. */
export class MemorySourceStorage extends AppSourceStorage {
	private readonly packages = new Map<string, Buffer>();

	async store(item: IAppStorageItem, zip: Buffer): Promise<string> {
		this.packages.set(item.id, zip);
		return `memory:${item.id}`;
	}

	async fetch(item: IAppStorageItem): Promise<Buffer> {
		const zip = this.packages.get(item.id);
		if (!zip) {
			throw new Error(`No package is stored for app ${item.id}`);
		}
		return zip;
	}

	async update(item: IAppStorageItem, zip: Buffer): Promise<string> {
		return this.store(item, zip);
	}

	async remove(item: IAppStorageItem): Promise<void> {
		this.packages.delete(item.id);
	}
}
