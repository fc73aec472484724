import {
  amazonConnectProfile,
  anonymousBankProfile,
  asteriskCdrProfile,
  type InteractionProfile,
  vigieCsvProfile,
} from '@vigie/core';

/** The file formats Vigie knows by name (`--profile`, the import's `profile`). */
export const BUILTIN_PROFILES: Readonly<Record<string, InteractionProfile>> = {
  'amazon-connect': amazonConnectProfile,
  'anonymous-bank': anonymousBankProfile,
  'asterisk-cdr': asteriskCdrProfile,
  vigie: vigieCsvProfile,
};
