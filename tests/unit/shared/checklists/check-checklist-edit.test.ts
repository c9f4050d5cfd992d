import { describe, expect, it } from 'vitest';
import { checkChecklistEdit, isStatusChangeOnly, parseChecklistEdit } from '../../../../shared/checklists/check-checklist-edit';
import { ChecklistSchema, type Checklist, type ChecklistItem } from '../../../../shared/checklists/schema';
import { generateLargePlan } from '../../../fixtures/large-plan';
import { makeItem } from './fixtures';

// A template list with blockers and validity windows, then custom items up to 40.
const base: Checklist = generateLargePlan(0.1).checklists.checklists[0]!;
const blocked = base.items.findIndex((item) => item.blockedBy.length > 0);

const withItem = (at: number, edit: (item: ChecklistItem) => ChecklistItem): Checklist => ({ ...base, items: base.items.map((item, index) => (index === at ? edit(item) : item)) });

/** Edits as the store's actions make them: new objects along the changed path only. */
const EDITS: Record<string, () => Checklist> = {
  'an item ticked': () => withItem(3, (item) => ({ ...item, status: 'done' })),
  'a note typed': () => withItem(7, (item) => ({ ...item, notes: 'Bring the originals' })),
  'an item added': () => ({ ...base, items: [...base.items.slice(0, 5), makeItem('new-item'), ...base.items.slice(5)] }),
  'an item removed with its references': () => ({ ...base, items: base.items.filter((_, index) => index !== 0).map((item) => ({ ...item, blockedBy: item.blockedBy.filter((id) => id !== base.items[0]!.id) })) }),
  'two items swapped': () => ({ ...base, items: [base.items[1]!, base.items[0]!, ...base.items.slice(2)] }),
  'an unknown status': () => withItem(3, (item) => ({ ...item, status: 'maybe' as 'done' })),
  'an item ticked and its note typed': () => withItem(3, (item) => ({ ...item, status: 'done', notes: 'Sent' })),
  'an item ticked with an empty title': () => withItem(4, (item) => ({ ...item, status: 'done', title: ' ' })),
  'an item ticked with a field it does not have': () => withItem(3, (item) => ({ ...item, status: 'done', surprise: 1 }) as ChecklistItem),
  'an item ticked without a field it needs': () => withItem(3, ({ notes: _notes, ...item }) => ({ ...item, status: 'done' }) as ChecklistItem),
  'two items swapped, one of them ticked': () => ({ ...base, items: [{ ...base.items[1]!, status: 'done' }, base.items[0]!, ...base.items.slice(2)] }),
  'three items ticked at once': () => ({ ...base, items: base.items.map((item, index) => (index < 3 ? { ...item, status: 'not-needed' } : item)) }),
  'an empty title': () => withItem(4, (item) => ({ ...item, title: '  ' })),
  'a due date that is not a date': () => withItem(6, () => ({ ...base.items[6]!, due: { kind: 'fixed', date: '2027-02-30' } })),
  'two invalid items (the first is named)': () => ({ ...base, items: base.items.map((item, index) => (index === 9 ? { ...item, notes: 5 as unknown as string } : index === 2 ? { ...item, category: 'nope' as 'other' } : item)) }),
  'an item blocking itself': () => withItem(3, (item) => ({ ...item, blockedBy: [item.id] })),
  'a blocker that does not exist': () => withItem(3, (item) => ({ ...item, blockedBy: ['nobody'] })),
  'a blocker named twice': () => withItem(blocked, (item) => ({ ...item, blockedBy: [item.blockedBy[0]!, item.blockedBy[0]!] })),
  'an item removed that another waits for': () => ({ ...base, items: base.items.filter((item) => item.id !== base.items[blocked]!.blockedBy[0]) }),
  'a cycle': () => {
    const blocker = base.items.findIndex((item) => item.id === base.items[blocked]!.blockedBy[0]);
    return withItem(blocker, (item) => ({ ...item, blockedBy: [...item.blockedBy, base.items[blocked]!.id] }));
  },
  'an added item with an id the list has': () => ({ ...base, items: [...base.items, makeItem(base.items[2]!.id)] }),
  'a validity needed by an item that does not exist': () =>
    withItem(5, (item) => ({ ...item, validity: { basis: 'expiry-date', validMonthsPast: 6, expiresOn: null, neededBy: { kind: 'item', itemId: 'nobody' } } })),
  'two attachments with one stored name': () =>
    withItem(3, (item) => {
      const file = { id: 'a1', fileName: 'scan.pdf', storedName: 'a1-scan.pdf', sizeBytes: 10, addedOn: '2026-12-01' };
      return { ...item, attachments: [file, { ...file, id: 'a2' }] };
    }),
  'an item that is not an object': () => ({ ...base, items: [...base.items, null as unknown as ChecklistItem] }),
  'items that are not a list': () => ({ ...base, items: 'none' as unknown as ChecklistItem[] }),
  'the list renamed': () => ({ ...base, title: 'Before the flight' }),
  'the list renamed to nothing': () => ({ ...base, title: ' ' }),
  'the list archived, an item ticked at once': () => ({ ...withItem(3, (item) => ({ ...item, status: 'done' })), archived: true }),
  'a field the list does not have': () => ({ ...base, surprise: 1 }) as Checklist,
};

describe('checkChecklistEdit: checks what an edit of a list touched, and agrees with the checklist schema', () => {
  it('starts from a list that passes, with blockers to break', () => {
    expect(ChecklistSchema.safeParse(base).success).toBe(true);
    expect(blocked).toBeGreaterThanOrEqual(0);
    expect(checkChecklistEdit(base, base)).toBeNull();
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(name, () => {
      const after = edit();
      const whole = ChecklistSchema.safeParse(after);
      const expected = whole.success ? null : { message: whole.error.issues[0]!.message, path: whole.error.issues[0]!.path };
      expect(checkChecklistEdit(base, after)).toEqual(expected);
    });
  }

  // Main keeps what it returns as the saved document, so its output must be the schema's own (strings trimmed, defaults filled).
  for (const [name, edit] of Object.entries({ ...EDITS, 'a title typed with spaces around it': () => withItem(5, (item) => ({ ...item, title: '  Passport photos  ' })) })) {
    it(`returns what the checklist schema returns: ${name}`, () => {
      const after = edit();
      const whole = ChecklistSchema.safeParse(after);
      const parsed = parseChecklistEdit(base, after);
      expect(parsed.ok).toBe(whole.success);
      if (parsed.ok && whole.success) expect(parsed.value).toEqual(whole.data);
    });
  }

  it('reports invalid edits (the table above is not all valid)', () => {
    const refused = Object.values(EDITS).filter((edit) => checkChecklistEdit(base, edit()) !== null);
    expect(refused.length).toBeGreaterThan(10);
  });

  it('leaves the unchanged items alone: an invalid item already there is main\'s to refuse', () => {
    const broken: Checklist = { ...base, items: base.items.map((item, index) => (index === 10 ? { ...item, status: 'maybe' as 'done' } : item)) };
    const ticked: Checklist = { ...broken, items: broken.items.map((item, index) => (index === 3 ? { ...item, status: 'done' } : item)) };
    expect(checkChecklistEdit(broken, ticked)).toBeNull();
  });
});

describe('isStatusChangeOnly: a tick needs no parse of its item', () => {
  const item = base.items[3]!;
  it('is a new status on the same item, every other field the same value', () => {
    expect(isStatusChangeOnly(item, { ...item, status: 'done' })).toBe(true);
    expect(isStatusChangeOnly(item, { ...item, status: 'in-progress' })).toBe(true);
  });

  it('is not a status the schema refuses, another field changed too, a field added or gone, or another item', () => {
    expect(isStatusChangeOnly(item, { ...item, status: 'maybe' })).toBe(false);
    expect(isStatusChangeOnly(item, { ...item, status: 'done', notes: 'x' })).toBe(false);
    expect(isStatusChangeOnly(item, { ...item, status: 'done', blockedBy: [...item.blockedBy] })).toBe(false);
    expect(isStatusChangeOnly(item, { ...item, status: 'done', extra: true })).toBe(false);
    const { notes: _notes, ...withoutNotes } = item;
    expect(isStatusChangeOnly(item, { ...withoutNotes, status: 'done', extra: '' })).toBe(false);
    expect(isStatusChangeOnly(item, { ...base.items[4]!, status: 'done' })).toBe(false);
    expect(isStatusChangeOnly(undefined, { ...item, status: 'done' })).toBe(false);
    expect(isStatusChangeOnly(item, null)).toBe(false);
    expect(isStatusChangeOnly(item, [item])).toBe(false);
  });
});
