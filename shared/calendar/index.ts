export * from './plan-calendar';
