import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isTempFileName,
  removeStaleTempFiles,
  tempFileName,
  writeFileDurably,
  writeNewFileDurably,
} from '../../../../electron/services/storage/durable-write';
import { makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('durable-write')));
afterEach(() => cleanup());

describe('writeFileDurably', () => {
  it('creates and then replaces the file, leaving nothing else behind', async () => {
    const target = path.join(dir, 'plan.json');
    await writeFileDurably(target, 'first\n');
    expect(await readFile(target, 'utf8')).toBe('first\n');
    await writeFileDurably(target, Buffer.from('second\n'));
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('removes its temp file and rethrows when the rename fails', async () => {
    // A directory where the file should be makes rename fail after the temp file was written and fsynced.
    const target = path.join(dir, 'plan.json');
    await mkdir(target);
    await expect(writeFileDurably(target, 'x')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|EPERM|ENOTEMPTY|EEXIST/) });
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('rethrows when the folder does not exist', async () => {
    await expect(writeFileDurably(path.join(dir, 'missing', 'plan.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeNewFileDurably', () => {
  it('never replaces an existing file', async () => {
    const target = path.join(dir, 'copy.json');
    await writeNewFileDurably(target, Buffer.from('original'));
    await expect(writeNewFileDurably(target, Buffer.from('other'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('original');
  });
});

describe('temp files', () => {
  it('names them uniquely, with the pid, in a form that is never a plan file name', () => {
    const names = new Set(Array.from({ length: 100 }, () => tempFileName('plan.json')));
    expect(names.size).toBe(100);
    for (const name of names) {
      expect(name).toContain(`.${process.pid}.`);
      expect(isTempFileName(name, 'plan.json')).toBe(true);
      expect(name.endsWith('.json')).toBe(false);
    }
    expect(isTempFileName('plan.json', 'plan.json')).toBe(false);
  });

  it('removeStaleTempFiles deletes only leftovers of killed writes', async () => {
    const leftover = tempFileName('plan.json');
    const keep = ['plan.json', '.plan.json.notes', 'other.tmp', '.other.json.1.aaaaaaaaaaaa.tmp', 'plan.damaged-20270301-101502.json'];
    for (const name of [leftover, ...keep]) await writeFile(path.join(dir, name), 'x');
    expect(await removeStaleTempFiles(dir, 'plan.json')).toEqual([leftover]);
    expect((await readdir(dir)).sort()).toEqual([...keep].sort());
  });

  it('removeStaleTempFiles tolerates a missing folder', async () => {
    expect(await removeStaleTempFiles(path.join(dir, 'nope'), 'plan.json')).toEqual([]);
  });
});
