import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The time and memory baseline: a plain React page that loads the same plan through the same `planner`
 * API and draws `?rows=N` table rows from it, with no store, no i18n, no validation. `?mode=open` waits
 * for a click before drawing the rows (the baseline for opening a screen). Typing in the input or ticking
 * the box re-renders every row, the baseline for a keystroke or a tick.
 */
type Plan = { offers: { company: string; base: { amountMinor: number } }[] };

const params = new URLSearchParams(location.search);
const rowCount = Number(params.get('rows') ?? '0');
const mode = params.get('mode') ?? 'ready';

function Rows({ plan }: { plan: Plan }) {
  const [factor, setFactor] = useState('1');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [isOpen, setIsOpen] = useState(mode !== 'open');
  const multiplier = Number(factor) || 0;
  // Ready once the rows are on screen: the frame after the first commit.
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => (document.body.dataset.plannerReady = 'true')));
  }, []);
  const offers = plan.offers.length > 0 ? plan.offers : [{ company: 'none', base: { amountMinor: 0 } }];
  return (
    <main data-bench-screen="">
      <input name="bench-input" value={factor} onChange={(event) => setFactor(event.target.value)} />
      <button type="button" data-bench="open" onClick={() => setIsOpen(true)}>
        Open
      </button>
      {isOpen ? (
        <table data-bench-rows="">
          <tbody>
            {Array.from({ length: rowCount }, (_, index) => {
              const offer = offers[index % offers.length]!;
              return (
                <tr key={index}>
                  <td>
                    <input
                      type="checkbox"
                      data-bench="tick"
                      checked={ticked.has(index)}
                      onChange={() => setTicked((current) => new Set(current.has(index) ? [...current].filter((i) => i !== index) : [...current, index]))}
                    />
                  </td>
                  <td>{offer.company}</td>
                  <td>{((offer.base.amountMinor * multiplier) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}

async function boot() {
  const result = await window.planner.loadPlan({});
  if (!result.ok) return;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Rows plan={result.value.document} />
    </StrictMode>,
  );
}

void boot();
