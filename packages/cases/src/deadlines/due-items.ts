import { daysBetween, isIsoDate, type Citation, type FactValue, type ObligationId, type ParameterUse } from "@psea/core";
import type { CaseState } from "../machine/case-state";
import type { Deadline, DeadlineKind } from "../machine/context";

/**
 * A deadline open on a date, shaped like a finding: what is owed, under which obligation and clause,
 * by when, and the parameter (with its effective date) that set the period. Victims appear by
 * reference only.
 *
 * @category Deadlines
 * @example
 * const [first]: DueItem[] = dueItems(exampleCase("registered"), "2018-06-10");
 * [first?.kind, first?.status, first?.daysOverdue]; // ["headquarters-notification", "overdue", 7]
 */
export type DueItem = {
  caseId: string;
  deadlineId: string;
  kind: DeadlineKind;
  /** `overdue` once the due date has passed without the duty being done. */
  status: "pending" | "overdue";
  severity: "notice" | "violation";
  obligationIds: ObligationId[];
  citation: Citation;
  subject: { kind: string; id: string };
  /** Where in the case state the record that discharges it is written. */
  path: (string | number)[];
  message: string;
  startedOn: string;
  dueOn: string;
  /** Days past the due date; 0 while pending. */
  daysOverdue: number;
  parameter: ParameterUse;
  facts: Record<string, FactValue>;
};

const duties: Record<DeadlineKind, (d: Deadline) => string> = {
  "headquarters-notification": () => "headquarters is to be notified of the allegation",
  "department-of-management-notification": (d) => `the Department of Management is to be informed of ${String(d.facts["about"])} ${d.subject.id}`,
  "member-state-response": (d) => `${String(d.facts["memberState"])} is to say whether it will investigate`,
  investigation: (d) => `investigation ${d.subject.id} (${String(d.facts["entity"])}) is to be concluded`,
  "victim-status-update": (d) => `victim ${d.subject.id} is to be informed of the status of the case`,
  assessment: () => "the allegation is to be assessed",
  referral: () => "the assessed allegation is to be referred for investigation",
  "report-review": (d) => `the report of investigation ${String(d.facts["investigationId"])} is to be reviewed and recommendations made`,
  "service-referral": (d) => `victim ${d.subject.id} is to be referred for ${String(d.facts["service"])} services`,
};

/** Open on `asOf`: it had arisen by then and was not yet met or discharged. */
function openOn(d: Deadline, asOf: string): boolean {
  return d.startedOn <= asOf && (d.resolution === undefined || d.resolution.on > asOf);
}

/**
 * Every deadline of the case open on `asOf`, pending or overdue, sorted by due date. A deadline is
 * overdue from the day after its due date. Deadlines that arose after `asOf`, or were met or
 * discharged by then, are not listed. An invalid `asOf` or state gives an empty list.
 *
 * @category Deadlines
 * @example
 * // The example case has one victim, is received on 2018-06-01 (the assessment runs from then) and
 * // registered on 2018-06-02; headquarters is not yet notified.
 * const items = dueItems(exampleCase("registered"), "2018-06-10");
 * items.map((d) => [d.kind, d.obligationIds]); // [["headquarters-notification", ["DPKO-HQ-f"]], ["assessment", ["AP-E3"]], ["victim-status-update", ["AP-E4"]]]
 * items.map((d) => [d.status, d.dueOn, d.daysOverdue]); // [["overdue", "2018-06-03", 7], ["pending", "2018-06-15", 0], ["pending", "2018-07-02", 0]]
 * // Once headquarters is notified (also on 2018-06-02), the assessment and the victim's update are open.
 * dueItems(exampleCase("headquartersNotified"), "2018-06-10").map((d) => d.kind); // ["assessment", "victim-status-update"]
 */
export function dueItems(state: CaseState, asOf: string): DueItem[] {
  try {
    const deadlines = state?.context?.deadlines;
    if (!isIsoDate(asOf) || !Array.isArray(deadlines)) return [];
    return deadlines
      .filter((d) => openOn(d, asOf))
      .map((d): DueItem => {
        const daysOverdue = Math.max(0, daysBetween(d.dueOn, asOf) ?? 0);
        const status = daysOverdue > 0 ? "overdue" : "pending";
        const duty = duties[d.kind](d);
        return {
          caseId: state.context.caseId,
          deadlineId: d.id,
          kind: d.kind,
          status,
          severity: status === "overdue" ? "violation" : "notice",
          obligationIds: [...d.obligationIds],
          citation: { ...d.citation },
          subject: { ...d.subject },
          path: [...d.path],
          message: status === "overdue" ? `${duty}: due ${d.dueOn}, ${daysOverdue} day(s) overdue` : `${duty} by ${d.dueOn}`,
          startedOn: d.startedOn,
          dueOn: d.dueOn,
          daysOverdue,
          parameter: JSON.parse(JSON.stringify(d.parameter)) as ParameterUse,
          facts: { ...d.facts, startedOn: d.startedOn, dueOn: d.dueOn, parameterId: d.parameter.id, parameterEffectiveFrom: d.parameter.effectiveFrom },
        };
      })
      .sort((a, b) => (a.dueOn === b.dueOn ? a.deadlineId.localeCompare(b.deadlineId) : a.dueOn < b.dueOn ? -1 : 1));
  } catch {
    return [];
  }
}
