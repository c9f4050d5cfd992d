/**
 * What the renderer answers when main asks it to save before the window closes: whether everything is on
 * disk, and, in the person's language, what to ask them if it is not.
 */
export interface FlushOutcome {
  isSaved: boolean;
  prompt: { message: string; detail: string; retry: string; closeAnyway: string };
}
