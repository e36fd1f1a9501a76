import { findHostileText, hostileCells, hostileText } from './hostile-text';

describe('hostileText', () => {
  it.each([
    { name: 'plain text', text: 'Cold burger', expected: null },
    { name: 'a surrogate pair (emoji)', text: 'Cold \ud83c\udf54', expected: null },
    { name: 'other control characters', text: 'tab\there\r\n', expected: null },
    { name: 'empty', text: '', expected: null },
    { name: 'a NUL', text: 'a\u0000b', expected: 'contains a NUL character' },
    { name: 'a high surrogate alone', text: 'x\ud800y', expected: 'contains an unpaired surrogate (not valid Unicode)' },
    { name: 'a high surrogate at the end', text: 'x\udbff', expected: 'contains an unpaired surrogate (not valid Unicode)' },
    { name: 'a low surrogate alone', text: '\udc00x', expected: 'contains an unpaired surrogate (not valid Unicode)' },
    { name: 'two surrogates in the wrong order', text: '\udf54\ud83c', expected: 'contains an unpaired surrogate (not valid Unicode)' },
  ])('$name: $expected', ({ text, expected }) => {
    expect(hostileText(text)).toBe(expected);
  });
});

describe('findHostileText', () => {
  const withOwnKey = (key: string, value: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as Record<string, unknown>;

  it.each([
    { name: 'a clean body', value: { a: 'x', b: [1, true, null, { c: 'y' }] }, expected: null },
    { name: 'a top-level string', value: 'a\u0000', expected: { field: 'body', message: 'contains a NUL character' } },
    { name: 'a nested value', value: { contact: { name: 'a\u0000' } }, expected: { field: 'contact.name', message: 'contains a NUL character' } },
    { name: 'an array item', value: { actions: [{ owner: 'ok' }, { owner: '\ud800' }] }, expected: { field: 'actions.1.owner', message: 'contains an unpaired surrogate (not valid Unicode)' } },
    { name: 'a key', value: withOwnKey('a\u0000b', 1), expected: { field: 'a\ufffdb', message: 'key contains a NUL character' } },
    { name: 'under __proto__', value: withOwnKey('__proto__', { x: '\u0000' }), expected: { field: '__proto__.x', message: 'contains a NUL character' } },
    { name: 'the first of two, in document order', value: { a: '\u0000', b: '\ud800' }, expected: { field: 'a', message: 'contains a NUL character' } },
  ])('$name', ({ value, expected }) => {
    expect(findHostileText(value)).toEqual(expected);
  });

  it('names a lone string by the root it is given (a named param)', () => {
    expect(findHostileText('\u0000', 'id')).toEqual({ field: 'id', message: 'contains a NUL character' });
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`) as unknown;
    expect(findHostileText(deep)?.message).toBe('contains a NUL character');
  });
});

describe('hostileCells', () => {
  const row = (lines: number, record: Record<string, string>) => ({ record, info: { lines } });

  it('names every bad cell and header by line and column', () => {
    expect(
      hostileCells([
        row(2, { code: 'A-1', ['na\u0000me']: 'ok' }),
        row(3, { code: 'A\u00002', ['na\u0000me']: 'x\ud800' }),
      ]),
    ).toEqual([
      { line: 1, column: 'na\ufffdme', message: 'column name contains a NUL character' },
      { line: 3, column: 'code', message: 'contains a NUL character' },
      { line: 3, column: 'na\ufffdme', message: 'contains an unpaired surrogate (not valid Unicode)' },
    ]);
  });

  it('finds nothing in clean or empty files', () => {
    expect(hostileCells([row(2, { code: 'A-1', name: 'Café' })])).toEqual([]);
    expect(hostileCells([])).toEqual([]);
  });
});
