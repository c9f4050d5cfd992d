/**
 * Names joined as a list in the interface language ("A, B, and C" / "A、B和C"), with a space between a Latin name
 * and the Chinese "和" beside it: Intl.ListFormat writes "Shenzhen Cloud和Berlin Mobility GmbH", where every other
 * Chinese message here puts a space around a Latin name (note 0029). "、" is full width and needs none.
 */
const LATIN_END = /[\p{Script=Latin}\d.)]$/u;
const LATIN_START = /^[\p{Script=Latin}\d(]/u;

export function listNames(list: Intl.ListFormat, names: string[]): string {
  const parts = list.formatToParts(names);
  return parts
    .map((part, index) => {
      if (part.type !== 'literal' || part.value.trim() !== '和') return part.value;
      const before = parts[index - 1]?.value ?? '';
      const after = parts[index + 1]?.value ?? '';
      return `${LATIN_END.test(before) ? ' ' : ''}和${LATIN_START.test(after) ? ' ' : ''}`;
    })
    .join('');
}
