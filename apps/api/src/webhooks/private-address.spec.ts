import { isInternalAddress } from './private-address';

describe('webhook SSRF guard: internal addresses', () => {
  it.each([
    ['IPv4 loopback', '127.0.0.1'],
    ['IPv4 loopback, anywhere in 127/8', '127.255.0.9'],
    ['private 10/8', '10.1.2.3'],
    ['private 172.16/12, low end', '172.16.0.1'],
    ['private 172.16/12, high end', '172.31.255.254'],
    ['private 192.168/16', '192.168.1.10'],
    ['link-local (cloud metadata)', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['unspecified', '0.0.0.0'],
    ['multicast', '239.1.2.3'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 loopback in brackets', '[::1]'],
    ['IPv6 unspecified', '::'],
    ['unique-local fc00::/7', 'fd12:3456:789a::1'],
    ['link-local fe80::/10', 'fe80::1'],
    ['link-local with a zone', 'fe80::1%eth0'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped private, hex form', '::ffff:a00:1'],
    ['NAT64 of a private address', '64:ff9b::10.0.0.1'],
    ['6to4 of loopback', '2002:7f00:1::'],
    ['not an address at all', 'example.com'],
  ])('refuses %s (%s)', (_name, address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each([
    ['a public IPv4', '93.184.216.34'],
    ['just outside 172.16/12', '172.32.0.1'],
    ['just outside 100.64/10', '100.128.0.1'],
    ['a public IPv6', '2606:4700:4700::1111'],
    ['IPv4-mapped public', '::ffff:8.8.8.8'],
    ['6to4 of a public address', '2002:5db8:d822::1'],
  ])('allows %s (%s)', (_name, address) => {
    expect(isInternalAddress(address)).toBe(false);
  });
});
