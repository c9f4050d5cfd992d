import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeStoredName, isSanitizedFileName, sanitizeFileName, storedNameFor } from '../../../../shared/checklists/sanitize-file-name';

describe('sanitizeFileName', () => {
  it('keeps ordinary names, including Chinese ones', () => {
    expect(sanitizeFileName('passport scan.pdf')).toBe('passport scan.pdf');
    expect(sanitizeFileName('无犯罪记录证明.pdf')).toBe('无犯罪记录证明.pdf');
  });

  it('drops folders from either kind of path', () => {
    expect(sanitizeFileName('/home/me/docs/degree.pdf')).toBe('degree.pdf');
    expect(sanitizeFileName('C:\\Users\\me\\degree.pdf')).toBe('degree.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('replaces reserved characters, removes control characters and trailing dots or spaces', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(sanitizeFileName('bad\u0000name\u001f.txt')).toBe('badname.txt');
    expect(sanitizeFileName('report.pdf. . ')).toBe('report.pdf');
  });

  it('never returns an empty, dot-only or device name', () => {
    expect(sanitizeFileName('')).toBe('file');
    expect(sanitizeFileName('..')).toBe('file');
    expect(sanitizeFileName('folder/')).toBe('file');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('lpt1.txt')).toBe('_lpt1.txt');
  });

  it('caps the length and keeps the extension', () => {
    const long = `${'长'.repeat(300)}.pdf`;
    const result = sanitizeFileName(long);
    expect([...result].length).toBe(120);
    expect(result.endsWith('.pdf')).toBe(true);
  });

  it('is idempotent and never yields a separator or "..": any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (name) => {
        const once = sanitizeFileName(name);
        expect(sanitizeFileName(once)).toBe(once);
        expect(isSanitizedFileName(once)).toBe(true);
        expect(once).not.toMatch(/[/\\]/);
        expect(once).not.toBe('..');
        expect(once).not.toBe('.');
      }),
    );
  });
});

describe('stored names', () => {
  it('are the attachment id plus a plain lower-case extension', () => {
    expect(storedNameFor('3f2a-91', 'Scan.PDF')).toBe('3f2a-91.pdf');
    expect(storedNameFor('abc', 'no-extension')).toBe('abc');
    expect(storedNameFor('abc', 'weird.pd f')).toBe('abc');
    expect(storedNameFor('abc', '证明.文档')).toBe('abc');
    expect(storedNameFor('../../x', 'a.pdf')).toBe('x.pdf');
    expect(storedNameFor('con', 'a.pdf')).toBe('f-con.pdf');
    expect(storedNameFor('-x', 'a.pdf')).toBe('f--x.pdf');
  });

  it('always pass the safety check, whatever the id and name (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 150 }), fc.string({ maxLength: 100 }), (id, name) => {
        expect(isSafeStoredName(storedNameFor(id, name))).toBe(true);
      }),
    );
  });

  it('refuse anything that could leave the folder', () => {
    for (const bad of ['..', '../a', 'a/b', 'a\\b', '.a', 'a..b', 'nul.txt', '']) expect(isSafeStoredName(bad)).toBe(false);
  });
});
