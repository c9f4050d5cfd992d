import { describe, expect, it } from 'vitest';
import { flattenMessages } from '../../../../renderer/i18n/flatten-messages';
import { ALL_TABLES, SCREEN_TABLES, START_TABLES } from '../../../../renderer/i18n/message-tables';
import { SECTIONS } from '../../../../renderer/store/ui-slice';

const keysOf = async (load: () => Promise<Parameters<typeof flattenMessages>[0]>) => Object.keys(flattenMessages(await load())).sort();

describe('message tables, one module per language', () => {
  it('every table has the same keys in English and Chinese, and no text is empty', async () => {
    for (const table of ALL_TABLES) {
      const en = flattenMessages(await table.en());
      const zh = flattenMessages(await table['zh-CN']());
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const text of [...Object.values(en), ...Object.values(zh)]) expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('every table is loaded by the start or by some screen, and every screen has an entry', async () => {
    const reachable = new Set([...START_TABLES, ...SECTIONS.flatMap((section) => SCREEN_TABLES[section])]);
    for (const table of ALL_TABLES) expect(reachable.has(table)).toBe(true);
    expect(Object.keys(SCREEN_TABLES).sort()).toEqual([...SECTIONS].sort());
  });

  it('the start tables hold the overview and shell keys the first screen draws', async () => {
    const start = new Set((await Promise.all(START_TABLES.map((table) => keysOf(table.en)))).flat());
    for (const key of ['app.loading', 'nav.overview', 'overview.ui.verdict.title', 'plan.state.overdue_one', 'profile.title', 'move.title', 'tax.ui.usAbroad.question', 'search.title'])
      expect(start.has(key), key).toBe(true);
  });

  it('no key is in two of the start tables merged into one module per language (the merge would hide one)', async () => {
    const modules = { en: await import('../../../../renderer/i18n/start-messages.en'), 'zh-CN': await import('../../../../renderer/i18n/start-messages.zh-CN') };
    for (const { startMessages } of Object.values(modules)) {
      expect(startMessages.length).toBeGreaterThan(10);
      const seen = new Set<string>();
      for (const tree of startMessages) {
        for (const key of Object.keys(flattenMessages(tree))) {
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('no key is defined by two tables with different texts (the merge order would decide)', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const seen = new Map<string, string>();
      for (const table of ALL_TABLES) {
        for (const [key, text] of Object.entries(flattenMessages(await table[language]()))) {
          if (seen.has(key)) expect(text, key).toBe(seen.get(key));
          seen.set(key, text);
        }
      }
    }
  });
});

describe('the texts of the first screen', () => {
  // The shell (app/, its banners, search, save status, menus, reminders) and the overview are drawn with
  // the start tables only; a key from a screen's table would show as the key itself.
  const firstScreenDirs = [
    'renderer/app',
    'renderer/features/overview',
    'renderer/features/search',
    'renderer/features/save-status',
    'renderer/features/backups',
    'renderer/features/appearance',
    'renderer/features/commands',
    'renderer/features/reminders',
  ];

  it('every key written out in the shell and the overview is in the start tables', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const start = new Set((await Promise.all(START_TABLES.map((table) => keysOf(table.en)))).flat());
    const used = new Set<string>();
    for (const dir of firstScreenDirs) {
      for (const entry of await readdir(dir, { recursive: true })) {
        if (!/\.tsx?$/.test(entry) || /ui-messages/.test(entry)) continue;
        const source = await readFile(join(dir, entry), 'utf8');
        for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(match[1]!);
      }
    }
    // The navigation builds its keys from the section names.
    for (const section of SECTIONS) used.add(`nav.${section}`);
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !start.has(key) && !start.has(`${key}_one`) && !start.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});
