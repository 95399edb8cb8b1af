import type { AppStatus } from '@rocket.chat/apps-engine/definition/AppStatus';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { IMarketplaceInfo } from '@rocket.chat/apps-engine/server/marketplace';
import type { IAppStorageItem } from '@rocket.chat/apps-engine/server/storage';
import { AppMetadataStorage } from '@rocket.chat/apps-engine/server/storage';

/** The installed apps' records (Rocket.Chat keeps them in its `apps` collection), in memory for the sandbox's lifetime. */
export class MemoryMetadataStorage extends AppMetadataStorage {
	private readonly items = new Map<string, IAppStorageItem>();

	constructor() {
		super('sandbox-memory');
	}

	async create(item: IAppStorageItem): Promise<IAppStorageItem> {
		if (this.items.has(item.id)) {
			throw new Error(`App ${item.id} is already stored`);
		}
		const now = new Date();
		const stored = { ...item, _id: item.id, createdAt: now, updatedAt: now };
		this.items.set(item.id, stored);
		return stored;
	}

	async retrieveOne(id: string): Promise<IAppStorageItem | null> {
		return this.items.get(id) ?? null;
	}

	async retrieveAll(): Promise<Map<string, IAppStorageItem>> {
		return new Map(this.items);
	}

	async retrieveAllPrivate(): Promise<Map<string, IAppStorageItem>> {
		return new Map([...this.items].filter(([, item]) => item.installationSource === 'private'));
	}

	async remove(id: string): Promise<{ success: boolean }> {
		return { success: this.items.delete(id) };
	}

	async updatePartialAndReturnDocument(item: Partial<IAppStorageItem>, options?: { unsetPermissionsGranted?: boolean }): Promise<IAppStorageItem> {
		const stored = this.require(item._id ?? item.id);
		const updated: IAppStorageItem = { ...stored, ...item, updatedAt: new Date() };
		if (options?.unsetPermissionsGranted) {
			delete updated.permissionsGranted;
		}
		this.items.set(stored.id, updated);
		return updated;
	}

	/** Engines before 1.57 store a whole record with update() instead of the partial updates above. */
	async update(item: IAppStorageItem): Promise<IAppStorageItem> {
		return this.updatePartialAndReturnDocument(item);
	}

	async updateStatus(id: string, status: AppStatus): Promise<boolean> {
		return this.patch(id, { status });
	}

	async updateSetting(id: string, setting: ISetting): Promise<boolean> {
		const stored = this.require(id);
		return this.patch(id, { settings: { ...stored.settings, [setting.id]: setting } });
	}

	async updateAppInfo(id: string, info: IAppInfo): Promise<boolean> {
		return this.patch(id, { info });
	}

	async updateMarketplaceInfo(id: string, marketplaceInfo: IMarketplaceInfo[]): Promise<boolean> {
		return this.patch(id, { marketplaceInfo });
	}

	private patch(id: string, changes: Partial<IAppStorageItem>): boolean {
		const stored = this.items.get(id);
		if (!stored) {
			return false;
		}
		this.items.set(id, { ...stored, ...changes, updatedAt: new Date() });
		return true;
	}

	private require(id: string | undefined): IAppStorageItem {
		const stored = id === undefined ? undefined : this.items.get(id);
		if (!stored) {
			throw new Error(`No app ${id} is stored`);
		}
		return stored;
	}
}
