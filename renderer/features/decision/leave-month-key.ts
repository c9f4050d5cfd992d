/**
 * The sentence for "leaving the leader in its first N months makes the runner-up the better choice". One month
 * is a sentence of its own in both languages ("in its first month", 第 1 个月), not "its first 1 months":
 * Chinese has no plural forms for i18next to choose between, so the choice is made here.
 */
export function leaveWorseKey(lastWorseMonth: number): 'decision.flip.leaveWorseFirstMonth' | 'decision.flip.leaveWorse' {
  return lastWorseMonth === 1 ? 'decision.flip.leaveWorseFirstMonth' : 'decision.flip.leaveWorse';
}
