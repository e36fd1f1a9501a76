import { signatureHeader, signPayload, verifySignature } from './webhook-signature';

const SECRET = 'whsec_test';
const BODY = '{"id":"e1","type":"complaint.received"}';
const AT = new Date('2025-12-01T10:00:00.000Z');
// Computed independently: printf '%s' '1764583200.<BODY>' | openssl dgst -sha256 -hmac whsec_test -hex
const HEX = '90f7630e329ee8e3a803dbc904d5a9dab6ac45d0ab3540ddd93de758e9ca217d';

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of "<unix seconds>.<body>" with the secret, as openssl computes it', () => {
    expect(signPayload(SECRET, 1764583200, BODY)).toBe(HEX);
    expect(signatureHeader(SECRET, AT, BODY)).toBe(`t=1764583200,v1=${HEX}`);
  });

  it('ignores milliseconds: the timestamp is whole seconds', () => {
    expect(signatureHeader(SECRET, new Date(AT.getTime() + 999), BODY)).toBe(`t=1764583200,v1=${HEX}`);
  });

  const header = `t=1764583200,v1=${HEX}`;
  it.each([
    { name: 'the same body, secret and a current clock', secret: SECRET, header, body: BODY, nowOffsetS: 0, expected: 'valid' },
    { name: 'received 5 minutes later (at the tolerance)', secret: SECRET, header, body: BODY, nowOffsetS: 300, expected: 'valid' },
    { name: 'a receiver clock 5 minutes behind', secret: SECRET, header, body: BODY, nowOffsetS: -300, expected: 'valid' },
    { name: 'replayed 5 minutes and 1 second later', secret: SECRET, header, body: BODY, nowOffsetS: 301, expected: 'too_old' },
    { name: 'a body changed by one character', secret: SECRET, header, body: BODY.replace('e1', 'e2'), nowOffsetS: 0, expected: 'mismatch' },
    { name: 'another secret (rotated)', secret: 'whsec_other', header, body: BODY, nowOffsetS: 0, expected: 'mismatch' },
    { name: 'a timestamp moved to look fresh', secret: SECRET, header: `t=1764583500,v1=${HEX}`, body: BODY, nowOffsetS: 300, expected: 'mismatch' },
    { name: 'no v1', secret: SECRET, header: 't=1764583200', body: BODY, nowOffsetS: 0, expected: 'malformed' },
    { name: 'a non-numeric t', secret: SECRET, header: `t=soon,v1=${HEX}`, body: BODY, nowOffsetS: 0, expected: 'malformed' },
    { name: 'a short v1', secret: SECRET, header: 't=1764583200,v1=abc', body: BODY, nowOffsetS: 0, expected: 'malformed' },
  ])('verification: $name -> $expected', ({ secret, header: h, body, nowOffsetS, expected }) => {
    expect(verifySignature(secret, h, body, new Date(AT.getTime() + nowOffsetS * 1000), 300)).toBe(expected);
  });
});
