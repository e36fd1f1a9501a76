import { wireExample } from './wire-example';

describe(wireExample.name, () => {
  it.each([
    { kind: 'in_store_button' as const, hintKey: 'apiClients.wireHint', method: 'POST', path: '/api/client/complaints', body: null },
    { kind: 'partner' as const, hintKey: 'apiClients.wirePartner', method: 'POST', path: '/api/client/complaints', body: 'locationCode' },
    { kind: 'pos' as const, hintKey: 'apiClients.wirePos', method: 'PUT', path: '/api/client/order-volumes', body: 'rows' },
  ])('shows a $kind the request its token is for', ({ kind, hintKey, method, path, body }) => {
    const example = wireExample(kind, 'fsc_token', 'https://franscore.example');
    expect(example.hintKey).toBe(hintKey);
    expect(example.curl).toContain(`-X ${method} -H "Authorization: Bearer fsc_token"`);
    expect(example.curl.endsWith(` https://franscore.example${path}`)).toBe(true);
    if (body) expect(JSON.parse(/-d '([^']*)'/.exec(example.curl)?.[1] ?? 'null')).toHaveProperty(body);
    else expect(example.curl).not.toContain(' -d ');
  });
});
