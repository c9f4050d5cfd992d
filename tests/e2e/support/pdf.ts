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
