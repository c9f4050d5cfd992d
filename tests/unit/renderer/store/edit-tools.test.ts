import { describe, expect, it, vi } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { usePlanner } from '../../../../renderer/store';
import { areEditToolsLoaded, editTools, hasWaitingEdits, loadEditTools } from '../../../../renderer/store/edit-tools';

/**
 * The edit checks load after the first screen (renderer/store/edit-tools). This file is the one renderer
 * test that starts without them (tests/unit/setup/edit-tools.ts skips it): an edit made in that moment
 * must wait, then be applied in order, checked like any other, and saved.
 */
const ready = { mode: 'ready' as const, dataDir: '/data', planFile: '/data/plan.json', backupsDir: '/data/backups' };

describe('edits made before the edit checks have loaded', () => {
  it('wait, then apply in the order they were made, and a bad one is still refused', async () => {
    expect(areEditToolsLoaded()).toBe(false);
    expect(() => editTools()).toThrow(/before they were loaded/);
    usePlanner.getState().planLoaded(createEmptyPlan(), ready as never);
    const before = usePlanner.getState().document!;

    expect(usePlanner.getState().editDocument((d) => ({ ...d, profile: { ...d.profile, displayName: 'Ada' } }))).toBe(true);
    usePlanner.getState().updateMove({ destinationCity: 'Shanghai' });
    // A name of 101 characters: the profile schema allows 100 (shared/plan/profile-values.ts).
    usePlanner.getState().updateProfile({ homeCity: 'x'.repeat(101) });
    usePlanner.getState().updateProfile({ displayName: 'Ada Lovelace' });

    // Nothing is applied yet, but the status no longer reads "saved".
    expect(usePlanner.getState().document).toBe(before);
    expect(usePlanner.getState().revision).toBe(0);
    expect(usePlanner.getState().saveState).toBe('saving');
    expect(hasWaitingEdits()).toBe(true);

    await loadEditTools();

    const after = usePlanner.getState();
    expect(hasWaitingEdits()).toBe(false);
    // Three edits applied (the last name wins), the too-long city refused at its field path.
    expect(after.revision).toBe(3);
    expect(after.document!.profile.displayName).toBe('Ada Lovelace');
    expect(after.document!.move.destinationCity).toBe('Shanghai');
    expect(after.document!.profile.homeCity).toBe('');
    expect(after.rejectedEdit).toBeNull();
    // Once loaded, a bad edit is refused at once and says where.
    expect(usePlanner.getState().editDocument((d) => ({ ...d, profile: { ...d.profile, homeCity: 'x'.repeat(101) } }))).toBe(false);
    expect(usePlanner.getState().rejectedEdit?.path).toBe('profile.homeCity');
  });

  it('saving before quitting waits for them, so the edit reaches the disk', async () => {
    // A fresh module state: the checks not loaded, one edit waiting.
    vi.resetModules();
    const store = await import('../../../../renderer/store');
    const tools = await import('../../../../renderer/store/edit-tools');
    const autosaveModule = await import('../../../../renderer/store/autosave');
    expect(tools.areEditToolsLoaded()).toBe(false);
    store.usePlanner.getState().planLoaded(createEmptyPlan(), ready as never);
    store.usePlanner.getState().updateProfile({ displayName: 'Typed just before quitting' });
    const saves: string[] = [];
    const autosave = autosaveModule.startAutosave({ savePlan: async ({ document }) => (saves.push(document.profile.displayName), { ok: true, value: { savedAt: 'now' } }) }, store.usePlanner);
    expect(await autosave.flush()).toBe(true);
    expect(saves).toEqual(['Typed just before quitting']);
    autosave.stop();
  });

  it('leave the checklist templates out: only the screens other than the overview load them, and their actions work then', async () => {
    vi.resetModules();
    const store = await import('../../../../renderer/store');
    const tools = await import('../../../../renderer/store/edit-tools');
    await tools.loadEditTools();
    expect(() => tools.templateTools()).toThrow(/before they were loaded/);
    expect(Object.keys(tools.editTools())).not.toContain('findTemplate');
    store.usePlanner.getState().planLoaded(createEmptyPlan(), ready as never);
    await tools.loadTemplateTools();
    expect(tools.templateTools().findTemplate('china-work-z-visa')?.id).toBe('china-work-z-visa');
    store.usePlanner.getState().addChecklistFromTemplate('china-work-z-visa');
    expect(store.usePlanner.getState().document!.checklists.checklists.map((c) => c.templateId)).toEqual(['china-work-z-visa']);
  });
});
