import {
  ComplaintReceipt,
  ComplaintReceiptSchema,
  Location,
  LocationSchema,
  MeSchema,
  PublicComplaint,
} from '@franscore/domain';
import { randomUUID } from 'node:crypto';
import { APIRequestContext, APIResponse, request } from 'playwright-core';
import { DEMO_PASSWORD, baseUrl } from './browser';

/** A signed-in HTTP session, to learn what the API itself answers for a user. */
export async function apiAs(email: string): Promise<APIRequestContext> {
  return (await sessionAs(email)).api;
}

export interface ApiSession {
  readonly api: APIRequestContext;
  /** A state-changing request with the session's CSRF token, as the portal sends it. */
  post(path: string, data: unknown): Promise<APIResponse>;
}

export async function sessionAs(email: string): Promise<ApiSession> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const response = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!response.ok())
    throw new Error(`Sign-in of ${email} failed: ${response.status()} ${await response.text()}`);
  const { csrfToken } = MeSchema.parse(await response.json());
  return {
    api,
    post: (path, data) => api.post(path, { data, headers: { 'x-csrf-token': csrfToken } }),
  };
}

/** The location staff@ works at, as the API tells staff@ itself. */
export async function locationOf(email: string): Promise<Location> {
  const api = await apiAs(email);
  try {
    const me = MeSchema.parse(await (await api.get('/api/auth/me')).json());
    if (!me.user.locationId) throw new Error(`${email} has no location`);
    return LocationSchema.parse(
      await (await api.get(`/api/locations/${me.user.locationId}`)).json(),
    );
  } finally {
    await api.dispose();
  }
}

/** Files a complaint as a customer would: no session at all. */
export async function fileComplaint(
  code: string,
  complaint: Omit<PublicComplaint, 'channel'>,
): Promise<ComplaintReceipt> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const response = await api.post(`/api/public/locations/${code}/complaints`, {
      data: complaint,
      headers: { 'Idempotency-Key': randomUUID() },
    });
    if (response.status() !== 201)
      throw new Error(`Filing failed: ${response.status()} ${await response.text()}`);
    return ComplaintReceiptSchema.parse(await response.json());
  } finally {
    await api.dispose();
  }
}

/** Records a handling step through the API, as a colleague in another browser would. */
export async function recordStep(email: string, complaintId: string, type: string): Promise<void> {
  const session = await sessionAs(email);
  try {
    const response = await session.post(`/api/complaints/${complaintId}/events`, { type });
    if (!response.ok())
      throw new Error(`Recording ${type} failed: ${response.status()} ${await response.text()}`);
  } finally {
    await session.api.dispose();
  }
}
