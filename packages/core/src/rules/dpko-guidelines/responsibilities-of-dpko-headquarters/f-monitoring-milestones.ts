import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { parameterOn } from "../../../engine/parameter-on";
import { addDuration } from "../../../time/duration";
import type { Allegation } from "../../../vocabulary/allegation";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import type { HeadquartersMilestone } from "../../../vocabulary/headquarters-monitoring";

/**
 * The milestones of the procedure an allegation record shows it has reached, each with the date it
 * was reached and where that date is recorded: the referral for investigation, the investigation's
 * conclusion, the outcome, the first action taken and the closure.
 *
 * @category Rules: DPKO guidelines
 * @example
 * headquartersMilestonesReached({
 *   investigation: { entity: "OIOS", referredOn: "2018-06-10", urgent: false },
 *   actions: [{ kind: "repatriation", takenOn: "2018-09-01" }, { kind: "dismissal", takenOn: "2018-08-01" }],
 * }).map((m) => [m.milestone, m.on]); // [["referral", "2018-06-10"], ["action", "2018-08-01"]]
 */
export function headquartersMilestonesReached(
  allegation: Pick<Allegation, "investigation" | "actions"> & Partial<Pick<Allegation, "outcome" | "closedOn">>,
): { milestone: HeadquartersMilestone; on: string; path: (string | number)[] }[] {
  const out: { milestone: HeadquartersMilestone; on: string; path: (string | number)[] }[] = [];
  const inv = allegation.investigation;
  if (inv) out.push({ milestone: "referral", on: inv.referredOn, path: ["investigation", "referredOn"] });
  if (inv?.concludedOn !== undefined) out.push({ milestone: "investigation", on: inv.concludedOn, path: ["investigation", "concludedOn"] });
  if (allegation.outcome) out.push({ milestone: "outcome", on: allegation.outcome.decidedOn, path: ["outcome", "decidedOn"] });
  let first = -1;
  allegation.actions.forEach((a, k) => {
    if (first < 0 || a.takenOn < allegation.actions[first]!.takenOn) first = k;
  });
  if (first >= 0) out.push({ milestone: "action", on: allegation.actions[first]!.takenOn, path: ["actions", first, "takenOn"] });
  if (allegation.closedOn !== undefined) out.push({ milestone: "closure", on: allegation.closedOn, path: ["closedOn"] });
  return out;
}

/**
 * DPKO Responsibilities of DPKO Headquarters officials (f): upon receipt of a complaint from a
 * mission, headquarters monitors the application of the procedures for mission personnel. For each
 * allegation received by `asOf` that may involve mission personnel:
 * - headquarters is sent the complaint within `headquartersNotificationWindow` of its receipt
 *   (`headquarters.notifiedOn`); one finding when that is late or, past the due date, missing;
 * - once notified, each milestone of `headquartersMonitoredMilestones` the allegation has reached
 *   (see {@link headquartersMilestonesReached}) has a monitoring record of that milestone
 *   (`headquarters.monitoring`) dated from the milestone to `headquartersMonitoringWindow` after it;
 *   one finding per milestone recorded late or, past its due date, not recorded.
 *
 * Each period is the one in force on the day its duty arose (the receipt, the milestone), so an
 * overlay never rewrites the past. Recorded on the due date is in time.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "hq-f", title: "HQ (f)", rules: [headquartersMonitoring] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-05-01", intake: { channel: "hotline" }, conduct: { sexualActivity: "actual" },
 *   investigation: { entity: "OIOS", referredOn: "2018-05-10" }, headquarters: { notifiedOn: "2018-05-02" } }];
 * const r = evaluate(set, { mission, allegations }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.explanation.facts.milestone, f.explanation.facts.dueOn]); // [["referral", "2018-06-10"]]
 */
export const headquartersMonitoring = defineRule({
  id: "dpko.hq-f.headquarters-monitoring",
  title: "Headquarters is sent each complaint and records monitoring each milestone of its procedure",
  obligations: ["DPKO-HQ-f"],
  citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["headquartersNotificationWindow", "headquartersMonitoredMilestones", "headquartersMonitoringWindow"],
  *evaluate({ allegations }, ctx) {
    const { asOf, params } = ctx;
    // The period in force on the day a duty arose; outside the engine, the one of `asOf`.
    const windowOn = (on: string, id: "headquartersNotificationWindow" | "headquartersMonitoringWindow") => parameterOn(ctx, id, on);
    const monitored: readonly string[] = params.headquartersMonitoredMilestones;
    for (const [i, a] of allegations.entries()) {
      if (a.receivedOn > asOf || !a.intake.missionPersonnelMayBeInvolved) continue;
      const subject = { kind: "allegation", id: a.id };
      const hq = a.headquarters;
      const notifiedOn = hq?.notifiedOn !== undefined && hq.notifiedOn <= asOf ? hq.notifiedOn : undefined;
      const notice = windowOn(a.receivedOn, "headquartersNotificationWindow");
      if (notice) {
        const dueOn = addDuration(a.receivedOn, notice.value);
        if (notifiedOn !== undefined ? notifiedOn > dueOn : asOf > dueOn) {
          yield {
            subject,
            path: ["allegations", i, "headquarters", "notifiedOn"],
            message:
              notifiedOn !== undefined
                ? `headquarters was sent the complaint of ${a.id} on ${notifiedOn}, after its due date ${dueOn} (${notice.value} from receipt)`
                : `headquarters has not been sent the complaint of ${a.id} by ${asOf}; it was due by ${dueOn} (${notice.value} from receipt)`,
            facts: { receivedOn: a.receivedOn, window: notice.value, dueOn, notifiedOn: notifiedOn ?? null },
            concern: "hq-f:notification",
            parameters: notice.uses,
          };
        }
      }
      // Headquarters monitors what it has been sent: without the complaint there is nothing to monitor yet.
      if (notifiedOn === undefined) continue;
      for (const reached of headquartersMilestonesReached(a)) {
        // A milestone after asOf is not due yet; skipping it also keeps a far-future date out of the date arithmetic.
        if (reached.on > asOf || !monitored.includes(reached.milestone)) continue;
        const w = windowOn(reached.on, "headquartersMonitoringWindow");
        if (!w) continue;
        const dueOn = addDuration(reached.on, w.value);
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: hq is recorded whenever notifiedOn is, and the parse defaults its monitoring to []
        const records = (hq?.monitoring ?? []).filter((m) => m.milestone === reached.milestone && m.on >= reached.on && m.on <= asOf);
        const recordedOn = records.map((m) => m.on).sort()[0];
        if (recordedOn !== undefined ? recordedOn <= dueOn : asOf <= dueOn) continue;
        yield {
          subject,
          path: ["allegations", i, "headquarters", "monitoring"],
          message:
            recordedOn !== undefined
              ? `headquarters recorded monitoring the ${reached.milestone} of ${a.id} on ${recordedOn}, after its due date ${dueOn} (${w.value} from ${reached.on})`
              : `headquarters has recorded no monitoring of the ${reached.milestone} of ${a.id} (reached on ${reached.on}) by ${asOf}; it was due by ${dueOn}`,
          facts: {
            milestone: reached.milestone,
            reachedOn: reached.on,
            reachedAt: reached.path.join("."),
            window: w.value,
            dueOn,
            monitoredOn: recordedOn ?? null,
            notifiedOn,
          },
          concern: `hq-f:monitoring:${reached.milestone}`,
          parameters: w.uses,
        };
      }
    }
  },
});
