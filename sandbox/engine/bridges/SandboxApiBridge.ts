import { ApiBridge } from '@rocket.chat/apps-engine/server/bridges/ApiBridge';
import type { AppApi } from '@rocket.chat/apps-engine/server/managers/AppApi';

import type { AppEndpoint } from '../../http/AppsGateway';

/** The apps' HTTP endpoints as they registered them; the HTTP front routes requests to them as Rocket.Chat's router does. */
export class SandboxApiBridge extends ApiBridge {
	private readonly apisByApp = new Map<string, AppApi[]>();

	endpoints(appId: string): AppEndpoint[] | undefined {
		const apis = this.apisByApp.get(appId);
		return apis?.map(({ endpoint }) => ({ path: endpoint.path, authRequired: endpoint.authRequired === true }));
	}

	protected async registerApi(api: AppApi, appId: string): Promise<void> {
		this.apisByApp.set(appId, [...(this.apisByApp.get(appId) ?? []), api]);
	}

	protected async unregisterApis(appId: string): Promise<void> {
		this.apisByApp.delete(appId);
	}
}
