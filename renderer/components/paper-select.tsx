import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usualPaperSize, type PaperSize } from '../../shared/print/paper-size';
import { usePlanner } from '../store';

/** The paper a screen prints on: that of the country the person lives in now, until they choose. */
export function usePaperChoice(): [PaperSize, (paper: PaperSize) => void] {
  const homeCountry = usePlanner((state) => state.document?.profile.homeCountry ?? null);
  return useState<PaperSize>(() => usualPaperSize(homeCountry));
}

/** "Paper: A4 / Letter" beside a screen's Print and Save as PDF buttons. */
export function PaperSelect({ name, paper, onPaper }: { name: string; paper: PaperSize; onPaper(paper: PaperSize): void }) {
  const { t } = useTranslation();
  return (
    <label className="inline-field">
      {t('overview.ui.print.paper')}{' '}
      <select name={name} value={paper} onChange={(event) => onPaper(event.target.value === 'Letter' ? 'Letter' : 'A4')}>
        <option value="A4">A4</option>
        <option value="Letter">Letter</option>
      </select>
    </label>
  );
}
