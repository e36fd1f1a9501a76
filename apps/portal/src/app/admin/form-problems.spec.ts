import { CreateFranchiseeSchema, CreateRegionSchema } from '@franscore/domain';
import { checkForm, orNull } from './form-problems';

describe(checkForm.name, () => {
  it.each([
    { name: 'a good region', schema: CreateRegionSchema, value: { code: 'KZN', name: ' Kazan ' }, expected: { body: { code: 'KZN', name: 'Kazan' } } },
    { name: 'a lower-case code', schema: CreateRegionSchema, value: { code: 'kzn', name: 'Kazan' }, expected: { problems: { code: 'p.code' } } },
    { name: 'an empty name and code', schema: CreateRegionSchema, value: { code: '', name: '' }, expected: { problems: { code: 'p.code', name: 'p.name' } } },
    {
      name: 'a franchisee with a bad e-mail',
      schema: CreateFranchiseeSchema,
      value: { legalName: 'Volga LLC', contactEmail: 'nope', contactPhone: null },
      expected: { problems: { contactEmail: 'p.contactEmail' } },
    },
  ])('$name', ({ schema, value, expected }) => {
    expect(checkForm(schema, value, 'p.')).toEqual(expected);
  });
});

describe(orNull.name, () => {
  it.each([
    ['', null],
    ['  ', null],
    [' +7 ', '+7'],
  ])('%j is %j', (text, expected) => {
    expect(orNull(text)).toBe(expected);
  });
});
