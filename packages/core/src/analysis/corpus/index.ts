export { type FrenchCorpusOptions, generateFrenchCall, generateFrenchCorpus } from './generate.ts';
export { defaultAgentProfiles } from './profiles.ts';
export {
  type AgentHabits,
  type AgentProfile,
  type CallTruth,
  FRENCH_SCENARIOS,
  type FrenchCallSpec,
  type FrenchScenario,
  type GeneratedCall,
} from './types.ts';
