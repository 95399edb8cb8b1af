import { ApiBridge } from '@rocket.chat/apps-engine/server/bridges/ApiBridge';
import type { AppApi } from '@rocket.chat/apps-engine/server/managers/AppApi';

export interface MatchedEndpoint {
	/** The endpoint's declared path, which the engine's api manager takes to find it. */
	path: string;
	/** Values of the path's `:name` segments. */
	params: Record<string, string>;
	/** Rocket.Chat refuses a request without valid credentials before the app sees it. */
	authRequired: boolean;
}

/** The apps' HTTP endpoints, as Rocket.Chat's router holds them under /api/apps/{public|private}/:appId/. */
export class SandboxApiBridge extends ApiBridge {
	private readonly apisByApp = new Map<string, AppApi[]>();

	/** The endpoint of the app that a request path (after the app id or hash) reaches, matching `:name` segments as Rocket.Chat's router does. */
	match(appId: string, requestPath: string): MatchedEndpoint | undefined {
		const requested = segmentsOf(requestPath);
		for (const api of this.apisByApp.get(appId) ?? []) {
			const declared = segmentsOf(api.endpoint.path);
			if (declared.length !== requested.length) {
				continue;
			}
			const params: Record<string, string> = {};
			const matches = declared.every((segment, i) => {
				if (segment.startsWith(':')) {
					params[segment.slice(1)] = decodeURIComponent(requested[i]);
					return true;
				}
				return segment === requested[i];
			});
			if (matches) {
				return { path: api.endpoint.path, params, authRequired: api.endpoint.authRequired === true };
			}
		}
		return undefined;
	}

	endpointPaths(appId: string): string[] {
		return (this.apisByApp.get(appId) ?? []).map((api) => api.endpoint.path);
	}

	protected async registerApi(api: AppApi, appId: string): Promise<void> {
		this.apisByApp.set(appId, [...(this.apisByApp.get(appId) ?? []), api]);
	}

	protected async unregisterApis(appId: string): Promise<void> {
		this.apisByApp.delete(appId);
	}
}

function segmentsOf(path: string): string[] {
	return path.split('/').filter((segment) => segment !== '');
}
