import { SchedulerBridge } from '@rocket.chat/apps-engine/server/bridges/SchedulerBridge';

import { unsupported } from './unsupported';

/** The sandbox runs no jobs: registering or scheduling one fails loudly, and so there is never a job to cancel. */
export class SandboxSchedulerBridge extends SchedulerBridge {
	protected async cancelAllJobs(): Promise<void> {}

	protected async registerProcessors(): Promise<void> {
		return unsupported('SchedulerBridge', 'registerProcessors');
	}

	protected async scheduleOnce(): Promise<void> {
		return unsupported('SchedulerBridge', 'scheduleOnce');
	}

	protected async scheduleRecurring(): Promise<void> {
		return unsupported('SchedulerBridge', 'scheduleRecurring');
	}

	protected async cancelJob(): Promise<void> {
		return unsupported('SchedulerBridge', 'cancelJob');
	}
}
