import { describe, expect, it } from 'vitest';
import { planFilesUiMessages } from '../../../../renderer/features/plan-files/ui-messages';
import { describeImportProblem, type ImportProblem } from '../../../../shared/plan-files/problems';

const CODES: ImportProblem['code'][] = [
  'file-too-large', 'not-a-plan-file', 'too-many-entries', 'unexpected-entry', 'unsafe-name', 'duplicate-entry', 'entry-too-large',
  'unpacked-too-large', 'missing-entry', 'bad-json', 'forbidden-key', 'too-deep', 'manifest-invalid', 'newer-format', 'size-mismatch',
  'checksum-mismatch', 'newer-plan', 'plan-invalid', 'unknown-key', 'attachment-not-listed', 'attachment-missing', 'attachment-unused',
  'attachment-size-differs',
];

describe('plan file messages', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(planFilesUiMessages['zh-CN']).sort()).toEqual(Object.keys(planFilesUiMessages.en).sort());
    for (const table of [planFilesUiMessages.en, planFilesUiMessages['zh-CN']]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('names every reason an import can be refused, in both languages', () => {
    for (const code of CODES) {
      expect(planFilesUiMessages.en).toHaveProperty([`planFiles.problem.${code}`]);
      expect(planFilesUiMessages['zh-CN']).toHaveProperty([`planFiles.problem.${code}`]);
    }
    expect(describeImportProblem({ code: 'checksum-mismatch', name: 'plan.json' })).toBe(
      'plan.json does not match its checksum: the file is damaged or was changed.',
    );
  });
});
