// The sandbox's API for tests, benchmarks and start scripts: a workspace, the engine hosting an app zip, the REST server.
// First: the chosen engine must be in place before any module below loads an engine module.
import './engine/engineSelection';
export { SandboxEngine } from './engine/SandboxEngine';
export type { SandboxEngineOptions } from './engine/SandboxEngine';
export { AppConverters } from './engine/converters/AppConverters';
export { SandboxBridges } from './engine/bridges/SandboxBridges';
export type { AppActionButton, AppHttpRequest, AppHttpResponse, AppSetting, AppsGateway, SlashCommandRun, UiInteractionRequest } from './http/AppsGateway';
export { createSandboxServer } from './http/server';
export { runSandbox, startFromCommandLine } from './main';
export type { RunningSandbox } from './main';
export { Workspace } from './workspace/Workspace';
export { WorkspaceError } from './workspace/WorkspaceError';
export type * from './workspace/records';
export type { UserStreamEvent } from './workspace/userStreams';
export type { UserSurface } from './workspace/userSurfaces';
export type { AssociationRecord } from './workspace/appPersistence';
