import { planner } from '../api/planner';
import { installHistoryKeys } from '../app/history/install-history-keys';
import { unsavedOnScreen } from '../app/history/unsaved-on-screen';
import { markLoadFailed, markPlanLoaded } from '../app/ready-signal';
import { i18next, setInterfaceLanguage } from '../i18n';
import { bootLanguage } from '../i18n/boot-language';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { interfaceLanguageOf } from '../../shared/plan/profile-values';
import { joinNames } from '../../shared/checklists/localized-text';
import { watchPlanFileOnFocus } from '../features/save-status/resolve-external-change';
import { startAutosave } from './autosave';
import { usePlanner } from './index';

/**
 * Loads the plan, starts autosave, and reports to the readiness signal the end-to-end tests wait on
 * (data-planner-ready on <body>), instead of sleeping.
 */
export async function bootPlanStore(): Promise<void> {
  // Usually already on its way (public/early-load.js asked before the app's code was evaluated).
  // Taken once: a later boot (after unlocking an encrypted plan) must ask again, not reuse the locked answer.
  const early = window.plannerEarlyLoad;
  window.plannerEarlyLoad = undefined;
  const result = await (early ?? planner().loadPlan({})).catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'internal' as const, message: String(error) },
  }));
  if (!result.ok) {
    usePlanner.getState().planLoadFailed(result.error.message);
    markLoadFailed();
    return;
  }
  const { document: plan, storage } = result.value;
  // Usually the language guessed at start, whose texts are already in; otherwise its texts load first,
  // so the first screen is drawn once and in the plan's language.
  // In recovery mode the plan is a stand-in: the language of the last plan shown is kept (i18n/boot-language.ts).
  await setInterfaceLanguage(bootLanguage(plan.profile.interfaceLanguage, storage, i18next.language as InterfaceLanguage));
  usePlanner.getState().planLoaded(plan, storage);
  usePlanner.subscribe((state, previous) => {
    const language = state.document?.profile.interfaceLanguage;
    if (language && language !== previous.document?.profile.interfaceLanguage) void setInterfaceLanguage(language);
  });
  const autosave = startAutosave(planner());
  watchPlanFileOnFocus();
  installHistoryKeys((command) => void usePlanner.getState()[command]());
  window.plannerFlushPendingSaves = async () => {
    const isSaved = await autosave.flush();
    const names = unsavedOnScreen(usePlanner.getState(), { draftGoal: i18next.t('close.onScreen.draftGoal') });
    return {
      isSaved,
      prompt: {
        message: i18next.t('close.unsaved.message'),
        detail: i18next.t('close.unsaved.detail'),
        retry: i18next.t('close.unsaved.retry'),
        closeAnyway: i18next.t('close.unsaved.closeAnyway'),
      },
      ...(names.length > 0
        ? {
            unsavedOnScreen: {
              names,
              message: i18next.t('close.onScreen.message', { count: names.length }),
              detail: i18next.t('close.onScreen.detail', { names: joinNames(names, interfaceLanguageOf(i18next.language)) }),
              goBack: i18next.t('close.onScreen.goBack'),
              closeAnyway: i18next.t('close.onScreen.closeAnyway'),
            },
          }
        : {}),
    };
  };
  // The signal itself goes up once the first screen is drawn as well (app/ready-signal.ts).
  markPlanLoaded(storage.mode === 'recovery' ? 'recovery' : 'true');
}
