import { defineException } from "../../engine/define-exception";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { findDiscretionDecision, marriageConditionsMet } from "./discretion";
import { childVictim } from "./section-3-2-b-child-victim";

/**
 * SGB 4.4: the head of department may use discretion in applying 3.2(b) where a staff member is
 * legally married to someone under 18 but over the age of majority or consent in their country of
 * citizenship. Declared against {@link childVictim}, it never applies silently: it lowers one
 * victim's finding to a notice only if a decision citing SGB 4.4 is recorded for that allegation
 * and victim on or before `asOf`, and the victim's record shows both marriage facts. The finding
 * keeps the 3.2(b) citation and gains `explanation.exception` with the original severity.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * marriageDiscretion.overrides; // "sgb.3.2b.child-victim"
 */
export const marriageDiscretion = defineException({
  id: "sgb.4.4.marriage-discretion",
  title: "Discretion on 3.2(b) for a lawful marriage",
  obligation: "SGB-4.4",
  citation: cite("ST/SGB/2003/13", "section 4.4", { verify: true }),
  overrides: childVictim.id,
  lowersTo: "notice",
  reads: MissionDatasetShape.pick({ allegations: true, discretionDecisions: true }),
  match(finding, { allegations, discretionDecisions }, asOf) {
    const victimRef = finding.explanation.facts["victimRef"];
    if (finding.subject.kind !== "allegation" || typeof victimRef !== "string") return undefined;
    const victim = allegations.find((a) => a.id === finding.subject.id)?.victims.find((v) => v.ref === victimRef);
    if (!victim || !marriageConditionsMet(victim)) return undefined;
    const d = findDiscretionDecision(discretionDecisions, "SGB-4.4", finding.subject.id, victimRef, asOf);
    return d && { decisionId: d.id, decidedOn: d.decidedOn };
  },
});
