import { z } from 'zod';

/**
 * A transcribed call (issue 5): who spoke when, and what was said. Times are seconds from the
 * start of the recording; a turn is one speaker's stretch of speech as the transcription gives
 * it. Hold music, IVR prompts and system messages are turns of the `system` role.
 */

export const SPEAKER_ROLES = ['agent', 'customer', 'system'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

const seconds = z.number().finite().min(0, { error: 'cannot be negative' });

/** A word with its own timing, when the transcription gives it (for exact time spans of hits). */
export const wordSchema = z.object({
  text: z.string(),
  start: seconds,
  end: seconds,
});
export type Word = z.output<typeof wordSchema>;

export const turnSchema = z
  .object({
    speaker: z.enum(SPEAKER_ROLES, { error: 'must be agent, customer or system' }),
    /** seconds from the start of the call */
    start: seconds,
    end: seconds,
    text: z.string(),
    words: z.array(wordSchema).optional(),
  })
  .refine((t) => t.end >= t.start, { error: 'ends before it starts', path: ['end'] });
export type Turn = z.output<typeof turnSchema>;

/** What ties a call to its contact record and to the organisation (all optional: a file may not say). */
export const callLinksSchema = z.object({
  /** the interaction's id in the contact records, when known */
  interactionId: z.string().min(1).optional(),
  vendor: z.string().min(1).optional(),
  site: z.string().min(1).optional(),
  agent: z.string().min(1).optional(),
  activity: z.string().min(1).optional(),
  /** local date and time the call started, ISO 8601 without zone (YYYY-MM-DDTHH:MM[:SS]) */
  startedAt: z.string().optional(),
});
export type CallLinks = z.output<typeof callLinksSchema>;

export const transcriptSchema = z.object({
  callId: z.string().trim().min(1, { error: 'cannot be empty' }),
  /** BCP 47 language of the call (fr, fr-FR, en-GB...) */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language code such as fr or en-GB' }),
  /** total length of the recording in seconds, when known; else the end of the last turn */
  durationSeconds: seconds.optional(),
  links: callLinksSchema.default({}),
  /** in time order: hits and the call viewer refer to turns by their index */
  turns: z
    .array(turnSchema)
    .min(1, { error: 'a call needs at least one turn' })
    .superRefine((turns, ctx) => {
      for (let i = 1; i < turns.length; i++) {
        if ((turns[i] as Turn).start < (turns[i - 1] as Turn).start)
          ctx.addIssue({ code: 'custom', path: [i, 'start'], message: 'starts before the turn before it' });
      }
    }),
});
export type Transcript = z.output<typeof transcriptSchema>;
export type TranscriptInput = z.input<typeof transcriptSchema>;
