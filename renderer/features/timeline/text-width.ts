/**
 * The width a short label will take, measured on a canvas in the page's own font (the same font fallback as
 * the page, so Chinese falls back to the same CJK font). A canvas measures without a layout of the page,
 * which the timeline would otherwise pay once per label.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** Rough widths where there is no canvas: a CJK character is one em, anything else at most about 0.62 em. */
export function estimatedTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 1 : 0.62;
  return ems * fontPx;
}

/** `fontPx` and `fontFamily` as in CSS; `weight` 400 or 600 and so on. */
export function textWidth(text: string, fontPx: number, fontFamily: string, weight = 400): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimatedTextWidth(text, fontPx);
  context.font = `${weight} ${fontPx}px ${fontFamily}`;
  return context.measureText(text).width;
}

/** The page's root font size and family (one style read, no layout). */
export function pageFont(): { rootPx: number; family: string } {
  if (typeof document === 'undefined') return { rootPx: 15, family: 'sans-serif' };
  const style = getComputedStyle(document.documentElement);
  return { rootPx: parseFloat(style.fontSize) || 15, family: style.fontFamily || "sans-serif" };
}
