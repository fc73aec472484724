/**
 * Logged-in time of an agent, as a workforce or ACD system exports it (one record per agent and
 * session, interval or day). Grouped like the contacts, by the local `start`, it gives the
 * occupancy denominator: occupancy = handle time / logged-in time (DOMAIN.md).
 */
export interface AgentPresence {
  readonly vendor: string | null;
  readonly site: string | null;
  readonly activity: string | null;
  readonly agent: string | null;
  /** local wall-clock start of the record, `YYYY-MM-DDTHH:MM:SS` */
  readonly start: string;
  readonly loggedInSeconds: number;
}
