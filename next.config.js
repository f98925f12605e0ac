// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and Prisma's query compiler load WebAssembly and data files at run time;
  // bundling them breaks those relative loads, so they stay in node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/client", "pg", "nodemailer", "mailparser"],
  poweredByHeader: false,
  // The Dockerfile builds with NEXT_OUTPUT=standalone (a self-contained server.js and only the
  // node_modules it needs); `npm start` and the tests use the regular output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  experimental: {
    // Data import uploads a JSON export through a server action (checked again at 5 MB there).
    serverActions: { bodySizeLimit: "6mb" },
  },
  typedRoutes: false,
  // Headers that are the same on every response, pages and API alike. The per-page ones
  // (Content-Security-Policy with its nonce, Permissions-Policy, HSTS) are set by proxy.ts at
  // run time: these here are fixed at build time, before APP_URL is known.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
