// Reading a printed PDF back as a reader sees it: its words with their places (pdftotext -bbox) and its pages as
// pictures (pdftoppm → PNG → pngjs), in colour or in grey, for the handout tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

export const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';
export const PDFTOPPM = process.env.PDFTOPPM ?? '/usr/bin/pdftoppm';

/** A word of the PDF: its text, its page (0-based) and its box in points from the page's top-left. */
export interface PdfWord {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function withFile<T>(pdf: Buffer, fn: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(resolve(tmpdir(), 'ke-pdf-'));
  try {
    const file = resolve(dir, 'out.pdf');
    writeFileSync(file, pdf);
    return fn(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text, one string per page. */
export function pdfText(pdf: Buffer): string[] {
  return withFile(pdf, (_, file) => execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1));
}

/** Every word with its page and box. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const html = withFile(pdf, (_, file) => execFileSync(PDFTOTEXT, ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const words: PdfWord[] = [];
  html.split(/<page /).slice(1).forEach((chunk, page) => {
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page, text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'), x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4] });
    }
  });
  return words;
}

/** The pages as pictures at `dpi` (grey when `gray`): pngjs images, one per page. */
export function pdfPictures(pdf: Buffer, dpi = 50, gray = false): PNG[] {
  return withFile(pdf, (dir, file) => {
    execFileSync(PDFTOPPM, ['-r', String(dpi), '-png', ...(gray ? ['-gray'] : []), file, resolve(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => PNG.sync.read(readFileSync(resolve(dir, f))));
  });
}

/** What a region of a page picture holds: the share of pixels that are not near-white, and how many distinct colours (in 32-level buckets). */
export function regionInk(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }): { ink: number; colours: number } {
  const colours = new Set<number>();
  let ink = 0;
  let n = 0;
  for (let y = Math.max(0, Math.round(box.y0)); y < Math.min(png.height, Math.round(box.y1)); y++) {
    for (let x = Math.max(0, Math.round(box.x0)); x < Math.min(png.width, Math.round(box.x1)); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      n++;
      if (r < 235 || g < 235 || b < 235) ink++;
      colours.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
    }
  }
  return { ink: n ? ink / n : 0, colours: colours.size };
}

/** mm → PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;
