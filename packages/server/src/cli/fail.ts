/** A failure the user caused or can fix: printed as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Prints one line naming what went wrong and exits non-zero; a stack only with VIGIE_DEBUG. */
export function exitWithError(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`vigie: ${message.split('\n')[0]}\n`);
  if (process.env.VIGIE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
