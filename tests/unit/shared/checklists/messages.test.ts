import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anchorLabelKey,
  categoryLabelKey,
  checklistMessages,
  statusLabelKey,
  urgencyLabelKey,
  validityMessageKey,
  VERIFY_WITH_OFFICIAL_SOURCE_KEY,
} from '../../../../shared/checklists/messages';
import { missingAnchorMessageKey } from '../../../../shared/checklists/due-dates';
import { ANCHOR_KEYS, ITEM_CATEGORIES, ITEM_STATUSES } from '../../../../shared/checklists/checklist-values';
import { DEGREES, POINTS_FACTORS } from '../../../../shared/checklists/work-permit-points';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const en = flatten(checklistMessages.en as unknown as Tree);
const zh = flatten(checklistMessages['zh-CN'] as unknown as Tree);

/** A key exists as written or, for i18next plurals, with a _one/_other suffix. */
function has(messages: Map<string, string>, key: string): boolean {
  return messages.has(key) || (messages.has(`${key}_one`) && messages.has(`${key}_other`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('checklist messages', () => {
  it('has the same keys in English and Simplified Chinese', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same placeholders in both languages, and Chinese text in zh-CN', () => {
    for (const [key, text] of en) {
      expect(placeholders(zh.get(key)!), key).toEqual(placeholders(text));
      expect(/\p{Script=Han}/u.test(zh.get(key)!) || key.startsWith('checklists.points.category'), key).toBe(true);
    }
  });

  it('contains every literal key the checklists code uses', () => {
    const root = join(process.cwd(), 'shared', 'checklists');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      if (file.endsWith('messages.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'(checklists\.[A-Za-z0-9.-]+)'/g)) used.add(match[1]!);
      // Keys built with the local v('...') helper in the schemas.
      for (const match of readFileSync(file, 'utf8').matchAll(/\bv\('([A-Za-z]+)'\)/g)) used.add(`checklists.validation.${match[1]!}`);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      expect(has(en, key), key).toBe(true);
      expect(has(zh, key), key).toBe(true);
    }
  });

  it('contains every key built from data', () => {
    const keys = [
      ...ANCHOR_KEYS.flatMap((a) => [anchorLabelKey(a), missingAnchorMessageKey(a)]),
      ...ITEM_STATUSES.map(statusLabelKey),
      ...ITEM_CATEGORIES.map(categoryLabelKey),
      ...['done', 'overdue', 'due-soon', 'ok', 'undated'].map(urgencyLabelKey),
      ...['needed-date-unknown', 'needs-issue-date', 'needs-expiry-date', 'issued-after-needed', 'expires-too-early', 'ok'].map(validityMessageKey),
      ...POINTS_FACTORS.map((f) => `checklists.points.factor.${f}`),
      ...DEGREES.map((d) => `checklists.points.degree.${d}`),
      ...['A', 'B', 'C'].map((c) => `checklists.points.category.${c}`),
      VERIFY_WITH_OFFICIAL_SOURCE_KEY,
      'checklists.blocked.by',
    ];
    for (const key of keys) {
      expect(has(en, key), key).toBe(true);
      expect(has(zh, key), key).toBe(true);
    }
  });

  it('says the key phrases the issue asks for', () => {
    expect(en.get('checklists.due.missingAnchor.entry')).toBe('Set the entry date to see this deadline.');
    expect(en.get(VERIFY_WITH_OFFICIAL_SOURCE_KEY)).toBe('Verify with the official source');
    expect(zh.get(VERIFY_WITH_OFFICIAL_SOURCE_KEY)).toBe('请以官方信息为准');
    expect(en.get('checklists.points.note.provinces')).toMatch(/Provinces/);
  });
});
