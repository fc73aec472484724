import { z } from 'zod';
import { defaultCallId, roundSeconds, type TranscriptReadResult } from './check-transcript.ts';
import { callLanguage, type FileLanguageReadOptions } from './file-language.ts';
import {
  checkJsonTranscript,
  type JsonDraftTurn,
  parseTranscriptJson,
  resolveJsonSpeakers,
  shapeError,
} from './json-transcript.ts';
import { normalizeSpeakerLabel, SpeakerMap } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

const millis = z
  .number({ error: 'must be a number of milliseconds' })
  .finite()
  .min(0, { error: 'cannot be negative' });

const contactLensSchema = z.object(
  {
    LanguageCode: z.string().optional(),
    CustomerMetadata: z.object({ ContactId: z.string().optional() }).optional(),
    Participants: z
      .array(z.object({ ParticipantId: z.string(), ParticipantRole: z.string() }), {
        error: 'expected a list of participants',
      })
      .optional(),
    ConversationCharacteristics: z.object({ TotalConversationDurationMillis: millis.optional() }).optional(),
    // Sentiment, LoudnessScore, Redaction... are not read: the text keeps its [PII] marks
    Transcript: z.array(
      z.object({
        ParticipantId: z.string({ error: 'must be the id of a participant' }),
        Content: z.string(),
        BeginOffsetMillis: millis,
        EndOffsetMillis: millis,
      }),
      { error: 'expected the list of turns of the call' },
    ),
  },
  { error: 'expected an object (the Contact Lens output has "Participants" and "Transcript")' },
);

/** shapeError, with the times of this format (`BeginOffsetMillis`...) reported as `bad_timing`. */
function contactLensShapeError(file: string, error: z.ZodError): TranscriptFormatError {
  const fault = shapeError(file, error);
  // shapeError tells a time by a snake_case name (start_time); Contact Lens names them *Millis
  const last = String(error.issues[0]?.path.at(-1) ?? '');
  if (!last.endsWith('Millis')) return fault;
  return new TranscriptFormatError(file, null, 'bad_timing', fault.message.slice(`${file}: `.length));
}

/**
 * A call analysed by Amazon Connect Contact Lens: the post-call output JSON (`Participants`,
 * `Transcript`, `ConversationCharacteristics`). Each `Transcript` item is a turn, times in
 * milliseconds; items are not merged, as the gaps between them are the call's silences and hold.
 * A turn's speaker is the `ParticipantRole` (AGENT, CUSTOMER, SYSTEM) its `ParticipantId` has in
 * `Participants`, else the id itself (some outputs use the role as id); a speaker mapping given
 * for a participant id or a role wins. The language is the import's, else `LanguageCode`;
 * `callId` defaults to `CustomerMetadata.ContactId`, else the file name; the duration is
 * `TotalConversationDurationMillis`. Only voice analyses are read: a chat or email output,
 * which has no times, is refused.
 */
export function readContactLensTranscript(
  file: string,
  bytes: Uint8Array,
  options: FileLanguageReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const json = parseTranscriptJson(file, bytes, 'Contact Lens');
  const channel = typeof json === 'object' && json !== null && 'Channel' in json ? json.Channel : undefined;
  if (channel !== undefined && channel !== 'VOICE') {
    throw new TranscriptFormatError(
      file,
      null,
      'bad_shape',
      `Channel: ${JSON.stringify(channel)}: Vigie reads the Contact Lens analysis of calls (VOICE) only`,
    );
  }
  const parsed = contactLensSchema.safeParse(json);
  if (!parsed.success) throw contactLensShapeError(file, parsed.error);
  const { Transcript: items, Participants, CustomerMetadata, ConversationCharacteristics } = parsed.data;
  if (items.length === 0) {
    throw new TranscriptFormatError(file, null, 'empty_call', 'Transcript: no turn, no speech in this call');
  }

  const language = callLanguage(file, options.language, parsed.data.LanguageCode, 'LanguageCode');
  const roleById = new Map((Participants ?? []).map((p) => [p.ParticipantId, p.ParticipantRole]));
  // SpeakerMap cannot tell a mapping given with the import from its built-in names: look at the keys
  const mapped = new Set(Object.keys(options.speakers ?? {}).map(normalizeSpeakerLabel));
  const roles = resolveJsonSpeakers(
    file,
    speakers,
    items.map((item, k) => ({
      label: mapped.has(normalizeSpeakerLabel(item.ParticipantId))
        ? item.ParticipantId
        : (roleById.get(item.ParticipantId) ?? item.ParticipantId),
      path: `Transcript[${k}].ParticipantId`,
    })),
    'Contact Lens gives this participant no agent, customer or system role',
  );
  const turns: JsonDraftTurn[] = items.map((item, k) => ({
    speaker: roles[k] ?? 'agent',
    start: roundSeconds(item.BeginOffsetMillis / 1000),
    end: roundSeconds(item.EndOffsetMillis / 1000),
    text: item.Content.replace(/\s+/g, ' '),
    path: `Transcript[${k}]`,
  }));
  const duration = ConversationCharacteristics?.TotalConversationDurationMillis;

  return checkJsonTranscript(file, {
    callId: options.callId ?? (CustomerMetadata?.ContactId?.trim() || defaultCallId(file)),
    language,
    ...(duration === undefined ? {} : { durationSeconds: roundSeconds(duration / 1000) }),
    turns,
  });
}
