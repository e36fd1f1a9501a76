import { APIRequestContext, request } from 'playwright-core';
import { DEMO_PASSWORD, baseUrl } from './browser';

/** A signed-in HTTP session, to learn what the API itself answers for a user. */
export async function apiAs(email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const response = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!response.ok())
    throw new Error(`Sign-in of ${email} failed: ${response.status()} ${await response.text()}`);
  return api;
}
