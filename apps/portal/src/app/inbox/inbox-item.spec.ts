import { InboxListSchema, byDue, inboxLabelKey, linkTarget } from './inbox-item';

describe(inboxLabelKey.name, () => {
  it.each([
    { kind: 'cap_due', expected: 'inbox.kinds.cap_due' },
    { kind: 'something_new', expected: null },
  ])('$kind', ({ kind, expected }) => {
    expect(inboxLabelKey(kind)).toBe(expected);
  });
});

describe(linkTarget.name, () => {
  it.each([
    {
      name: 'a case',
      link: '/enforcement/107bccf7-43c2-4c47-80f5-6c7f45190f9c',
      expected: { path: '/enforcement/107bccf7-43c2-4c47-80f5-6c7f45190f9c', queryParams: {} },
    },
    {
      name: 'a list with a query',
      link: '/scorecards?period=2026-10',
      expected: { path: '/scorecards', queryParams: { period: '2026-10' } },
    },
    {
      name: 'another site',
      link: 'https://evil.example/',
      expected: { path: '/inbox', queryParams: {} },
    },
    {
      name: 'protocol-relative',
      link: '//evil.example/',
      expected: { path: '/inbox', queryParams: {} },
    },
  ])('$name', ({ link, expected }) => {
    expect(linkTarget(link)).toEqual(expected);
  });
});

describe(byDue.name, () => {
  it('puts the nearest deadline first and undated items after, in server order', () => {
    const items = [
      { id: 'a', due: null },
      { id: 'b', due: '2026-12-02T00:00:00.000Z' },
      { id: 'c', due: null },
      { id: 'd', due: '2026-11-30T00:00:00.000Z' },
    ];
    expect(byDue(items).map((item) => item.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('InboxListSchema', () => {
  it('keeps an item of a kind this portal does not know', () => {
    const item = {
      kind: 'new_kind',
      caseId: null,
      locationCode: null,
      due: null,
      text: 'Do it',
      link: '/inbox',
    };
    expect(InboxListSchema.parse([item])).toEqual([item]);
  });
});
