import type { Logger } from 'pino';
import type { RequestActor } from '../app/actor.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** What middleware leaves on the request for the handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    user: SessionUser | null;
    actor: RequestActor;
  };
}
