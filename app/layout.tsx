import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { ServiceWorker } from "@/components/shell/service-worker";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stepwise", template: "%s · Stepwise" },
  description: "Set career goals that are specific, measurable and dated, and reach them with an accountability buddy.",
  applicationName: "Stepwise",
  // Installed on an iPhone's home screen: opens without Safari's bars, titled "Stepwise".
  appleWebApp: { capable: true, title: "Stepwise", statusBarStyle: "default" },
};

// The browser's bars take the page's background in each colour scheme (app/globals.css).
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#151e1b" },
  ],
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page carries the script nonce of its own response (proxy.ts), so none may be
  // prerendered at build time: its scripts would have no nonce and the browser would block them.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
