import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF the app printed (poppler's pdftotext, layout kept so columns stay on one line). */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
  return stdout;
}

/** Renders each page to PNG (outPrefix-1.png, ...) so a person can look at what was printed. */
export async function pdfToPngs(pdfPath: string, outPrefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '70', pdfPath, outPrefix]);
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/**
 * The text in content order (pdftotext -raw). -layout puts a date such as 2027年1月5日 on two lines,
 * because the digits (a Latin font) and the CJK glyphs sit on slightly different baselines.
 */
export async function pdfTextRaw(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', pdfPath, '-']);
  return stdout;
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to check sizes and that nothing runs off the page. */
export async function pdfWords(pdfPath: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  const pages = stdout.split('<page ').slice(1);
  pages.forEach((pageXml, index) => {
    for (const match of pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const text = match[5]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      words.push({ page: index + 1, text, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
    }
  });
  return words;
}

/** Each page's size in points, as pdfinfo reports it (A4 is about 595 x 842, Letter 612 x 792). */
export async function pdfPageSizes(pdfPath: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', pdfPath]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}
