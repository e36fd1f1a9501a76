import type { ComplaintReceipt, Location } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ALWAYS_OPEN } from './scenario';

/** One region, franchisee and location made through the API: enough for a test that needs a place to complain about. */
export async function tinyNetwork(admin: ApiClient, code = 'TINY-001'): Promise<Location> {
  const region = await admin.post<{ id: string }>('/api/regions', { code: `R-${code}`, name: `Region ${code}` });
  const franchisee = await admin.post<{ id: string }>('/api/franchisees', { legalName: `Franchisee ${code}` });
  const location = await admin.post<Location>('/api/locations', {
    code,
    name: `Location ${code}`,
    address: '1 Test Street',
    regionId: region.body.id,
    franchiseeId: franchisee.body.id,
    timeZone: 'UTC',
    businessHours: ALWAYS_OPEN,
  });
  if (location.status !== 201) throw new Error(`tiny network: ${location.status} ${JSON.stringify(location.body)}`);
  return location.body;
}

/** A customer's complaint through the public form, answering its receipt (with the private status link). */
export async function complain(baseUrl: string, code: string, key: string, headers: Record<string, string> = {}): Promise<ComplaintReceipt> {
  const res = await fetch(`${baseUrl}/api/public/locations/${code}/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify({ category: 'wait_time', description: 'Waited forty minutes', contact: { email: 'customer@example.com' } }),
  });
  if (res.status !== 201) throw new Error(`complaint: ${res.status} ${await res.text()}`);
  return (await res.json()) as ComplaintReceipt;
}
