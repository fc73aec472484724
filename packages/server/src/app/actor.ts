import { type Action, type Actor, can, type Resource } from '@vigie/core';
import { AppError } from '../http/app-error.ts';

/** A signed-in member acting in one workspace. */
export interface RequestActor extends Actor {
  readonly email: string;
}

/** The one gate every use case passes through; the rules live in core's policy. */
export function authorize(actor: RequestActor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw AppError.forbidden();
}
