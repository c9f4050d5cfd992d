export * from './source-title';
