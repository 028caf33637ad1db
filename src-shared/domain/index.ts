export * from './contact.ts';
export * from './organization-code.ts';
export * from './resident-id.ts';
export * from './social-credit-code.ts';
export * from './unit-code.ts';
