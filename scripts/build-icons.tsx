/**
 * Writes the app's icons into public/: the favicon (an ICO holding 16, 32
 * and 48 px PNGs), the 192 and 512 px icons of the web app manifest, a
 * maskable 512 px icon (the mark inside the central safe zone, the colour to
 * the edges) and the 180 px Apple touch icon. Drawn with next/og, so no
 * image tool is needed; the files are committed, run it again after a
 * change of the mark: `npx tsx scripts/build-icons.tsx`.
 */
import { writeFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';

const BLUE = '#0b5cad';
// A map pin with a dot: the mark of a place on a map, white on the site's blue.
const PIN =
  'M12 2C7.6 2 4 5.5 4 9.9 4 15.5 12 22 12 22s8-6.5 8-12.1C20 5.5 16.4 2 12 2zm0 11a3.2 3.2 0 1 1 0-6.4 3.2 3.2 0 0 1 0 6.4z';

async function png(size: number, markShare: number, radius: number): Promise<Buffer> {
  const mark = Math.round(size * markShare);
  const image = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: BLUE,
        borderRadius: radius,
      }}
    >
      <svg width={mark} height={mark} viewBox="0 0 24 24">
        <path d={PIN} fill="#ffffff" fillRule="evenodd" />
      </svg>
    </div>,
    { width: size, height: size },
  );
  return Buffer.from(await image.arrayBuffer());
}

/** An ICO file whose entries are PNGs (read by every browser since Internet Explorer 9). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at);
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

async function main() {
  writeFileSync('public/icons/icon-192.png', await png(192, 0.7, 36));
  writeFileSync('public/icons/icon-512.png', await png(512, 0.7, 96));
  // Maskable: the launcher cuts its own shape, so the colour fills the square and the mark keeps to the middle 60%.
  writeFileSync('public/icons/maskable-512.png', await png(512, 0.5, 0));
  writeFileSync('public/icons/apple-touch-icon.png', await png(180, 0.62, 0));
  const sizes = [16, 32, 48];
  writeFileSync(
    'public/favicon.ico',
    ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size, 0.86, Math.round(size / 6)) })))),
  );
  console.log('icons written to public/icons and public/favicon.ico');
}

void main();
