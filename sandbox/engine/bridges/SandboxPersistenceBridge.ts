import type { RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import { PersistenceBridge } from '@rocket.chat/apps-engine/server/bridges/PersistenceBridge';

import type { AppPersistenceStore } from '../../workspace/appPersistence';

/**
 * The apps' persistence (IPersistence, IPersistenceRead) over the workspace's store, with the answers of Rocket.Chat's
 * AppPersistenceBridge (app/apps/server/bridges/persistence.ts): reading a missing id answers undefined, removing
 * answers the removed data (undefined when nothing matched), updateByAssociations upserts by default and answers the
 * new record's id or '' when it updated existing ones, and update by id is not implemented. The engine checks the
 * `persistence` permission first.
 */
export class SandboxPersistenceBridge extends PersistenceBridge {
	constructor(private readonly store: AppPersistenceStore) {
		super();
	}

	protected async purge(appId: string): Promise<void> {
		this.store.purge(appId);
	}

	protected async create(data: object, appId: string): Promise<string> {
		return this.store.create(appId, storable(data));
	}

	protected async createWithAssociations(data: object, associations: Array<RocketChatAssociationRecord>, appId: string): Promise<string> {
		return this.store.create(appId, storable(data), associations.map(plain));
	}

	protected async readById(id: string): Promise<object> {
		return this.store.readById(id) as object;
	}

	protected async readByAssociations(associations: Array<RocketChatAssociationRecord>, appId: string): Promise<Array<object>> {
		return this.store.readByAssociations(appId, associations.map(plain));
	}

	protected async remove(id: string, appId: string): Promise<object | undefined> {
		return this.store.remove(appId, id);
	}

	protected async removeByAssociations(associations: Array<RocketChatAssociationRecord>, appId: string): Promise<Array<object> | undefined> {
		return this.store.removeByAssociations(appId, associations.map(plain));
	}

	protected async update(_id: string, data: object): Promise<string> {
		storable(data);
		throw new Error('Not implemented.');
	}

	protected async updateByAssociations(
		associations: Array<RocketChatAssociationRecord>,
		data: object,
		upsert: boolean | undefined,
		appId: string,
	): Promise<string> {
		return this.store.updateByAssociations(appId, associations.map(plain), storable(data), upsert ?? true);
	}
}

// Rocket.Chat's bridge refuses anything but an object, with this text.
function storable(data: unknown): object {
	if (typeof data !== 'object') {
		throw new Error('Attempted to store an invalid data type, it must be an object.');
	}
	return data as object;
}

// The records arrive from the app's subprocess as plain `{ model, id }` objects; keep just those, in that order.
function plain(association: RocketChatAssociationRecord): { model: string; id: string } {
	const { model, id } = association as unknown as { model: string; id: string };
	return { model, id };
}
