import { getEnv } from "@/lib/config/env";

export function appUrl(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, getEnv().APP_URL + "/");
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
