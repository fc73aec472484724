import type { Transcript } from '../transcript.ts';

/**
 * Four Harper Valley bank calls, hand-converted for the English library's test (core cannot read
 * the server's Gridspace importer, and tests must not read the shared data folder). Source: the
 * Gridspace-Stanford Harper Valley corpus (Apache-2.0), the same calls as
 * packages/server/test/fixtures/harper-valley/transcript/<callId>.json. Conversion as the importer
 * does it: the reference text (`human_transcript`), `caller` as customer, times in seconds on one
 * clock (`start_timestamp_ms` from the earliest channel start), turns in time order. "[noise]" turns
 * are kept: they are turns of the transcript and count for THEN/n and silences.
 *
 * - 0002f70f7386445b: greeting split over three turns, the agent asks to repeat, no summary;
 * - 01f7ec3700424bc0: the agent says only "hello" (no company name), then "okay one second please";
 * - 08f12faa2b594aa6: the agent asks "what is your address" before sending a checkbook;
 * - 0a76782d6ee84f73: a card replaced with no identity question, "thank you so much for calling
 *   harper valley national bank".
 */
export const HARPER_VALLEY_CALLS: readonly Transcript[] = [
  {
    callId: '0002f70f7386445b',
    language: 'en',
    links: {},
    turns: [
      { speaker: 'agent', start: 3.72, end: 6.39, text: 'hello this is harper valley national bank' },
      { speaker: 'agent', start: 6.89, end: 8.03, text: 'my name is elizabeth' },
      { speaker: 'agent', start: 8.52, end: 9.75, text: 'how can i help you today' },
      { speaker: 'customer', start: 12.89, end: 13.22, text: 'hi' },
      { speaker: 'customer', start: 13.72, end: 15.16, text: 'my name is patricia brown' },
      { speaker: 'customer', start: 17.42, end: 18.38, text: 'i lost my debit card' },
      { speaker: 'customer', start: 19.19, end: 20, text: 'can you send me a new one' },
      { speaker: 'agent', start: 23.59, end: 25.42, text: 'which card would you like to replace' },
      { speaker: 'customer', start: 27.82, end: 28.33, text: 'my' },
      { speaker: 'customer', start: 29.12, end: 29.81, text: 'debit card' },
      { speaker: 'agent', start: 31.62, end: 32.76, text: 'can you repeat that please' },
      { speaker: 'customer', start: 34.09, end: 34.39, text: 'yes' },
      { speaker: 'customer', start: 34.92, end: 36.09, text: 'my debit card' },
      {
        speaker: 'agent',
        start: 38.19,
        end: 40.59,
        text: 'is there anything else i can help you with today',
      },
      { speaker: 'customer', start: 42.49, end: 44.32, text: 'no that was going to be it' },
      { speaker: 'agent', start: 45.69, end: 47.55, text: 'thank you for calling have a great day' },
      { speaker: 'customer', start: 48.82, end: 49.24, text: 'bye' },
      { speaker: 'customer', start: 50.19, end: 50.61, text: '[noise]' },
    ],
  },
  {
    callId: '01f7ec3700424bc0',
    language: 'en',
    links: {},
    turns: [
      { speaker: 'agent', start: 4.82, end: 5.12, text: 'hello' },
      {
        speaker: 'customer',
        start: 6.74,
        end: 13.49,
        text: 'yes hello this is uh robert jones i would like to know uh what your local branch hours are please',
      },
      { speaker: 'agent', start: 24.22, end: 25.3, text: 'okay one second please' },
      { speaker: 'customer', start: 26.65, end: 27.46, text: 'certainly' },
      { speaker: 'agent', start: 30.19, end: 30.64, text: '[baby]' },
      { speaker: 'agent', start: 31.29, end: 31.89, text: '[baby]' },
      { speaker: 'agent', start: 37.42, end: 37.6, text: '<unk>' },
      { speaker: 'agent', start: 40.23, end: 43.29, text: 'the branch hours are nine thirty am to five p m' },
      { speaker: 'customer', start: 45.42, end: 47.04, text: 'okay thank you very much' },
      { speaker: 'agent', start: 51.72, end: 52.95, text: 'is there anything else i can help you with' },
      {
        speaker: 'customer',
        start: 54.55,
        end: 57.19,
        text: 'no i think that will be it thank you very much',
      },
      { speaker: 'agent', start: 58.32, end: 59.76, text: 'thank you for calling have a great day' },
      { speaker: 'customer', start: 60.69, end: 61.62, text: 'you too bye bye' },
    ],
  },
  {
    callId: '08f12faa2b594aa6',
    language: 'en',
    links: {},
    turns: [
      { speaker: 'customer', start: 2.32, end: 2.74, text: 'hello' },
      { speaker: 'agent', start: 3.09, end: 3.39, text: '[noise]' },
      {
        speaker: 'agent',
        start: 4.12,
        end: 8.86,
        text: 'hello this is harper valley national bank my name is linda how can i help you today',
      },
      { speaker: 'customer', start: 9.22, end: 9.52, text: '[noise]' },
      {
        speaker: 'customer',
        start: 10.12,
        end: 13.18,
        text: 'hi my name is john rodriguez i need a new checkbook',
      },
      { speaker: 'agent', start: 18.19, end: 19.57, text: 'what is your address' },
      { speaker: 'customer', start: 21.07, end: 22.48, text: 'zero six' },
      { speaker: 'customer', start: 23.02, end: 23.35, text: 'eight' },
      { speaker: 'customer', start: 24.09, end: 27.39, text: 'first street harper valley california' },
      { speaker: 'customer', start: 29.79, end: 32.19, text: 'and then two five three zero six' },
      { speaker: 'customer', start: 39.46, end: 39.64, text: '[noise]' },
      { speaker: 'customer', start: 40.49, end: 40.64, text: '[noise]' },
      {
        speaker: 'agent',
        start: 40.62,
        end: 43.74,
        text: 'a new checkbook has been sent to your home address',
      },
      { speaker: 'customer', start: 43.52, end: 43.61, text: '[noise]' },
      { speaker: 'agent', start: 44.42, end: 46.25, text: 'is there anything else i can help you with' },
      { speaker: 'customer', start: 44.92, end: 45.73, text: 'thank you <unk>' },
      { speaker: 'customer', start: 47.42, end: 48.77, text: "that's all thank you so much" },
      { speaker: 'agent', start: 49.65, end: 51.51, text: 'thank you for calling have a great day' },
      { speaker: 'customer', start: 49.99, end: 50.68, text: '[noise] [noise] [noise]' },
    ],
  },
  {
    callId: '0a76782d6ee84f73',
    language: 'en',
    links: {},
    turns: [
      {
        speaker: 'agent',
        start: 3.02,
        end: 8.63,
        text: 'hello this is harper valley national bank my name is robert how can i help you today',
      },
      {
        speaker: 'customer',
        start: 10.32,
        end: 15.54,
        text: 'hi my name is john miller i left my debit card can you send me a new one',
      },
      { speaker: 'agent', start: 18.41, end: 19.97, text: 'sure you say your debit card' },
      { speaker: 'customer', start: 22.16, end: 23.21, text: 'yes my debit card' },
      { speaker: 'agent', start: 24.32, end: 27.62, text: 'okay sure we can replace your debit card today' },
      { speaker: 'agent', start: 29.22, end: 32.16, text: 'let me get that done for you one moment' },
      { speaker: 'agent', start: 35.72, end: 37.34, text: 'okay so' },
      { speaker: 'agent', start: 37.89, end: 39.45, text: 'i have now submitted' },
      { speaker: 'agent', start: 40.19, end: 42.77, text: 'and ordered a replacement debit card' },
      {
        speaker: 'agent',
        start: 43.32,
        end: 47.79,
        text: 'would actually be arriving at about three to five business days to your address',
      },
      {
        speaker: 'agent',
        start: 48.52,
        end: 51.79,
        text: "and is there anything else i can help you with today ma'am",
      },
      { speaker: 'customer', start: 53.32, end: 54.97, text: 'no that was all thank you' },
      {
        speaker: 'agent',
        start: 56.02,
        end: 62.98,
        text: 'okay absolutely well thank you so much for calling harper valley national bank and you have a great day',
      },
      { speaker: 'customer', start: 64.82, end: 65.78, text: 'you too bye now' },
    ],
  },
];
