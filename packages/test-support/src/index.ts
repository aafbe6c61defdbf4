// Shared test helpers. Tests of every package import them from `@psea/test-support`, never from
// another package's `test/` folder by relative path.
export { AS_OF, compliantDataset, heldCadences, person } from "./mission-dataset";
export { CANARY_COMPLAINANT, CANARY_VICTIM, canaryDataset } from "./canary";
export { casesKind, fixtureKinds, hostileKind, trainingKind } from "./fixture-kinds";
export { compliantRiskDataset, type RiskMissionInput, withRisk } from "./risk-dataset";
export { parseCsv } from "./csv";
export {
  type CandidateHistory,
  candidateHistory,
  type HistoryRandom,
  seededRandom,
  type ValidHistory,
  validHistory,
} from "./case-histories";
