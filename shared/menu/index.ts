export * from './commands';
export * from './menu-labels';
export * from './menu-template';
export * from './shortcuts';
