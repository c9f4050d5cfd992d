import { preloadableLazy } from '../../components/preloadable-lazy';

/**
 * The comparison brings the chart library, so it loads when first wanted: the offers screen preloads it in
 * idle time (comparison-memo.ts, useComparisonWarmUp), and opening the comparison then draws it at once.
 */
export const { Component: ComparisonView, preload: preloadComparisonView } = preloadableLazy(() => import('./comparison-view'));
