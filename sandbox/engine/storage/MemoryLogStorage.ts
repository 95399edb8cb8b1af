import type { ILoggerStorageEntry } from '@rocket.chat/apps-engine/server/logging';
import type { IAppLogStorageFindOptions } from '@rocket.chat/apps-engine/server/storage';
import { AppLogStorage } from '@rocket.chat/apps-engine/server/storage';

/** The apps' log entries (Rocket.Chat's "View Logs"), kept in memory so tests can read what the app logged. Field equality only in queries. */
export class MemoryLogStorage extends AppLogStorage {
	private readonly entries: ILoggerStorageEntry[] = [];

	constructor() {
		super('sandbox-memory');
	}

	async findPaginated(query: { [field: string]: unknown }, options: IAppLogStorageFindOptions = {}): Promise<{ logs: ILoggerStorageEntry[]; total: number }> {
		const matching = this.entries.filter((entry) =>
			Object.entries(query).every(([field, value]) => (entry as unknown as Record<string, unknown>)[field] === value),
		);
		const start = options.skip ?? 0;
		const end = options.limit === undefined ? undefined : start + options.limit;
		return { logs: matching.slice(start, end), total: matching.length };
	}

	async storeEntries(entry: ILoggerStorageEntry): Promise<ILoggerStorageEntry> {
		const stored = { ...entry, _createdAt: entry._createdAt ?? new Date() };
		this.entries.push(stored);
		return stored;
	}

	async getEntriesFor(appId: string): Promise<ILoggerStorageEntry[]> {
		return this.entries.filter((entry) => entry.appId === appId);
	}

	async removeEntriesFor(appId: string): Promise<void> {
		for (let i = this.entries.length - 1; i >= 0; i--) {
			if (this.entries[i].appId === appId) {
				this.entries.splice(i, 1);
			}
		}
	}
}
