// Deliberately empty. Without a file of its own here, Turbopack (Next 16.4) takes the
// repository's instrumentation.ts (Stepwise's start-up: database, shutdown handlers) into the floor app.
export function register(): void {}
