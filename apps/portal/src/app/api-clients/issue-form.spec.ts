import { IssueApiClientSchema } from '@franscore/domain';
import { IssueFormValue, toIssueApiClient } from './issue-form';

const LOCATION_ID = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01';

function makeValue(overrides: Partial<IssueFormValue> = {}): IssueFormValue {
  return { name: 'Counter button', kind: 'in_store_button', locationId: LOCATION_ID, channel: null, ...overrides };
}

describe(toIssueApiClient.name, () => {
  it.each([
    {
      name: 'a button with its location',
      value: makeValue({ name: '  Counter button ' }),
      expected: { name: 'Counter button', kind: 'in_store_button', locationId: LOCATION_ID },
    },
    {
      name: 'a partner with its channel, a location picked earlier left out',
      value: makeValue({ name: 'Courier app', kind: 'partner', channel: 'delivery_partner' }),
      expected: { name: 'Courier app', kind: 'partner', channel: 'delivery_partner' },
    },
    {
      name: 'a point-of-sale feed, a channel picked earlier left out',
      value: makeValue({ name: 'Till', kind: 'pos', locationId: null, channel: 'app' }),
      expected: { name: 'Till', kind: 'pos' },
    },
  ])('$name', ({ value, expected }) => {
    const sut = toIssueApiClient(value);
    expect(sut).toEqual(expected);
    expect(IssueApiClientSchema.safeParse(sut).success).toBe(true);
  });

  it.each([
    { name: 'a button without a location', value: makeValue({ locationId: null }) },
    { name: 'a partner without a channel', value: makeValue({ kind: 'partner' }) },
    { name: 'a one-letter name', value: makeValue({ name: ' B ' }) },
  ])('sends nothing for $name', ({ value }) => {
    expect(toIssueApiClient(value)).toBeNull();
  });
});
