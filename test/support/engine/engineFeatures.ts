// What the Apps-Engine hosting the app in this run can do, for tests whose expectation differs by engine
// (SANDBOX_ENGINE picks the engine; see jest.engine.config.js).
import { hostedEngineVersion } from '../../../sandbox/engine/engineSelection';

const [major, minor] = hostedEngineVersion.split('.').map(Number);

/** `IUserRead.getUserRoomIds` came with Apps-Engine 1.58 (Rocket.Chat 7.13); before it the app reads the member list. */
export const ENGINE_HAS_USER_ROOM_IDS = major > 1 || minor >= 58;
