/**
 * A pure function of one string or number, remembering its last answers (issue 16). The plan's deadlines
 * are a few anchor dates plus offsets the checklist templates share, so the overview, the timeline and the
 * reminders ask the same date questions for hundreds of items on each change, and ask them again in the
 * next render: remembered, the first screen of a large plan does a tenth of the calendar arithmetic.
 * Bounded so a long session's odd dates cannot pile up: when full, everything is forgotten at once (cheap,
 * and the dates in use come back on the next ask). A call that throws remembers nothing.
 */
export function remembered<Key extends string | number, Value>(compute: (key: Key) => Value, limit = 4096): (key: Key) => Value {
  const answers = new Map<Key, Value>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
