export * from './records';
export * from './imports';
export * from './audit';
export * from './notices';
export * from './access-codes';
export * from './counters';
export * from './staff';
export * from './help';
