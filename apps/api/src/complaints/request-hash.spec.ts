import { requestHash } from './request-hash';

describe('requestHash', () => {
  const body = { category: 'wait_time', description: 'Queue too long', contact: { email: 'a@example.com', name: 'Ann' } };

  it.each([
    { name: 'keys in another order', other: { contact: { name: 'Ann', email: 'a@example.com' }, description: 'Queue too long', category: 'wait_time' } },
    { name: 'an undefined member', other: { ...body, remedySought: undefined } },
  ])('is the same for $name', ({ other }) => {
    expect(requestHash(other)).toBe(requestHash(body));
  });

  it.each([
    { name: 'another description', other: { ...body, description: 'Queue too short' } },
    { name: 'another nested value', other: { ...body, contact: { ...body.contact, name: 'Bob' } } },
    { name: 'an extra member', other: { ...body, remedySought: 'refund' } },
    { name: 'a value moved between keys', other: { category: 'wait_time', description: 'Queue too long', contact: { email: 'Ann', name: 'a@example.com' } } },
  ])('differs for $name', ({ other }) => {
    expect(requestHash(other)).not.toBe(requestHash(body));
  });

  it('is a SHA-256 hex digest', () => {
    expect(requestHash(body)).toMatch(/^[0-9a-f]{64}$/);
  });
});
