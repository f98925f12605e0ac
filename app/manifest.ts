import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): what a phone needs to install Stepwise as an app.
// Opening it starts at the dashboard, which sends a signed-out person to sign in.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/dashboard",
    name: "Stepwise: career goals with a buddy",
    short_name: "Stepwise",
    description: "Set career goals that are specific, measurable and dated, and reach them with an accountability buddy.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#1b5c49",
    categories: ["productivity", "education"],
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
