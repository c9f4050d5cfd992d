import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../../../shared/language/messages';
import { hskExamMessages } from '../../../../renderer/features/language/hsk-exam-messages';
import { languageUiMessages } from '../../../../renderer/features/language/ui-messages';

const FOLDER = join(import.meta.dirname, '../../../../renderer/features/language');

describe('language UI messages', () => {
  it('en and zh-CN have the same keys, none empty', () => {
    expect(Object.keys(languageUiMessages['zh-CN']).sort()).toEqual(Object.keys(languageUiMessages.en).sort());
    for (const table of Object.values(languageUiMessages)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('every literal language.* key used by the screens exists', () => {
    const known = new Set([...Object.keys(languageUiMessages.en), ...Object.keys(messages.en), ...Object.keys(hskExamMessages.en)]);
    const plural = (key: string) => known.has(`${key}_one`) && known.has(`${key}_other`);
    for (const file of readdirSync(FOLDER).filter((name) => /\.tsx?$/.test(name) && name !== 'ui-messages.ts' && name !== 'hsk-exam-messages.ts')) {
      const source = readFileSync(join(FOLDER, file), 'utf8');
      for (const [, key] of source.matchAll(/'(language\.(?:ui|pacing|status|field|error|standard|milestone|chart|streak|day|rest)\.[\w.-]+)'/g)) {
        expect(known.has(key!) || plural(key!), `${file}: ${key}`).toBe(true);
      }
    }
  });
});
