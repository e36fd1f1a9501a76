import { startApiServer } from './api-server';

declare global {
  var franscoreApi: { stop(): Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startApiServer();
  globalThis.franscoreApi = server;
  // Test files read the address from here; Jest hands the environment to them.
  process.env['E2E_BASE_URL'] = server.baseUrl;
}
