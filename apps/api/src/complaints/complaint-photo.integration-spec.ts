import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplaintDetail, ComplaintReceipt, ErrorBody } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 3)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

/** The public form's optional photo (issue 14): checked as audit photos are, kept with the complaint, shown to whoever sees it. */
describe('a photo with a complaint from the public form', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let code: string;
  let staff: ApiClient;
  let franchisee: ApiClient;
  let stranger: ApiClient;
  let n = 0;

  const file = (body: unknown, photo?: { bytes: Buffer; type: string; name?: string }, key = `photo-test-${++n}`) => {
    const form = new FormData();
    form.append('complaint', JSON.stringify(body));
    if (photo) form.append('photo', new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name ?? 'photo.png');
    return fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, { method: 'POST', headers: { 'idempotency-key': key }, body: form });
  };
  const uploads = () => {
    const dir = join(t.app.get<AppConfig>(APP_CONFIG).DATA_DIR, 'uploads');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  };
  const complaints = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n);
  const photoOf = (as: ApiClient, id: string) => fetch(`${t.baseUrl}/api/complaints/${id}/photo`, { headers: { cookie: as.cookieHeader() } });
  const complaint = { category: 'food_quality', description: 'A hair in the soup, photo attached', contact: { name: 'Ann', email: 'ann@example.com' } };

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '1000' });
    world = await withDemoNetwork(t);
    const staffUser = world.net.users.find((u) => u.role === 'location_staff');
    const loc = world.net.locations.find((l) => l.id === staffUser?.locationId);
    if (!loc) throw new Error('the demo network has no staff location');
    code = loc.code;
    const nth = world.net.users.filter((u) => u.role === 'franchisee').findIndex((u) => u.franchiseeId === loc.franchiseeId);
    [staff, franchisee, stranger] = await Promise.all([world.signIn('location_staff'), world.signIn('franchisee', nth), world.signIn('franchisee', nth === 0 ? 1 : 0)]);
  });
  afterAll(() => t.close());

  it('keeps the photo with the complaint and shows it to the roles that see the complaint, not to others (404)', async () => {
    const res = await file(complaint, { bytes: PNG, type: 'image/png' });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ComplaintReceipt;
    const detail = (await staff.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body;
    expect(detail).toMatchObject({ channel: 'qr_form', category: 'food_quality', description: complaint.description, photo: { contentType: 'image/png', sizeBytes: PNG.length } });
    for (const who of [staff, franchisee]) {
      const back = await photoOf(who, receipt.id);
      expect([back.status, back.headers.get('content-type')]).toEqual([200, 'image/png']);
      expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    }
    expect((await photoOf(stranger, receipt.id)).status).toBe(404);
    expect((await stranger.get(`/api/complaints/${receipt.id}`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/complaints/${receipt.id}/photo`)).status).toBe(401);
  });

  it('refuses a file that is not a JPEG, PNG or WebP by its bytes (400 naming photo), whatever it claims, and writes nothing', async () => {
    const [before, files] = [await complaints(), uploads()];
    for (const bad of [Buffer.from('<script>alert(1)</script>'), Buffer.from('GIF89a-not-kept'), Buffer.alloc(0)]) {
      const res = await file(complaint, { bytes: bad, type: 'image/jpeg', name: 'photo.jpg' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect([body.code, body.details?.[0].field]).toEqual(['complaint.photo_invalid', 'photo']);
    }
    expect(await complaints()).toBe(before);
    expect(uploads()).toEqual(files);
  });

  it('refuses a photo over 5 MB (413) and writes nothing', async () => {
    const [before, files] = [await complaints(), uploads()];
    const justOver = await file(complaint, { bytes: Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024 - JPEG.length + 1)]), type: 'image/jpeg' });
    expect(justOver.status).toBe(413);
    expect(((await justOver.json()) as ErrorBody).details?.[0].field).toBe('photo');
    const huge = await file(complaint, { bytes: Buffer.concat([JPEG, Buffer.alloc(6 * 1024 * 1024)]), type: 'image/jpeg' });
    expect(huge.status).toBe(413);
    expect(await complaints()).toBe(before);
    expect(uploads()).toEqual(files);
  });

  it('writes no file when the rest of the form is refused', async () => {
    const [before, files] = [await complaints(), uploads()];
    const res = await file({ ...complaint, description: 'x' }, { bytes: JPEG, type: 'image/jpeg' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).details?.[0].field).toBe('description');
    expect((await file(complaint, { bytes: JPEG, type: 'image/jpeg' }, 'bad key!')).status).toBe(400);
    expect(await complaints()).toBe(before);
    expect(uploads()).toEqual(files);
  });

  it('a retry with the same key and photo answers the first receipt and keeps one file; another photo under that key is a conflict', async () => {
    const first = await file(complaint, { bytes: JPEG, type: 'image/jpeg' }, 'photo-retry-0001');
    expect(first.status).toBe(201);
    const files = uploads();
    const again = await file(complaint, { bytes: JPEG, type: 'image/jpeg' }, 'photo-retry-0001');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect((await file(complaint, { bytes: PNG, type: 'image/png' }, 'photo-retry-0001')).status).toBe(409);
    expect((await file(complaint, undefined, 'photo-retry-0001')).status).toBe(409);
    expect(uploads()).toEqual(files);
  });

  it('still takes the plain JSON form, and multipart without a photo, with no photo shown', async () => {
    const json = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'photo-none-json' },
      body: JSON.stringify(complaint),
    });
    const multipart = await file(complaint);
    expect([json.status, multipart.status]).toEqual([201, 201]);
    for (const res of [json, multipart]) {
      const id = ((await res.json()) as ComplaintReceipt).id;
      expect((await staff.get<ComplaintDetail>(`/api/complaints/${id}`)).body.photo).toBeNull();
      expect((await photoOf(staff, id)).status).toBe(404);
    }
  });
});
