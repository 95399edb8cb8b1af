import { randomId } from './ids';

/** An app's association (the Apps-Engine's RocketChatAssociationRecord): `{ model, id }`. */
export interface AssociationRecord {
	model: string;
	id: string;
}

interface PersistenceRecord {
	_id: string;
	appId: string;
	associations?: AssociationRecord[];
	data: object;
}

/**
 * The apps' persistent storage, as Rocket.Chat keeps it in its `rocketchat_apps_persistence` collection: one document
 * `{ _id, appId, associations?, data }` per record. It lives in the workspace, not in the engine, so it outlasts an
 * app's disable/enable and a new engine over the same workspace, as the database outlasts an app restart.
 *
 * Matching follows MongoDB's: a read or removal by associations takes every record whose associations include all
 * of those asked for (`$all`); an update by associations takes the records whose associations equal the list
 * exactly, in order (an equality match on an array). Records are compared as BSON would, key order included.
 * Data is stored and answered as copies.
 */
export class AppPersistenceStore {
	private readonly records = new Map<string, PersistenceRecord>();

	create(appId: string, data: object, associations?: AssociationRecord[]): string {
		const record: PersistenceRecord = {
			_id: randomId(),
			appId,
			...(associations === undefined ? {} : { associations: structuredClone(associations) }),
			data: structuredClone(data),
		};
		this.records.set(record._id, record);
		return record._id;
	}

	/** By id alone, as Rocket.Chat's bridge looks it up (findOneById, not scoped to the app). */
	readById(id: string): object | undefined {
		const record = this.records.get(id);
		return record && structuredClone(record.data);
	}

	readByAssociations(appId: string, associations: AssociationRecord[]): object[] {
		return this.including(appId, associations).map((record) => structuredClone(record.data));
	}

	/** The removed record's data; undefined when the app has no record by that id. */
	remove(appId: string, id: string): object | undefined {
		const record = this.records.get(id);
		if (!record || record.appId !== appId) {
			return undefined;
		}
		this.records.delete(id);
		return record.data;
	}

	/** The removed records' data; undefined when none matched. */
	removeByAssociations(appId: string, associations: AssociationRecord[]): object[] | undefined {
		const matched = this.including(appId, associations);
		if (matched.length === 0) {
			return undefined;
		}
		matched.forEach((record) => this.records.delete(record._id));
		return matched.map((record) => record.data);
	}

	/**
	 * Sets `data` on every record of the app whose associations are exactly these; with `upsert` and none matching,
	 * inserts one. Answers the inserted record's id, or '' when existing records were updated (or none and no upsert).
	 */
	updateByAssociations(appId: string, associations: AssociationRecord[], data: object, upsert: boolean): string {
		const key = JSON.stringify(associations);
		const matched = [...this.records.values()].filter((record) => record.appId === appId && JSON.stringify(record.associations) === key);
		matched.forEach((record) => {
			record.data = structuredClone(data);
		});
		if (matched.length > 0 || !upsert) {
			return '';
		}
		return this.create(appId, data, associations);
	}

	/** Everything the app stored (Rocket.Chat purges it when the app is uninstalled). */
	purge(appId: string): void {
		for (const record of [...this.records.values()]) {
			if (record.appId === appId) {
				this.records.delete(record._id);
			}
		}
	}

	/** How many records the app holds; for tests. */
	count(appId: string): number {
		return [...this.records.values()].filter((record) => record.appId === appId).length;
	}

	private including(appId: string, associations: AssociationRecord[]): PersistenceRecord[] {
		const wanted = associations.map((association) => JSON.stringify(association));
		return [...this.records.values()].filter((record) => {
			if (record.appId !== appId) {
				return false;
			}
			const held = new Set((record.associations ?? []).map((association) => JSON.stringify(association)));
			// MongoDB's $all with an empty list matches nothing.
			return wanted.length > 0 && wanted.every((association) => held.has(association));
		});
	}
}
