export * from './call-measures.ts';
export * from './transcript.ts';
