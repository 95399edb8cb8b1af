import type {
	AppActionButton,
	AppEndpoint,
	AppHttpRequest,
	AppHttpResponse,
	AppPackageUpload,
	AppSetting,
	AppsGateway,
	AppUploadResult,
	InstalledAppView,
	SlashCommandRun,
	UiInteractionRequest,
} from '../sandbox/http/AppsGateway';

/**
 * Sits between the REST server and the engine and times each call into the engine: what the app and its accessor
 * round trips cost, apart from what the HTTP layer (parsing, authentication, routing, serialising) adds around it.
 */
export class TimedGateway implements AppsGateway {
	private last: number | undefined;

	constructor(private readonly engine: AppsGateway) {}

	/** How long the most recent executeApi / runCommand spent in the engine; read once, right after the HTTP answer. */
	takeLastEngineMs(): number {
		const last = this.last;
		if (last === undefined) {
			throw new Error('the last request did not reach the engine');
		}
		this.last = undefined;
		return last;
	}

	appEndpoints(appId: string): AppEndpoint[] | undefined {
		return this.engine.appEndpoints(appId);
	}

	executeApi(appId: string, endpointPath: string, request: AppHttpRequest): Promise<AppHttpResponse> {
		return this.timed(() => this.engine.executeApi(appId, endpointPath, request));
	}

	runCommand(run: SlashCommandRun): Promise<boolean> {
		return this.timed(() => this.engine.runCommand(run));
	}

	hasCommand(command: string): boolean {
		return this.engine.hasCommand(command);
	}

	accessorCalls(): Record<string, number> {
		return this.engine.accessorCalls();
	}

	// Settings are not what the bench measures: passed through untimed.
	appSettings(appId: string): Record<string, AppSetting> | undefined {
		return this.engine.appSettings(appId);
	}

	updateAppSetting(appId: string, setting: AppSetting): Promise<void> {
		return this.engine.updateAppSetting(appId, setting);
	}

	uiInteraction(request: UiInteractionRequest): Promise<unknown> {
		return this.timed(() => this.engine.uiInteraction(request));
	}

	actionButtons(): Promise<AppActionButton[]> {
		return this.engine.actionButtons();
	}

	get engineVersion(): string {
		return this.engine.engineVersion;
	}

	// Installing and updating apps is not what the bench measures either.
	install(upload: AppPackageUpload): Promise<AppUploadResult> {
		return this.engine.install(upload);
	}

	update(upload: AppPackageUpload): Promise<AppUploadResult> {
		return this.engine.update(upload);
	}

	installedApp(appId: string): Promise<InstalledAppView | undefined> {
		return this.engine.installedApp(appId);
	}

	private async timed<T>(call: () => Promise<T>): Promise<T> {
		const started = performance.now();
		try {
			return await call();
		} finally {
			this.last = performance.now() - started;
		}
	}
}
