import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet. ipaddr.js names every reserved range (private,
 * loopback, link-local, carrier-grade NAT, multicast, documentation, unique-local…); only
 * `unicast` is public. An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as IPv4, or
 * it would slip past as an ordinary IPv6 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Whether a fetch may connect to an address: a public one, or a private one allowed by name. */
export function isPermitted(address: string, allowPrivate: boolean | readonly string[]): boolean {
  if (allowPrivate === true || isPublicAddress(address)) return true;
  if (allowPrivate === false || !ipaddr.isValid(address)) return false;
  const normal = ipaddr.process(address).toString();
  return allowPrivate.some(
    (allowed) => ipaddr.isValid(allowed) && ipaddr.process(allowed).toString() === normal,
  );
}
