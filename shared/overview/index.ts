export * from './plan-progress';
export * from './destination-suggestion';
