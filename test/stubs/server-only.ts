// Stands in for the `server-only` package under Vitest. The real module throws when imported
// outside a React Server Components build, which is exactly what a test runner is.
export {};
