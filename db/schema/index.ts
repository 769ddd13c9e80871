export * from './records';
export * from './imports';
export * from './audit';
