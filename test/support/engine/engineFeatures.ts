// What the Apps-Engine hosting the app in this run can do, for tests whose expectation differs by engine
// (SANDBOX_ENGINE picks the engine; see jest.engine.config.js).
import { hostedEngineVersion } from '../../../sandbox/engine/engineSelection';

const [major, minor] = hostedEngineVersion().split('.').map(Number);

/** `IUserRead.getUserRoomIds` came with Apps-Engine 1.58 (Rocket.Chat 7.13); before it the app reads the member list. */
export const ENGINE_HAS_USER_ROOM_IDS = major > 1 || minor >= 58;

/**
 * Apps-Engine 1.53 passes the host's error message to the app. Before it (1.46 here) every failed accessor call reaches
 * the app as `[object Object]`, so another app's veto reads like a fault and the app answers `error-removal-refused`.
 */
export const ENGINE_PASSES_HOST_ERRORS = major > 1 || minor >= 53;

/**
 * From 1.53 the engine keeps the app's status on the host. Before it, every endpoint call first asks the app's Deno
 * subprocess for its status: one more round trip, and the request a killed subprocess leaves unanswered is often that read.
 */
export const ENGINE_KEEPS_APP_STATUS = major > 1 || minor >= 53;
