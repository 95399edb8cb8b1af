// One target per test file: started in beforeAll, stopped (and its processes awaited) in afterAll.
import { Scenario } from './scenario';
import { startTarget, type Target, type TargetOptions } from './target';

export function useScenario(options: TargetOptions = {}): () => Scenario {
	let target: Target | undefined;
	let scenario: Scenario | undefined;
	beforeAll(async () => {
		target = await startTarget(options);
		scenario = new Scenario(target);
	}, 120_000);
	afterAll(async () => {
		await target?.stop();
	}, 30_000);
	return () => {
		if (!scenario) {
			throw new Error('the target did not start (see beforeAll)');
		}
		return scenario;
	};
}
