import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { fixedLabel } from '../../../../renderer/features/checklists/fixed-labels';

const translator = (language: string) => vi.fn((key: string) => `${language}:${key}`) as unknown as TFunction & ReturnType<typeof vi.fn>;

describe('fixedLabel: a parameterless label looked up once per translator', () => {
  it('is what t gives, and asks t once per key', () => {
    const t = translator('en');
    expect(fixedLabel(t, 'checklists.status.done')).toBe('en:checklists.status.done');
    expect(fixedLabel(t, 'checklists.status.done')).toBe('en:checklists.status.done');
    expect(fixedLabel(t, 'checklists.status.todo')).toBe('en:checklists.status.todo');
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('follows a new translator (another language, or messages that loaded since)', () => {
    const en = translator('en');
    const zh = translator('zh-CN');
    expect(fixedLabel(en, 'checklists.status.done')).toBe('en:checklists.status.done');
    expect(fixedLabel(zh, 'checklists.status.done')).toBe('zh-CN:checklists.status.done');
    expect(zh).toHaveBeenCalledTimes(1);
  });
});
