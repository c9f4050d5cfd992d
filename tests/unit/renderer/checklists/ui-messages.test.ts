import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistMessages } from '../../../../shared/checklists/messages';
import { checklistsUiMessages } from '../../../../renderer/features/checklists/ui-messages';
import { flattenMessages } from '../../../../renderer/i18n/flatten-messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const baseKey = (key: string) => key.replace(/_(one|other)$/, '');

describe('checklists UI messages', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    const en = checklistsUiMessages.en as Record<string, string>;
    const zh = checklistsUiMessages['zh-CN'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('');
      expect(zh[key]!.trim(), key).not.toBe('');
      // Chinese plurals may drop the count word, never another value.
      expect(placeholders(zh[key]!).filter((name) => name !== 'count'), key).toEqual(placeholders(en[key]!).filter((name) => name !== 'count'));
    }
  });

  it('every checklists.ui key the screens use exists', () => {
    const folder = join(process.cwd(), 'renderer/features/checklists');
    const used = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => (name.endsWith('.tsx') || name.endsWith('.ts')) && !name.startsWith('ui-messages.'))) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/'(checklists\.ui\.[\w.-]+)'/g)) used.add(match[1]!);
    }
    const known = new Set([...Object.keys(checklistsUiMessages.en)].map(baseKey));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('the domain keys the screens build at run time exist (plural keys included)', () => {
    const domain = flattenMessages(checklistMessages.en);
    for (const key of ['checklists.daysLeft.left_one', 'checklists.daysLeft.overdue_other', 'checklists.due.relativeMonthsDescription', 'checklists.blocked.by']) {
      expect(domain[key], key).toBeTruthy();
    }
    for (const reason of ['unreadable', 'not-a-file', 'too-large']) expect(checklistsUiMessages.en[`checklists.ui.vault.failure.${reason}` as keyof typeof checklistsUiMessages.en]).toBeTruthy();
  });
});
