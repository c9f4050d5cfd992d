import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { todayIso } from '../../../shared/dates/iso-date';
import { isChinaCountry } from '../../../shared/offer-tax/default-settings';
import { residencyReport, type ResidenceBasis, type ResidencyReport } from '../../../shared/residency/residency-report';
import { createEmptyResidencySection } from '../../../shared/residency/empty-section';
import type { ResidencySection } from '../../../shared/residency/schema';
import type { US_TAX_STATUSES } from '../../../shared/plan/profile-schema';
import { usePlanner } from '../../store';

export interface ResidencyState {
  section: ResidencySection;
  citizenship: string | null;
  usTaxStatus: (typeof US_TAX_STATUSES)[number];
  basis: ResidenceBasis;
  report: ResidencyReport | null;
  today: string;
}

/** The trip log and its counts, derived from the saved plan; a plan without a log reads as an empty one. */
export function useResidency(includePlanned: boolean): ResidencyState {
  const { stored, citizenship, usTaxStatus } = usePlanner(
    useShallow((s) => ({ stored: s.document?.residency, citizenship: s.document?.profile.citizenship ?? null, usTaxStatus: s.document?.profile.usTaxStatus ?? 'none' })),
  );
  const section = useMemo(() => stored ?? createEmptyResidencySection(), [stored]);
  const today = todayIso();
  const basis: ResidenceBasis = citizenship !== null && isChinaCountry(citizenship) ? 'domicile' : 'days';
  const report = useMemo(() => residencyReport({ section, basis, usTaxStatus, today, includePlanned }), [section, basis, usTaxStatus, today, includePlanned]);
  return { section, citizenship, usTaxStatus, basis, report, today };
}
