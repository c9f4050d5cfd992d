export * from './plan-progress';
export * from './leading-offer';
