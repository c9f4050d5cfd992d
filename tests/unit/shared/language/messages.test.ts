import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DAY_KINDS,
  FRAMEWORKS,
  MILESTONE_KINDS,
  PACING_STATUSES,
  WORD_STANDARDS,
  goalMilestones,
  messages,
} from '../../../../shared/language';
import { hsk4Goal } from './fixtures';

const en: Record<string, string> = messages.en;
const zh: Record<string, string> = messages['zh-CN'];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('language messages', () => {
  it('en and zh-CN have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('');
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('zh-CN is Chinese text, not copied English', () => {
    const untranslated = Object.keys(en).filter((key) => !/[\u4e00-\u9fff]/.test(zh[key]!));
    expect(untranslated).toEqual([]);
  });

  it('every key written in the source exists', () => {
    const folder = join(__dirname, '../../../../shared/language');
    const used = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'messages.ts')) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const match of text.matchAll(/'(language\.[\w.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('every key built from data exists: levels, study times, standards, statuses, day kinds, milestones', () => {
    const built: string[] = [];
    for (const framework of Object.values(FRAMEWORKS)) {
      built.push(framework.labelKey, ...(framework.noteKey ? [framework.noteKey] : []));
      for (const level of framework.levels) built.push(level.labelKey, ...(level.studyTime ? [level.studyTime.descriptionKey] : []));
    }
    for (const standard of Object.values(WORD_STANDARDS)) built.push(standard.labelKey);
    built.push(...PACING_STATUSES.map((status) => `language.status.${status}`));
    built.push(...DAY_KINDS.map((kind) => `language.day.${kind}`));
    built.push(...MILESTONE_KINDS.map((kind) => `language.milestone.${kind}`));
    built.push(...goalMilestones(hsk4Goal()).map((item) => item.labelKey));
    expect(built.filter((key) => !(key in en))).toEqual([]);
  });
});
