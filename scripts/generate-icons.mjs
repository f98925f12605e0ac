// `node scripts/generate-icons.mjs`: the PNG app icons browsers and phones ask for, drawn from the
// logo (app/icon.svg) with sharp (which Next already depends on). Run it after changing the logo
// and commit the PNGs; nothing is generated at build time.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const logo = readFileSync(path.join(root, "app/icon.svg"));
// Maskable: the platform crops to its own shape (circle, squircle), so the background fills the
// square and the stairs stay inside the central safe zone (80 % circle).
const maskable = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="#1b5c49"/><path d="M8 15h2.7v-2.7h2.6V9.7H16V7" transform="translate(0 1)" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`);
// Apple draws its own rounded corners and puts transparency on black: a full square.
const apple = Buffer.from(String(logo).replace('rx="6"', 'rx="0"'));

const outputs = [
  [logo, 192, "public/icons/icon-192.png"],
  [logo, 512, "public/icons/icon-512.png"],
  [maskable, 512, "public/icons/maskable-512.png"],
  [apple, 180, "app/apple-icon.png"],
];
for (const [svg, size, file] of outputs) {
  await sharp(svg, { density: (72 * size) / 24 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(root, file));
  console.info(`${file} ${size}×${size}`);
}

// /favicon.ico, which browsers and tools still ask for by name: an ICO holding the 32 px PNG
// (PNG inside ICO is valid since Windows Vista and read by every current browser).
const png32 = await sharp(logo, { density: (72 * 32) / 24 })
  .resize(32, 32)
  .png({ compressionLevel: 9 })
  .toBuffer();
const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png32.length, 14); // image size
header.writeUInt32LE(6 + 16, 18); // image offset
writeFileSync(path.join(root, "app/favicon.ico"), Buffer.concat([header, png32]));
console.info("app/favicon.ico 32×32");
