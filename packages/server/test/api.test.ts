import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import { TestClient } from './http-client.ts';

type ErrorBody = {
  error: {
    code: string;
    message: string;
    requestId: string;
    issues?: { path: (string | number)[]; code: string }[];
  };
};
type List<T> = { items: T[] };

describe.each(dialects())('API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let admin: TestClient;
  let base: string;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    admin = await w.as('admin@demo.vigie.local');
    base = `/api/workspaces/${w.ws}`;
  });
  afterAll(async () => rt?.dispose());

  /** Counts of every table a rejected request could have touched. */
  async function snapshot() {
    const count = async (
      t:
        | 'vendor'
        | 'site'
        | 'activity'
        | 'allocation'
        | 'allocationLine'
        | 'auditEvent'
        | 'membership'
        | 'invitation',
    ) =>
      Number(
        (
          await rt.ctx.conn.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      vendor: await count('vendor'),
      site: await count('site'),
      activity: await count('activity'),
      allocation: await count('allocation'),
      allocationLine: await count('allocationLine'),
      auditEvent: await count('auditEvent'),
      membership: await count('membership'),
      invitation: await count('invitation'),
    };
  }

  it('answers health, the OpenAPI document and the API reference', async () => {
    const anon = new TestClient(rt.app);
    expect((await anon.get('/api/health')).body).toEqual({ status: 'ok', database: dialect });
    const doc = await anon.get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/workspaces/{workspaceId}/vendors/{vendorId}');
    const page = await rt.app.request('/api/docs');
    expect(await page.text()).toContain('/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js');
    const asset = await rt.app.request('/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
  });

  it('sets an httpOnly, SameSite=Lax session cookie, and refuses self sign-up', async () => {
    const c = new TestClient(rt.app);
    const r = await c.signIn('viewer@demo.vigie.local', w.password);
    const cookie = r.headers.getSetCookie().find((h) => h.includes('session_token')) ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const before = await snapshot();
    const signUp = await new TestClient(rt.app).post('/api/auth/sign-up/email', {
      email: 'intruder@example.com',
      password: 'a-long-password',
      name: 'Intruder',
    });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect((await new TestClient(rt.app).signIn('intruder@example.com', 'a-long-password')).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('answers unknown API routes with a JSON 404 carrying a request id', async () => {
    const r = await admin.get<ErrorBody>('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
    expect(r.body.error.requestId).toBe(r.headers.get('x-request-id'));
  });

  it('refuses anonymous access with 401', async () => {
    const r = await new TestClient(rt.app).get<ErrorBody>(`${base}/vendors`);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('refuses a wrong password and the signed-in user sees their memberships', async () => {
    const c = new TestClient(rt.app);
    const wrong = await c.signIn('admin@demo.vigie.local', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect((wrong.body as ErrorBody).error).toMatchObject({
      code: 'unauthenticated',
      message: expect.stringMatching(/password/i),
    });
    const me = await admin.get<{ memberships: { workspaceId: string; role: string }[] }>('/api/me');
    expect(me.body.memberships).toEqual([expect.objectContaining({ workspaceId: w.ws, role: 'admin' })]);
  });

  it('creates, edits, lists (search, sort) and deletes a vendor, each write audited', async () => {
    const created = await admin.post<{ id: string; name: string }>(`${base}/vendors`, {
      name: 'Sénégal Contact',
      legalEntity: 'Sénégal Contact SA',
      status: 'prospect',
      contacts: [{ name: 'Awa Diop', email: 'awa@sn.example' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const edited = await admin.put<{ status: string }>(`${base}/vendors/${id}`, {
      name: 'Sénégal Contact',
      legalEntity: 'SC SA',
      status: 'active',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('active');
    const found = await admin.get<List<{ name: string }>>(`${base}/vendors?q=senegal`);
    // accents are not folded by LIKE: the search matches on the unaccented part
    const found2 = await admin.get<List<{ name: string }>>(`${base}/vendors?q=contact&sort=name&order=desc`);
    expect(found.status).toBe(200);
    expect(found2.body.items.map((v) => v.name)).toEqual(['Sénégal Contact', 'Armor Contact']);
    const audit = await admin.get<
      List<{ action: string; before: unknown; after: { status?: string } | null }>
    >(`${base}/audit?entity=vendor&entityId=${id}`);
    expect(audit.body.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit.body.items[0]?.before).toMatchObject({ status: 'prospect' });
    expect(audit.body.items[0]?.after).toMatchObject({ status: 'active' });
    expect((await admin.delete(`${base}/vendors/${id}`)).status).toBe(204);
    expect((await admin.get(`${base}/vendors/${id}`)).status).toBe(404);
  });

  it('answers a malformed payload with 400 naming the fields, and writes nothing', async () => {
    const before = await snapshot();
    const r = await admin.post<ErrorBody>(`${base}/sites`, {
      vendorId: w.armorId,
      name: '',
      country: 'France',
      shore: 'moon',
      languages: [],
      seats: 1.5,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    const paths = (r.body.error.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'city', 'country', 'shore', 'languages', 'seats']));
    const notJson = await admin.request<ErrorBody>('POST', `${base}/vendors`, '{"name": ', {});
    expect(notJson.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a duplicate vendor name (any case) with 409, and writes nothing', async () => {
    const before = await snapshot();
    const r = await admin.post<ErrorBody>(`${base}/vendors`, { name: 'ARMOR CONTACT' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues?.[0]?.path).toEqual(['name']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an allocation whose shares do not sum to 100 % with 422 on lines, and writes nothing', async () => {
    const activity = await admin.post<{ id: string }>(`${base}/activities`, {
      name: 'Réclamations',
      channel: 'email',
      languages: ['fr'],
    });
    const before = await snapshot();
    const r = await admin.post<ErrorBody>(`${base}/allocations`, {
      activityId: activity.body.id,
      validFrom: '2026-01-01',
      lines: [
        { vendorId: w.armorId, sharePercent: 60 },
        { vendorId: w.atlasId, sharePercent: 30 },
      ],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({ path: ['lines'], code: 'allocation.shares_sum' }),
    ]);
    expect(await snapshot()).toEqual(before);
    const ok = await admin.post(`${base}/allocations`, {
      activityId: activity.body.id,
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
      lines: [
        { vendorId: w.armorId, sharePercent: 66.67 },
        { vendorId: w.atlasId, sharePercent: 33.33 },
      ],
    });
    expect(ok.status).toBe(201);
    const overlap = await admin.post<ErrorBody>(`${base}/allocations`, {
      activityId: activity.body.id,
      validFrom: '2026-06-01',
      lines: [{ vendorId: w.armorId, sharePercent: 100 }],
    });
    expect(overlap.status).toBe(422);
    expect(overlap.body.error.issues?.[0]?.code).toBe('allocation.period_overlap');
  });

  it('refuses overlapping opening slots with 422 naming the day', async () => {
    const r = await admin.post<ErrorBody>(`${base}/activities`, {
      name: 'Chat',
      channel: 'chat',
      languages: ['fr'],
      openingHours: {
        mon: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({ path: ['openingHours', 'mon'], code: 'opening_hours.overlap' }),
    ]);
  });

  it('refuses to delete a vendor that still has sites (409) and keeps it', async () => {
    const r = await admin.delete<ErrorBody>(`${base}/vendors/${w.atlasId}`);
    expect(r.status).toBe(409);
    expect((await admin.get(`${base}/vendors/${w.atlasId}`)).status).toBe(200);
  });

  it('lets read-only roles read but not write (403), before reading the payload', async () => {
    for (const email of ['analyst@demo.vigie.local', 'finance@demo.vigie.local', 'viewer@demo.vigie.local']) {
      const c = await w.as(email);
      expect((await c.get(`${base}/vendors`)).status).toBe(200);
      expect((await c.post<ErrorBody>(`${base}/vendors`, { name: 'X' })).status).toBe(403);
      expect((await c.post<ErrorBody>(`${base}/vendors`, { bogus: true })).status).toBe(403);
      expect((await c.get(`${base}/audit`)).status).toBe(403);
    }
  });

  it('refuses a cross-site write (CSRF) and accepts a same-origin one', async () => {
    const evil = await admin.post<ErrorBody>(
      `${base}/vendors`,
      { name: 'From evil' },
      { origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    const crossSite = await admin.post<ErrorBody>(
      `${base}/vendors`,
      { name: 'From evil' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const same = await admin.post(
      `${base}/vendors`,
      { name: 'Same origin SARL' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    );
    expect(same.status).toBe(201);
  });

  it('invites a vendor user who accepts, signs in and sees only their vendor', async () => {
    const inv = await admin.post<{ acceptUrl: string }>(`${base}/invitations`, {
      email: 'new.agent@armor.example',
      role: 'vendor',
      vendorId: w.armorId,
    });
    expect(inv.status).toBe(201);
    const token = inv.body.acceptUrl.split('/invite/')[1] ?? '';
    const anon = new TestClient(rt.app);
    expect((await anon.get<{ email: string }>(`/api/invitations/${token}`)).body.email).toBe(
      'new.agent@armor.example',
    );
    expect(
      (await anon.post(`/api/invitations/${token}/accept`, { name: 'New Agent', password: 'short' })).status,
    ).toBe(400);
    expect(
      (
        await anon.post(`/api/invitations/${token}/accept`, {
          name: 'New Agent',
          password: 'a-long-password',
        })
      ).status,
    ).toBe(200);
    expect(
      (await anon.post(`/api/invitations/${token}/accept`, { name: 'Again', password: 'a-long-password' }))
        .status,
    ).toBe(404);
    const agent = new TestClient(rt.app);
    expect((await agent.signIn('new.agent@armor.example', 'a-long-password')).status).toBe(200);
    const vendors = await agent.get<List<{ id: string }>>(`${base}/vendors`);
    expect(vendors.body.items.map((v) => v.id)).toEqual([w.armorId]);
  });

  it('lets an admin reset a password: the old one and the old sessions stop working', async () => {
    const viewer = await w.as('viewer@demo.vigie.local');
    const members = await admin.get<List<{ userId: string; email: string }>>(`${base}/members`);
    const viewerId = members.body.items.find((m) => m.email === 'viewer@demo.vigie.local')?.userId ?? '';
    expect(
      (await admin.post(`${base}/members/${viewerId}/password`, { password: 'brand-new-password' })).status,
    ).toBe(204);
    expect((await viewer.get(`${base}/vendors`)).status).toBe(401);
    expect((await new TestClient(rt.app).signIn('viewer@demo.vigie.local', w.password)).status).toBe(401);
    expect(
      (await new TestClient(rt.app).signIn('viewer@demo.vigie.local', 'brand-new-password')).status,
    ).toBe(200);
    const audit = await admin.get<List<{ entity: string; after: unknown }>>(
      `${base}/audit?entity=member.password`,
    );
    expect(JSON.stringify(audit.body)).not.toContain('brand-new-password');
    expect(audit.body.items).toHaveLength(1);
  });

  it('keeps the last admin: demoting or removing them is refused', async () => {
    const me = await admin.get<{ user: { id: string } }>('/api/me');
    const r = await admin.patch<ErrorBody>(`${base}/members/${me.body.user.id}`, { role: 'viewer' });
    expect(r.status).toBe(409);
    expect(
      (await admin.patch<ErrorBody>(`${base}/members/${me.body.user.id}`, { role: 'vendor' })).status,
    ).toBe(422);
  });

  it('pages and filters the audit log', async () => {
    const page1 = await admin.get<{ items: { id: string }[]; nextBefore: string | null }>(
      `${base}/audit?limit=2`,
    );
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextBefore).not.toBeNull();
    const page2 = await admin.get<{ items: { id: string }[] }>(
      `${base}/audit?limit=2&before=${page1.body.nextBefore}`,
    );
    expect(page2.body.items.map((e) => e.id)).not.toContain(page1.body.items[0]?.id);
    const creates = await admin.get<List<{ action: string }>>(`${base}/audit?action=create&limit=500`);
    expect(creates.body.items.every((e) => e.action === 'create')).toBe(true);
    const bad = await admin.get<ErrorBody>(`${base}/audit?from=2026-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.[0]?.path).toEqual(['from']);
  });
});

describe('sign-in rate limit on the real route', () => {
  it('refuses the attempt after the configured number with 429', async () => {
    const rt = await openTestRuntime('sqlite', { VIGIE_SIGNIN_MAX_PER_MINUTE: '2' });
    try {
      const c = new TestClient(rt.app);
      expect((await c.signIn('nobody@example.com', 'wrong-password')).status).toBe(401);
      expect((await c.signIn('nobody@example.com', 'wrong-password')).status).toBe(401);
      const third = await c.signIn('nobody@example.com', 'wrong-password');
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await rt.dispose();
    }
  });
});
