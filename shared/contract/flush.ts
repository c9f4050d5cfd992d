/**
 * What the renderer answers when main asks it to save before the window closes: whether everything is on
 * disk, and, in the person's language, what to ask them if it is not.
 */
export interface FlushOutcome {
  isSaved: boolean;
  prompt: { message: string; detail: string; retry: string; closeAnyway: string };
  /**
   * Text on screen that is not in the plan (fields with invalid or too-long text, an unsaved draft): main
   * asks before closing, with "Go back" as the default. Absent or empty when there is none.
   */
  unsavedOnScreen?: { names: string[]; message: string; detail: string; goBack: string; closeAnyway: string };
}
