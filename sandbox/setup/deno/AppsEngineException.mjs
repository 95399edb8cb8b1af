// The runtime imports `@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts` as a value, but the
// package ships only the compiled `.js`. The import map points `@rocket.chat/apps-engine/` at the engine's unshipped
// `src/`; dropping that `src/` is the same rewrite the runtime's own lib/require.ts does for its value imports.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(import.meta.resolve('@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.js')).replace(
	'apps-engine/src/',
	'apps-engine/',
);

export const { AppsEngineException } = createRequire(import.meta.url)(compiled);
