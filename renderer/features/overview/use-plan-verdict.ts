import { useEffect, useMemo, useState } from 'react';
import type { PlanDocument } from '../../../shared/contract/operations';
import type * as PlanComparison from '../../../shared/decision/plan-comparison';
import type { Verdict } from '../../../shared/decision/verdict';
import { whenIdle } from '../../components/when-idle';

type VerdictModule = Pick<typeof PlanComparison, 'verdictForPlan'>;

let loaded: VerdictModule | null = null;
const loadVerdictModule = () => import('../../../shared/decision/plan-comparison');

/**
 * The overview's verdict, worked out after the first screen is drawn: it needs the whole offer and tax
 * engine (a third of the overview's code) and every offer's years, none of which the rest of the first
 * screen needs (issue 16). Null until the engine is here; from then on it follows each change of the plan.
 */
export function usePlanVerdict(document: PlanDocument): Verdict | null {
  const [engine, setEngine] = useState<VerdictModule | null>(loaded);
  useEffect(() => {
    if (engine) return;
    let isCurrent = true;
    let cancelIdle: (() => void) | null = null;
    // After the frame that shows the screen, in the idle moment that follows it: the engine's download
    // and first run come after the screen is drawn.
    const frame = requestAnimationFrame(() => {
      cancelIdle = whenIdle(() => {
        void loadVerdictModule().then((module) => {
          loaded = module;
          if (isCurrent) setEngine(module);
        });
      }, 500);
    });
    return () => {
      isCurrent = false;
      cancelAnimationFrame(frame);
      cancelIdle?.();
    };
  }, [engine]);
  return useMemo(() => (engine ? engine.verdictForPlan(document) : null), [engine, document]);
}
