/** A silent episode's due key: the moment the silence began names it, so it is told once. */
export const silentEpisodeKey = (silentSince: Date) => `silent-since:${silentSince.toISOString()}`;
