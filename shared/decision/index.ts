/**
 * The decision room: the answer the comparison gives (verdict, its basis and margin), what drives it, the
 * money at risk, what would flip it and the combined rank. Pure functions of the plan document.
 */
export * from './basis';
export * from './verdict';
export * from './schema';
export * from './plan-comparison';
export * from './drivers';
export * from './money-at-risk';
export * from './evaluate';
export * from './flip-points';
export * from './leave-month';
export * from './sensitivity';
export * from './combined-rank';
export * from './analysis';
export * from './choose-offer';
export * from './chart-data';
