export * from './call-measures.ts';
export * from './call-result.ts';
export * from './library/library.ts';
export * from './library/library-en.ts';
export * from './rules/index.ts';
export * from './stats/index.ts';
export * from './transcript.ts';
