import type { TFunction } from 'i18next';

const byTranslator = new WeakMap<TFunction, Map<string, string>>();

/**
 * `t(key)` for a label without parameters (an item's status options, its category and urgency tags),
 * looked up once per translator: react-i18next hands out a new `t` when the language changes or its
 * messages load, so a new language gets new labels. Each row of a 40-item list asked i18next for the same
 * eight labels again; a scroll that brings eight rows in, right before a tick, spent most of its time there
 * (issue 16).
 */
export function fixedLabel(t: TFunction, key: string): string {
  let labels = byTranslator.get(t);
  if (!labels) {
    labels = new Map();
    byTranslator.set(t, labels);
  }
  let label = labels.get(key);
  if (label === undefined) {
    label = t(key);
    labels.set(key, label);
  }
  return label;
}
