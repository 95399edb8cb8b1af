import { AppDetailChangesBridge } from '@rocket.chat/apps-engine/server/bridges/AppDetailChangesBridge';

/** Rocket.Chat pushes an app's changed setting to its clients here; the sandbox has none (settings live in the app's stored record). */
export class SandboxDetailChangesBridge extends AppDetailChangesBridge {
	protected onAppSettingsChange(): void {}
}
