import { codeRuns, pieceRuns, type Run } from './unbroken-runs';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.isUnbroken ? (
          <span key={index} className="unbroken">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** Text whose codes ("Form I-407", "GF 0025-2021") never break across lines; the rest wraps as usual. */
export function WithUnbrokenCodes({ text }: { text: string }) {
  return <Runs runs={codeRuns(text)} />;
}

/** A message with dates (or other units) written into it, each kept on one line; the line may break around them. */
export function WithUnbrokenPieces({ text, pieces }: { text: string; pieces: readonly string[] }) {
  return <Runs runs={pieceRuns(text, pieces)} />;
}
