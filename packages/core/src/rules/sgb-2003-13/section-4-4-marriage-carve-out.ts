import { defineException } from "../../engine/define-exception";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { marriageCarveOutFacts } from "./marriage";
import { childVictim } from "./section-3-2-b-child-victim";

/**
 * SGB 4.4: the head of department, office or mission "shall not apply" the standard of 3.2(b) where
 * a staff member is legally married to someone under 18 who is over the age of majority or consent
 * in their country of citizenship. A mandatory carve-out, not a discretion: declared against
 * {@link childVictim}, it applies by force of the recorded facts alone, and no decision is needed
 * or can stand in for a missing fact. It lowers one victim's 3.2(b) finding to a notice only where
 * the record shows that the married subject is a staff member (`staffMemberCategories`), that the
 * marriage is legally valid, and that the spouse was of age in their country of citizenship. The
 * finding keeps the 3.2(b) citation and gains `explanation.exception` with the 4.4 citation, the
 * facts that made it apply and the original severity. A fact missing or false leaves the violation.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * marriageCarveOut.overrides; // "sgb.3.2b.child-victim"
 */
export const marriageCarveOut = defineException({
  id: "sgb.4.4.marriage-carve-out",
  title: "3.2(b) does not apply to a staff member's lawful marriage",
  obligation: "SGB-4.4",
  citation: cite("ST/SGB/2003/13", "section 4.4"),
  overrides: childVictim.id,
  lowersTo: "notice",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["staffMemberCategories"],
  match(finding, { allegations }, { params }) {
    const victimRef = finding.explanation.facts["victimRef"];
    if (finding.subject.kind !== "allegation" || typeof victimRef !== "string") return undefined;
    const allegation = allegations.find((a) => a.id === finding.subject.id);
    if (!allegation) return undefined;
    const facts = marriageCarveOutFacts(allegation, victimRef, params.staffMemberCategories);
    return facts && { basis: "facts", facts };
  },
});
