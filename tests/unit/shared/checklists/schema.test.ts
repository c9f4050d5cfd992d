import { describe, expect, it } from 'vitest';
import {
  AttachmentSchema,
  ChecklistItemSchema,
  ChecklistSchema,
  ChecklistsSectionSchema,
  DueSchema,
  PlanAnchorsSchema,
} from '../../../../shared/checklists/schema';
import { createBlankChecklist, createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { BUILT_IN_TEMPLATES } from '../../../../shared/checklists/templates/index';
import { counterIds, makeItem } from './fixtures';

function issueMessages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

const blank = () => ({ ...createBlankChecklist('Mine', counterIds('c'), '2027-01-01'), items: [] as ReturnType<typeof makeItem>[] });

describe('checklist schema', () => {
  it('accepts every checklist built from a template, and a blank one', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const checklist = createChecklistFromTemplate(template, counterIds(template.id), '2027-01-01');
      expect(ChecklistSchema.safeParse(checklist).success).toBe(true);
    }
    expect(ChecklistSchema.safeParse(blank()).success).toBe(true);
  });

  it('refuses impossible dates with an i18n key', () => {
    expect(issueMessages(DueSchema.safeParse({ kind: 'fixed', date: '2027-02-30' }))).toEqual(['checklists.validation.date']);
    expect(issueMessages(PlanAnchorsSchema.safeParse({ entry: '2027-13-01' }))).toEqual(['checklists.validation.date']);
    expect(PlanAnchorsSchema.safeParse({ entry: '2028-02-29' }).success).toBe(true);
    expect(PlanAnchorsSchema.safeParse({}).success).toBe(true);
  });

  it('refuses a cycle and names it in the issue params', () => {
    const checklist = { ...blank(), items: [makeItem('a', { blockedBy: ['b'] }), makeItem('b', { blockedBy: ['a'] })] };
    const result = ChecklistSchema.safeParse(checklist);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.message === 'checklists.validation.cycle')!;
    expect(issue.path).toEqual(['items', 0, 'blockedBy']);
    expect((issue as unknown as { params: { cycle: string[] } }).params.cycle).toEqual(['a', 'b']);
  });

  it('refuses duplicate ids, self-blocking, unknown and duplicate blockers, and bad needed-by references', () => {
    const checklist = {
      ...blank(),
      items: [
        makeItem('a', { blockedBy: ['a', 'ghost'] }),
        makeItem('a'),
        makeItem('c', { blockedBy: ['a', 'a'] }),
        makeItem('d', { validity: { basis: 'issue-date', months: 6, issuedOn: null, neededBy: { kind: 'item', itemId: 'ghost' } } }),
      ],
    };
    expect(issueMessages(ChecklistSchema.safeParse(checklist)).sort()).toEqual(
      [
        'checklists.validation.duplicateBlocker',
        'checklists.validation.duplicateId',
        'checklists.validation.selfBlock',
        'checklists.validation.unknownItem',
        'checklists.validation.unknownItem',
      ].sort(),
    );
  });

  it('speaks only in i18n keys, even for garbage input', () => {
    const garbage = [
      null,
      42,
      { id: '', title: 7, items: 'x' },
      { ...blank(), order: -1, createdOn: 'soon', items: [{ id: 'x', status: 'finished', due: { kind: 'later' }, attachments: [{}] }] },
      { ...blank(), sources: [{ title: '', url: 'http://insecure', date: '2027-02-30' }] },
    ];
    for (const input of garbage) {
      const messages = issueMessages(ChecklistSchema.safeParse(input));
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(message).toMatch(/^checklists\.validation\.[a-zA-Z]+$/);
    }
    const item = issueMessages(ChecklistItemSchema.safeParse({ ...makeItem('x'), title: '  ', status: 'nope', category: 'x' }));
    expect(item.sort()).toEqual(['checklists.validation.category', 'checklists.validation.status', 'checklists.validation.titleRequired']);
  });

  it('bounds relative offsets and validity months', () => {
    expect(DueSchema.safeParse({ kind: 'relative', anchor: 'entry', offsetDays: 1.5 }).success).toBe(false);
    expect(DueSchema.safeParse({ kind: 'relative', anchor: 'entry', offsetDays: 99_999 }).success).toBe(false);
    expect(DueSchema.safeParse({ kind: 'relative', anchor: 'arrival', offsetDays: 1 }).success).toBe(false);
    expect(DueSchema.safeParse({ kind: 'relative', anchor: 'entry', offsetDays: -1, offsetMonths: 1 }).success).toBe(true);
  });

  it('accepts only sanitized attachment names and stored names that stay inside the folder', () => {
    const ok = { id: 'f1', fileName: '无犯罪记录证明.pdf', storedName: 'f1.pdf', sizeBytes: 1024, addedOn: '2027-01-05' };
    expect(AttachmentSchema.safeParse(ok).success).toBe(true);
    for (const storedName of ['../evil.pdf', '..', 'a/b.pdf', 'a\\b.pdf', '.hidden', 'x..pdf', 'CON', 'a.b.c', '']) {
      expect(issueMessages(AttachmentSchema.safeParse({ ...ok, storedName }))).toEqual(['checklists.validation.storedName']);
    }
    for (const fileName of ['../passport.pdf', 'C:\\scan.pdf', 'a\u0000b', 'trailing.', '']) {
      expect(issueMessages(AttachmentSchema.safeParse({ ...ok, fileName }))).toEqual(['checklists.validation.fileName']);
    }
    expect(AttachmentSchema.safeParse({ ...ok, sizeBytes: -1 }).success).toBe(false);
  });

  it('refuses two checklists with the same id in a plan section', () => {
    const one = blank();
    expect(ChecklistsSectionSchema.safeParse({ anchors: { entry: '2027-03-10' }, checklists: [one] }).success).toBe(true);
    expect(issueMessages(ChecklistsSectionSchema.safeParse({ anchors: {}, checklists: [one, one] }))).toEqual(['checklists.validation.duplicateId']);
  });
});
