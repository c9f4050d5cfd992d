import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDocument } from '../../../../shared/contract/operations';
import type { Result } from '../../../../shared/contract/result';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { RETRY_DELAYS_MS, SAVE_DEBOUNCE_MS, startAutosave, type Autosave } from '../../../../renderer/store/autosave';
import { usePlanner } from '../../../../renderer/store';

/** A fake main side whose answers the test releases one by one, to see what happens in between. */
function controllableApi() {
  const calls: { document: PlanDocument; resolve: (result: Result<{ savedAt: string }>) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const api = {
    savePlan: vi.fn(
      ({ document }: { document: PlanDocument }) =>
        new Promise<Result<{ savedAt: string }>>((resolve) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          calls.push({
            document,
            resolve: (result) => {
              inFlight--;
              resolve(result);
            },
          });
        }),
    ),
  };
  return { api, calls, maxInFlight: () => maxInFlight };
}

const saved = { ok: true as const, value: { savedAt: '2027-01-01T00:00:00.000Z' } };
const failed = { ok: false as const, error: { code: 'io' as const, message: 'disk full' } };
const name = (displayName: string) => usePlanner.getState().updateProfile({ displayName });
const flushMicrotasks = () => vi.advanceTimersByTimeAsync(0);

let autosave: Autosave | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  usePlanner.setState({ document: null, revision: 0, savedRevision: 0, saveState: 'idle', saveError: null, saveRetryAt: null, rejectedEdit: null });
  usePlanner.getState().planLoaded(createEmptyPlan(), { mode: 'normal', dataDir: '/d', planFile: '/d/plan.json' });
});
afterEach(() => {
  autosave?.stop();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('shows "saving" from the first keystroke and "saved" only after main acknowledged the write', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    name('Lin');
    expect(usePlanner.getState().saveState).toBe('saving');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 1);
    expect(api.savePlan).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(usePlanner.getState().saveState).toBe('saving');
    calls[0]!.resolve(saved);
    await flushMicrotasks();
    expect(usePlanner.getState().saveState).toBe('saved');
  });

  it('shows a failed save as failed, never as saved, and a later edit saves again', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    name('Lin');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    calls[0]!.resolve(failed);
    await flushMicrotasks();
    expect(usePlanner.getState()).toMatchObject({ saveState: 'failed', saveError: { code: 'io' } });
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS * 4);
    expect(calls).toHaveLength(1); // no retry loop hammering a full disk
    name('Lin Wei');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.document.profile.displayName).toBe('Lin Wei');
    calls[1]!.resolve(saved);
    await flushMicrotasks();
    expect(usePlanner.getState().saveState).toBe('saved');
  });

  it('writes an edit made during a save right after it, with one save in flight at a time', async () => {
    const { api, calls, maxInFlight } = controllableApi();
    autosave = startAutosave(api);
    name('A');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    name('AB');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    const flushing = autosave.flush();
    void autosave.flush();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(saved);
    await flushMicrotasks();
    expect(usePlanner.getState().saveState).toBe('saving');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.document.profile.displayName).toBe('AB');
    calls[1]!.resolve(saved);
    expect(await flushing).toBe(true);
    expect(maxInFlight()).toBe(1);
    expect(usePlanner.getState()).toMatchObject({ saveState: 'saved', savedRevision: usePlanner.getState().revision });
  });

  it('flush answers false when the latest change could not be saved', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    name('Lin');
    const flushing = autosave.flush();
    await flushMicrotasks();
    calls[0]!.resolve(failed);
    expect(await flushing).toBe(false);
  });

  it('refuses an edit the plan schema rejects, keeps the document, and says why', () => {
    const before = usePlanner.getState().document;
    const isApplied = usePlanner.getState().editDocument((d) => ({ ...d, profile: { ...d.profile, birthYear: 1700 } }));
    expect(isApplied).toBe(false);
    expect(usePlanner.getState().document).toBe(before);
    expect(usePlanner.getState().rejectedEdit).toEqual({ messageKey: 'validation.birthYearRange', path: 'profile.birthYear' });
    expect(usePlanner.getState().revision).toBe(0);
  });

  it('retries a failed write by itself after 2 s, 5 s, 10 s…, shows when, and never reports it saved until it is', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    const diskFull = { ok: false as const, error: { code: 'io' as const, message: 'ENOSPC', ioReason: 'disk-full' as const } };
    name('Lin');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    const failedAt = Date.now();
    calls[0]!.resolve(diskFull);
    await flushMicrotasks();
    expect(usePlanner.getState()).toMatchObject({ saveState: 'failed', saveError: { ioReason: 'disk-full' }, saveRetryAt: failedAt + 2000 });
    // Waits 2 000, 5 000, 10 000 ms after the first, second and third failure (RETRY_DELAYS_MS).
    for (const [attempt, delay] of [[1, 2000], [2, 5000], [3, 10_000]] as const) {
      expect(delay).toBe(RETRY_DELAYS_MS[attempt - 1]);
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(calls, `before retry ${attempt}`).toHaveLength(attempt);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls, `retry ${attempt}`).toHaveLength(attempt + 1);
      expect(usePlanner.getState().saveState).toBe('saving');
      if (attempt < 3) {
        const at = Date.now();
        calls[attempt]!.resolve(diskFull);
        await flushMicrotasks();
        expect(usePlanner.getState()).toMatchObject({ saveState: 'failed', saveRetryAt: at + RETRY_DELAYS_MS[attempt]! });
      }
    }
    calls[3]!.resolve(saved);
    await flushMicrotasks();
    expect(usePlanner.getState()).toMatchObject({ saveState: 'saved', saveError: null, saveRetryAt: null });
    // A success resets the backoff: the next failure waits 2 s again.
    name('Lin W');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    const at = Date.now();
    calls[4]!.resolve(diskFull);
    await flushMicrotasks();
    expect(usePlanner.getState().saveRetryAt).toBe(at + 2000);
  });

  it('the backoff stops growing at 60 s, and "Try again" (flush) saves at once instead of waiting', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    name('Lin');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    // Failures 1..6 wait 2, 5, 10, 30, 60 and again 60 s.
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const at = Date.now();
      calls[i]!.resolve(failed);
      await flushMicrotasks();
      waits.push(usePlanner.getState().saveRetryAt! - at);
      await vi.advanceTimersByTimeAsync(waits[i]!);
    }
    expect(waits).toEqual([2000, 5000, 10_000, 30_000, 60_000, 60_000]);
    calls[6]!.resolve(failed);
    await flushMicrotasks();
    const flushing = autosave.flush();
    expect(calls).toHaveLength(8);
    calls[7]!.resolve(saved);
    expect(await flushing).toBe(true);
    // The retry that was waiting was dropped with the flush: nothing more is sent.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(8);
  });

  it('does not retry what cannot pass by itself, and writes nothing while another program’s change waits for an answer', async () => {
    const { api, calls } = controllableApi();
    autosave = startAutosave(api);
    name('Lin');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    calls[0]!.resolve({ ok: false, error: { code: 'external-change', message: 'changed on disk' } });
    await flushMicrotasks();
    expect(usePlanner.getState()).toMatchObject({ saveState: 'failed', saveRetryAt: null, saveError: { code: 'external-change' } });
    name('Lin Wei');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
    expect(await autosave.flush()).toBe(false);
    // "Keep this version": the document is written even though nothing was edited since.
    usePlanner.getState().saveAgain();
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.document.profile.displayName).toBe('Lin Wei');
    calls[1]!.resolve({ ok: false, error: { code: 'read-only', message: 'EROFS' } });
    await flushMicrotasks();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(2);
    expect(usePlanner.getState()).toMatchObject({ saveState: 'failed', saveRetryAt: null });
  });

  it('a plan opened read-only is never sent to main, and its edits do not read as saved', async () => {
    const { api } = controllableApi();
    usePlanner.getState().planLoaded(createEmptyPlan(), { mode: 'read-only', dataDir: '/d', planFile: '/d/plan.json', detail: 'EROFS' });
    autosave = startAutosave(api);
    name('Lin');
    expect(usePlanner.getState().saveState).toBe('idle');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS * 4);
    expect(api.savePlan).not.toHaveBeenCalled();
    expect(await autosave.flush()).toBe(false);
  });
});
