export * from './channels.ts';
export * from './ipc.ts';
export * from './result.ts';
export * from './content-security-policy.ts';
export * from './sync.ts';
