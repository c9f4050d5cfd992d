export * from './plan-progress';
