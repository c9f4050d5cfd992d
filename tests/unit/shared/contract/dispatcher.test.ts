import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type PlanStoreAccess } from '../../../../electron/services/handlers/create-handlers';
import { createDispatcher } from '../../../../electron/services/ipc/dispatcher';
import { OPERATION_NAMES, type PlanDocument } from '../../../../shared/contract/operations';
import { isTrustedSender } from '../../../../shared/contract/sender';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';

const APP = { isMainFrame: true, url: 'app://planner/index.html' };
const fakePlatform = {
  appVersion: '1.0.0',
  platform: 'linux',
  openPath: async () => '',
  chooseSavePath: async () => null,
  chooseFilesToOpen: async () => [],
  printToPdf: async () => new Uint8Array(),
};

function setup(mode: 'normal' | 'recovery' = 'normal') {
  const saved: PlanDocument[] = [];
  const store: PlanStoreAccess = {
    status:
      mode === 'normal'
        ? { mode, dataDir: '/data', planFile: '/data/plan.json' }
        : { mode, dataDir: '/data', planFile: '/data/plan.json', quarantinedFile: '/data/plan.damaged.json', reason: 'invalid', detail: 'x', newestBackup: null },
    getDocument: () => createEmptyPlan(),
    flush: async () => undefined,
    save: vi.fn(async (document: PlanDocument) => {
      saved.push(document);
      return { savedAt: '2027-01-01T00:00:00.000Z' };
    }),
  };
  const handlers = createHandlers(store, fakePlatform);
  return { dispatch: createDispatcher(handlers), saved, store };
}

describe('sender check', () => {
  it('trusts only the app main frame', () => {
    expect(isTrustedSender(APP)).toBe(true);
    expect(isTrustedSender({ isMainFrame: false, url: 'app://planner/index.html' })).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url: 'https://evil.example/app://planner/' })).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url: 'app://planner.evil/index.html' })).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url: 'file:///index.html' })).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url: '' })).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url: 'not a url' })).toBe(false);
  });

  it('refuses forged senders before parsing or handling anything', async () => {
    const { dispatch, store } = setup();
    for (const sender of [
      { isMainFrame: false, url: 'app://planner/index.html' },
      { isMainFrame: true, url: 'https://attacker.example/' },
      { isMainFrame: true, url: 'devtools://devtools/bundled/inspector.html' },
    ]) {
      const result = await dispatch(sender, 'savePlan', { document: createEmptyPlan() });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(store.save).not.toHaveBeenCalled();
  });
});

describe('payload validation', () => {
  it('rejects unknown operations, including prototype names', async () => {
    const { dispatch } = setup();
    for (const name of ['deleteEverything', '__proto__', 'constructor', 'toString', 42, null, undefined]) {
      expect(await dispatch(APP, name, {})).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    }
  });

  it('rejects malformed payloads with field errors and saves nothing', async () => {
    const { dispatch, store } = setup();
    const bad = createEmptyPlan();
    const cases: unknown[] = [
      undefined,
      null,
      'plan',
      [],
      {},
      { document: null },
      { document: { ...bad, schemaVersion: 1 } },
      { document: { ...bad, schemaVersion: 3 } },
      { document: { ...bad, profile: { ...bad.profile, birthYear: 1850 } } },
      { document: { ...bad, move: { ...bad.move, targetMoveDate: '2027-02-30' } } },
      { document: { ...bad, extra: true } },
      { document: bad, extra: true },
      { document: { ...bad, profile: { ...bad.profile, homeCurrency: 'XXX' } } },
    ];
    for (const payload of cases) {
      const result = await dispatch(APP, 'savePlan', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
    const result = await dispatch(APP, 'savePlan', { document: { ...bad, profile: { ...bad.profile, birthYear: 1850 } } });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { 'document.profile.birthYear': 'validation.birthYearRange' } } });
    expect(store.save).not.toHaveBeenCalled();
  });

  it('passes a valid payload to the handler and wraps the result', async () => {
    const { dispatch, saved, store } = setup();
    const document = createEmptyPlan();
    document.profile.displayName = 'Lin';
    expect(await dispatch(APP, 'savePlan', { document })).toEqual({ ok: true, value: { savedAt: '2027-01-01T00:00:00.000Z' } });
    expect(saved).toHaveLength(1);
    // The request schema has just validated the whole document, so the store is told not to parse it again.
    expect(vi.mocked(store.save).mock.calls[0]?.[1]).toEqual({ isValidated: true });
    expect(await dispatch(APP, 'loadPlan', {})).toMatchObject({ ok: true, value: { storage: { mode: 'normal' } } });
  });

  it('refuses saves in recovery mode', async () => {
    const { dispatch, store } = setup('recovery');
    expect(await dispatch(APP, 'savePlan', { document: createEmptyPlan() })).toMatchObject({ ok: false, error: { code: 'recovery-mode' } });
    expect(store.save).not.toHaveBeenCalled();
  });

  it('reports a store failure while saving as an io error', async () => {
    const { dispatch, store } = setup();
    vi.mocked(store.save).mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'io' }));
    expect(await dispatch(APP, 'savePlan', { document: createEmptyPlan() })).toMatchObject({ ok: false, error: { code: 'io', message: 'disk full' } });
  });

  it('turns a handler that throws into an internal error result instead of crossing the boundary', async () => {
    const { store } = setup();
    const handlers = createHandlers(store, { ...fakePlatform, openPath: async () => Promise.reject(new Error('shell gone')) });
    const dispatch = createDispatcher(handlers);
    expect(await dispatch(APP, 'openDataFolder', {})).toEqual({ ok: false, error: { code: 'internal', message: 'shell gone' } });
  });

  it('has one handler per declared operation', () => {
    const { store } = setup();
    const handlers = createHandlers(store, fakePlatform);
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });
});
