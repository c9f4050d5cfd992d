export * from './schema';
export * from './reminder-schedule';
