import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate; migrate deploy on machines that can run Prisma's engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/stepwise" },
});
