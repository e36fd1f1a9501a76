import { LOCATION_STATUSES, ROLES, WEEKDAYS } from '@franscore/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_SECTIONS } from './admin-sections';
import { USER_STATUS_FILTERS } from './users/user-filters';

type Tree = { [key: string]: string | Tree };
const load = (language: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'i18n', `${language}.json`), 'utf8')) as Tree;
const has = (tree: Tree, key: string) => {
  const value = key.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' && value.trim() !== '';
};

/** Keys the administration screens build at run time, in every language. */
const DYNAMIC = [
  ...ADMIN_SECTIONS.map((s) => `admin.sections.${s}`),
  ...WEEKDAYS.map((d) => `admin.locations.days.${d}`),
  ...USER_STATUS_FILTERS.map((s) => `admin.users.statuses.${s}`),
  ...ROLES.map((r) => `roles.${r}`),
  ...LOCATION_STATUSES.map((s) => `network.statuses.${s}`),
  ...['email', 'displayName', 'password', 'role', 'regionIds', 'franchiseeId', 'locationId'].map((f) => `admin.users.problems.${f}`),
  ...['code', 'name'].map((f) => `admin.regions.problems.${f}`),
  ...['legalName', 'contactEmail', 'contactPhone'].map((f) => `admin.franchisees.problems.${f}`),
  ...['code', 'name', 'address', 'regionId', 'franchiseeId', 'timeZone', 'businessHours', 'status'].map((f) => `admin.locations.problems.${f}`),
  // Confirmer.ask(key) shows key, keyTitle and keyMessage.
  ...['admin.users.confirmDeactivate', 'admin.users.confirmReactivate', 'admin.users.confirmReset', 'admin.users.confirmEndSessions', 'admin.locations.confirmClose'].flatMap(
    (key) => [key, `${key}Title`, `${key}Message`],
  ),
];

describe('administration translations', () => {
  it.each(['en', 'ru'])('%s has every key built at run time', (language) => {
    const tree = load(language);
    expect(DYNAMIC.filter((key) => !has(tree, key))).toEqual([]);
  });
});
