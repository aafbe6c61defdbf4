import { cite } from "../../../parameters/citation";
import { defineRule, type Rule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import type { CodeCable1474Measure, Mission } from "../../../vocabulary/mission";

/**
 * Each Code Cable 1474 measure with its number in the cable's list and its name there.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * codeCable1474MeasureList["standing-task-force"]; // { number: 3, name: "Standing SEA Task Force" }
 */
export const codeCable1474MeasureList: { readonly [M in CodeCable1474Measure]: { readonly number: number; readonly name: string } } = {
  "communication-strategy": { number: 1, name: "SEA Communication Strategy" },
  "communication-campaign": { number: 2, name: "SEA Communication Campaign" },
  "standing-task-force": { number: 3, name: "Standing SEA Task Force" },
  "focal-point": { number: 4, name: "SEA Focal Point" },
  "complaints-reception-mechanism": { number: 5, name: "SEA Complaints Reception Mechanism/Framework" },
  "immediate-response-team": { number: 6, name: "SEA Immediate Response Team" },
  "investigation-timeline-compliance": { number: 7, name: "Compliance with the SEA investigations timeline" },
  "conduct-discipline-working-group": { number: 8, name: "Conduct & Discipline Multi-Disciplinary Working Group" },
};

/**
 * Whether a mission declares a Code Cable 1474 measure in place on a date: marked in place, and
 * in place since a date on or before it when one is recorded.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * codeCable1474MeasureInPlace({ measures: { "focal-point": { inPlace: true, since: "2018-07-01" } } }, "focal-point", "2018-06-30"); // false
 */
export function codeCable1474MeasureInPlace(mission: Pick<Mission, "measures">, measure: CodeCable1474Measure, asOf: string): boolean {
  const status = mission.measures[measure];
  return status?.inPlace === true && (status.since === undefined || status.since <= asOf);
}

function measureRule(measure: CodeCable1474Measure) {
  const { number, name } = codeCable1474MeasureList[measure];
  return defineRule({
    id: `ap.cc1474.measure.${measure}`,
    title: `Code Cable 1474 measure (${number}) is in place: ${name}`,
    obligations: ["AP-CC1474"],
    citation: cite("CC-1474", `measure (${number})`),
    severity: "violation",
    reads: MissionDatasetShape.pick({ mission: true }),
    parameters: [],
    *evaluate({ mission }, { asOf }) {
      if (codeCable1474MeasureInPlace(mission, measure, asOf)) return;
      const status = mission.measures[measure];
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["mission", "measures", measure],
        message:
          status === undefined
            ? `Code Cable 1474 measure (${number}), ${name}, is not recorded for the mission`
            : status.inPlace
              ? `Code Cable 1474 measure (${number}), ${name}, is in place only from ${status.since}, after ${asOf}`
              : `Code Cable 1474 measure (${number}), ${name}, is not in place`,
        facts: { measure, number, recorded: status !== undefined, inPlace: status?.inPlace ?? false, since: status?.since ?? null },
      };
    },
  });
}

/**
 * AP section D, Code Cable 1474 (1)-(8): one rule per mission-level measure, each citing its own
 * item of the cable. A measure not recorded, recorded as not in place, or in place only after
 * `asOf` is a violation.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * codeCable1474MeasureRules.map((r) => r.citation.clause)[2]; // "measure (3)"
 */
export const codeCable1474MeasureRules: readonly Rule<{ mission: Mission }, never>[] = (
  Object.keys(codeCable1474MeasureList) as CodeCable1474Measure[]
).map(measureRule);
