import path from 'node:path';
import { z } from 'zod';

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  VIGIE_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v) || /^sqlite:.+/.test(v), {
      message: 'must start with postgres:// or postgresql:// (or sqlite:<file>)',
    })
    .optional(),
  VIGIE_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  VIGIE_PUBLIC_URL: z.url('must be a URL such as https://vigie.example.com').optional(),
  VIGIE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VIGIE_SIGNIN_MAX_PER_MINUTE: z.coerce.number().int().min(1, 'must be at least 1').default(10),
  VIGIE_TRUST_PROXY: z.enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' }).default('0'),
  VIGIE_DEMO_DAYS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number of days')
    .min(0, 'must be between 0 and 366')
    .max(366, 'must be between 0 and 366')
    .default(183),
  VIGIE_DEMO_CALLS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number of calls')
    .min(0, 'must be between 0 and 100000')
    .max(100_000, 'must be between 0 and 100000')
    .default(3000),
  NODE_ENV: z.string().optional(),
});

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** when unset, a secret is generated once and kept in the data directory */
  readonly secret: string | undefined;
  readonly publicUrl: string;
  readonly logLevel: z.infer<typeof envSchema>['VIGIE_LOG_LEVEL'];
  readonly signInMaxPerMinute: number;
  /** behind a reverse proxy: client addresses come from X-Forwarded-For */
  readonly trustProxy: boolean;
  readonly production: boolean;
  /** days of generated contact records in the demo workspace, ending yesterday */
  readonly demoDays: number;
  /** transcribed calls generated and analysed in the demo workspace */
  readonly demoCalls: number;
}

/** Reads the environment once; throws a ConfigError whose message names every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.VIGIE_DATA_DIR);
  const database: DatabaseConfig = e.DATABASE_URL?.startsWith('postgres')
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : {
        kind: 'sqlite',
        file: e.DATABASE_URL
          ? path.resolve(e.DATABASE_URL.slice('sqlite:'.length))
          : path.join(dataDir, 'vigie.sqlite'),
      };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    secret: e.VIGIE_SECRET,
    publicUrl: e.VIGIE_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.VIGIE_LOG_LEVEL,
    signInMaxPerMinute: e.VIGIE_SIGNIN_MAX_PER_MINUTE,
    trustProxy: e.VIGIE_TRUST_PROXY === '1' || e.VIGIE_TRUST_PROXY === 'true',
    production: e.NODE_ENV === 'production',
    demoDays: e.VIGIE_DEMO_DAYS,
    demoCalls: e.VIGIE_DEMO_CALLS,
  };
}
