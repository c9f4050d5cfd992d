import { describe, expect, it } from 'vitest';
import { checklistsUiMessages } from '../../../renderer/features/checklists/ui-messages';
import { languageUiMessages } from '../../../renderer/features/language/ui-messages';
import { offersUiMessages } from '../../../renderer/features/offers/ui-messages';
import { taxUiMessages } from '../../../renderer/features/tax/ui-messages';
import { checklistMessages } from '../../../shared/checklists/messages';
import { messages as languageMessages } from '../../../shared/language/messages';
import { OFFER_MESSAGES } from '../../../shared/offers/messages';
import { planMessages } from '../../../shared/plan/messages';
import { TAX_MESSAGES } from '../../../shared/tax/messages';

const LOCALES = ['en', 'zh-CN'] as const;

/** Every string of a (possibly nested) message table. */
function strings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (table && typeof table === 'object') return Object.values(table).flatMap(strings);
  return [];
}

describe('messages say the same thing the same way', () => {
  it('every refused date gets the plan’s date message, in both languages', () => {
    for (const locale of LOCALES) {
      const expected = planMessages[locale]['validation.date'];
      expect(OFFER_MESSAGES[locale]['offers.validation.invalidDate']).toBe(expected);
      expect(checklistMessages[locale].checklists.validation.date).toBe(expected);
      expect(languageMessages[locale]['language.error.dateInvalid']).toBe(expected);
    }
  });

  it('Simplified Chinese addresses the person as 你, never 您', () => {
    const tables = [OFFER_MESSAGES['zh-CN'], checklistMessages['zh-CN'], languageMessages['zh-CN'], TAX_MESSAGES['zh-CN'], offersUiMessages['zh-CN'], checklistsUiMessages['zh-CN'], languageUiMessages['zh-CN'], taxUiMessages['zh-CN']];
    const formal = tables.flatMap(strings).filter((text) => text.includes('您'));
    expect(formal).toEqual([]);
  });

  it('"too long" messages give the limit', () => {
    for (const locale of LOCALES) {
      expect(OFFER_MESSAGES[locale]['offers.validation.textTooLong']).toContain('200');
      expect(OFFER_MESSAGES[locale]['offers.validation.notesTooLong']).toContain('10,000');
      expect(languageMessages[locale]['language.error.textTooLong']).toContain('500');
      expect(languageMessages[locale]['language.error.labelTooLong']).toContain('60');
      expect(checklistsUiMessages[locale]['checklists.ui.validation.tooLong']).toContain('5,000');
      expect(checklistsUiMessages[locale]['checklists.ui.validation.titleTooLong']).toContain('300');
    }
  });
});
