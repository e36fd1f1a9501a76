import { BackupError, dependencyOrder, ManifestSchema, migrationsToReplay, parseLine, quoteIdent } from './backup-format';

describe('dependencyOrder', () => {
  it.each([
    ['no references: alphabetical', ['c', 'a', 'b'], [], ['a', 'b', 'c']],
    ['parents first', ['location', 'region', 'complaint'], [{ from: 'location', to: 'region' }, { from: 'complaint', to: 'location' }], ['region', 'location', 'complaint']],
    ['a table referring to itself still loads', ['complaint', 'region'], [{ from: 'complaint', to: 'complaint' }], ['complaint', 'region']],
    ['references to tables left out are ignored', ['a'], [{ from: 'a', to: 'migrations' }], ['a']],
    ['two parents', ['x', 'p1', 'p2'], [{ from: 'x', to: 'p2' }, { from: 'x', to: 'p1' }], ['p1', 'p2', 'x']],
  ])('%s', (_name, tables, references, expected) => {
    expect(dependencyOrder(tables, references)).toEqual(expected);
  });

  it('names the tables of a cycle', () => {
    expect(() => dependencyOrder(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }])).toThrow('cycle, so no load order exists: a, b');
  });
});

describe('migrationsToReplay', () => {
  const known = ['One1', 'Two2', 'Three3'];
  it.each([
    [[], 0],
    [['One1'], 1],
    [['One1', 'Two2', 'Three3'], 3],
  ])('replays the backup migrations %j', (backup, n) => {
    expect(migrationsToReplay(backup, known)).toBe(n);
  });
  it.each([
    [['One1', 'Two2', 'Three3', 'Four4'], /newer Franscore \(migration Four4/],
    [['Two2'], /not in this build's order \(at Two2\)/],
  ])('refuses %j', (backup, message) => {
    expect(() => migrationsToReplay(backup, known)).toThrow(message);
  });
});

describe('parseLine', () => {
  it.each([
    [undefined, 'is not JSON'],
    ['{"format":"franscore-backup"', 'is not JSON'],
    ['{"format":"other","version":1}', 'is malformed (format)'],
    ['[]', 'is malformed (root)'],
  ])('refuses %j', (line, message) => {
    expect(() => parseLine(ManifestSchema, line, 'manifest')).toThrow(new BackupError(`Not a Franscore backup: the manifest ${message}`));
  });
});

it('quotes identifiers', () => {
  expect(quoteIdent('audit_log')).toBe('"audit_log"');
  expect(quoteIdent('we"ird')).toBe('"we""ird"');
});
