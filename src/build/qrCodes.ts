// Build time only: one QR code per step, dist/<edition>/qr/<step-id>.svg, encoding the live page at that step in
// this edition (src/lib/print/stepLink.ts), for the printed handout. Drawn here with `qrcode` (a small, widely
// used encoder with an SVG writer), never by an outside service. Without KE_SITE_URL there is no public address
// to encode: no codes are written, the handout prints no links, and the build says so.
import QRCode from 'qrcode';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import bundle from 'virtual:story';
import { SITE_URL, qrFile, stepUrl } from '../lib/print/stepLink.ts';

export async function writeQrCodes(distDir: string): Promise<number> {
  if (!SITE_URL) {
    console.warn(`  (${bundle.story.locale}) KE_SITE_URL is not set: the handout has no QR codes or links back to the live page.`);
    return 0;
  }
  await mkdir(join(distDir, 'qr'), { recursive: true });
  let n = 0;
  for (const section of bundle.story.sections) {
    for (const step of section.steps) {
      const url = stepUrl(step.id, bundle.locales)!;
      // Level M (15% may be lost: a fold, a pen mark); a one-module quiet zone, the handout's margin does the rest.
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
      await writeFile(join(distDir, qrFile(step.id)), svg);
      n++;
    }
  }
  return n;
}
