export * from './currencies';
export * from './arith';
export * from './decimal';
export * from './fx';
