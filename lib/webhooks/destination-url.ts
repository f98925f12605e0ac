// The rules a destination URL must meet before it is saved, and again before every send (DNS
// can change): https (http only to loopback when the operator allows loopback), no
// credentials, a host that resolves only to allowed addresses, and per service the host that
// service uses, so a "Slack" destination cannot be pointed at anything else.
import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { getEnv } from "@/lib/config/env";
import { isAllowedAddress, type AddressPolicy } from "./address-policy";
import type { WebhookServiceName } from "./services";

const SERVICE_HOSTS: Partial<Record<WebhookServiceName, RegExp>> = {
  SLACK: /^hooks\.slack\.com$/,
  DISCORD: /^(?:discord\.com|discordapp\.com|ptb\.discord\.com|canary\.discord\.com)$/,
  TEAMS: /(?:\.logic\.azure\.com|\.powerplatform\.com|\.webhook\.office\.com)$/,
};

export function webhookAddressPolicy(): AddressPolicy {
  return { allowLoopback: getEnv().WEBHOOKS_ALLOW_LOOPBACK === "true" };
}

/** The URL's problem in words a person can act on, or null. Checks the text only (no DNS). */
export function describeUrlProblem(service: WebhookServiceName, raw: string, policy: AddressPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter the full URL, starting with https://";
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (url.username || url.password) return "Remove the user name and password from the URL.";
  const loopbackHttp = url.protocol === "http:" && policy.allowLoopback && isLoopbackName(host);
  if (url.protocol !== "https:" && !loopbackHttp) return "The URL must start with https://";
  if (isIP(host) && !isAllowedAddress(host, policy)) return "This address is on a private network; Stepwise only sends to public addresses.";
  const expectedHost = SERVICE_HOSTS[service];
  if (expectedHost && !expectedHost.test(host) && !(policy.allowLoopback && isLoopbackName(host))) {
    return `This is not a ${service === "TEAMS" ? "Microsoft Teams" : service[0] + service.slice(1).toLowerCase()} webhook URL.`;
  }
  if (service === "NTFY" && url.pathname.replace(/\//g, "") === "") return "Add the topic to the URL, e.g. https://ntfy.sh/your-topic.";
  return null;
}

function isLoopbackName(host: string): boolean {
  return host === "localhost" || (isIP(host) !== 0 && isAllowedAddress(host, { allowLoopback: true }) && !isAllowedAddress(host, { allowLoopback: false }));
}

/**
 * Resolves the host and answers the addresses it may be reached at, or throws a
 * RefusedDestinationError when any of them is not allowed (a name that resolves to both
 * a public and a private address is refused: the connection could go to either).
 */
export async function resolveAllowedAddresses(hostname: string, policy: AddressPolicy): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0 || addresses.some(({ address }) => !isAllowedAddress(address, policy))) {
    throw new RefusedDestinationError(`${host} resolves to an address Stepwise does not send to.`);
  }
  return addresses;
}

/** A destination that resolves to (or redirects to) a place Stepwise never sends to. */
export class RefusedDestinationError extends Error {
  override name = "RefusedDestinationError";
}
