import { badFaithFlags, contactKeys, type ContactFiling } from './bad-faith';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 12);

/** A filing by contact `who` at location `loc`, `day` days (fractions allowed) after T0. */
function f(id: string, who: string, loc: string, day: number): ContactFiling {
  return { complaintId: id, contactKeys: [`email:${who}`], locationId: loc, receivedAtMs: T0 + day * DAY };
}

describe(contactKeys.name, () => {
  it.each([
    { name: 'e-mail in lower case, trimmed', contact: { email: ' Ann@Mail.RU ' }, keys: ['email:ann@mail.ru'] },
    { name: 'phone as digits', contact: { phone: '+7 (916) 123-45-67' }, keys: ['phone:79161234567'] },
    { name: 'both', contact: { email: 'a@b.c', phone: '12345' }, keys: ['email:a@b.c', 'phone:12345'] },
    { name: 'a phone too short to tell anyone apart', contact: { phone: '12-3' }, keys: [] },
    { name: 'no contact', contact: null, keys: [] },
  ])('$name', ({ contact, keys }) => {
    expect(contactKeys(contact)).toEqual(keys);
  });
});

describe(badFaithFlags.name, () => {
  it.each([
    {
      name: 'three locations within 30 days flags all three',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L2', 10), f('c', 'x', 'L3', 30)],
      flagged: { a: ['many_locations'], b: ['many_locations'], c: ['many_locations'] },
    },
    {
      name: 'three locations spread over 30 days and a minute flags none',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L2', 10), f('c', 'x', 'L3', 30 + 1 / 1440)],
      flagged: {},
    },
    {
      name: 'two locations, however many complaints, is not the many-locations pattern',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L2', 8), f('c', 'x', 'L1', 16), f('d', 'x', 'L2', 24)],
      flagged: {},
    },
    {
      name: 'three at one location within 7 days',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L1', 3), f('c', 'x', 'L1', 7)],
      flagged: { a: ['repeat_at_location'], b: ['repeat_at_location'], c: ['repeat_at_location'] },
    },
    {
      name: 'three at one location over 7 days and a minute',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L1', 3), f('c', 'x', 'L1', 7 + 1 / 1440)],
      flagged: {},
    },
    {
      name: 'a fourth complaint outside every window stays unflagged',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L2', 1), f('c', 'x', 'L3', 2), f('d', 'x', 'L4', 40)],
      flagged: { a: ['many_locations'], b: ['many_locations'], c: ['many_locations'] },
    },
    {
      name: 'different customers never make a pattern together',
      filings: [f('a', 'x', 'L1', 0), f('b', 'y', 'L2', 1), f('c', 'z', 'L3', 2)],
      flagged: {},
    },
    {
      name: 'both rules at once',
      filings: [f('a', 'x', 'L1', 0), f('b', 'x', 'L1', 1), f('c', 'x', 'L1', 2), f('d', 'x', 'L2', 3), f('e', 'x', 'L3', 4)],
      flagged: {
        a: ['many_locations', 'repeat_at_location'],
        b: ['many_locations', 'repeat_at_location'],
        c: ['many_locations', 'repeat_at_location'],
        d: ['many_locations'],
        e: ['many_locations'],
      },
    },
  ])('$name', ({ filings, flagged }) => {
    const flags = badFaithFlags(filings);
    expect(Object.fromEntries([...flags].map(([id, flag]) => [id, flag.rules]))).toEqual(flagged);
  });

  it('names the complaints behind a flag, oldest first, without the complaint itself', () => {
    const flags = badFaithFlags([f('c', 'x', 'L3', 9), f('a', 'x', 'L1', 0), f('b', 'x', 'L2', 5)]);
    expect(flags.get('b')?.related).toEqual(['a', 'c']);
    expect(flags.get('c')?.related).toEqual(['a', 'b']);
  });

  it('joins complaints by phone when one gave an e-mail and the others a phone', () => {
    const byPhone = (id: string, loc: string, day: number, keys: string[]): ContactFiling => ({ complaintId: id, contactKeys: keys, locationId: loc, receivedAtMs: T0 + day * DAY });
    const flags = badFaithFlags([
      byPhone('a', 'L1', 0, ['email:x@y.z', 'phone:79161234567']),
      byPhone('b', 'L2', 1, ['phone:79161234567']),
      byPhone('c', 'L3', 2, ['phone:79161234567']),
    ]);
    expect([...flags.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('knows a customer by either key: one complaint by e-mail, one by phone, joined by one that gave both', () => {
    const keyed = (id: string, loc: string, keys: string[]): ContactFiling => ({ complaintId: id, contactKeys: keys, locationId: loc, receivedAtMs: T0 });
    const flags = badFaithFlags([keyed('a', 'L1', ['email:x@y.z', 'phone:12345']), keyed('b', 'L2', ['email:x@y.z']), keyed('c', 'L3', ['phone:12345']), keyed('d', 'L4', [])]);
    expect([...flags.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(flags.get('b')?.related).toEqual(['a', 'c']);
  });
});
