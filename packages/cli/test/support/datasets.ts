import { defineRuleSet, type MissionDatasetInput } from "@psea/core";
import { fieldFocalPoints, focalPointGender, focalPointGrade } from "@psea/core/rules";
import { compliantDataset } from "@psea/test-support";

export { compliantDataset };
export { compliantRiskDataset } from "@psea/test-support";
export { canaryDataset, CANARY_COMPLAINANT, CANARY_VICTIM } from "@psea/test-support";

/** The DPKO-GM-c roster rules: a fixed set, so exit codes do not move as rules are added. */
export const rosterRules = defineRuleSet({ id: "gm-c", title: "DPKO-GM-c", rules: [focalPointGrade, focalPointGender, fieldFocalPoints] });

/** The compliant dataset with the Alternate below the minimum grade: one DPKO-GM-c violation. */
export function alternateBelowGrade(): MissionDatasetInput {
  const d = compliantDataset();
  d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
  return d;
}

export const json = (value: unknown) => JSON.stringify(value);
