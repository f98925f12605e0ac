// Which IP addresses a webhook may reach: public unicast only, so a destination URL can never
// be used to probe the server's own network (SSRF). Loopback is allowed only when the operator
// turns it on (WEBHOOKS_ALLOW_LOOPBACK, for local receivers and tests); private, link-local,
// carrier-grade NAT, multicast and reserved ranges never are.
import ipaddr from "ipaddr.js";

export type AddressPolicy = { allowLoopback: boolean };

export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // ::ffff:10.0.0.1 is 10.0.0.1.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === "unicast") return true;
  return range === "loopback" && policy.allowLoopback;
}
