// Every table of Huddle, one file per domain. drizzle-kit reads this file.
export * from './coaches';
export * from './groups';
export * from './prompts';
export * from './live-sessions';
export * from './realtime';
