import { resolveDeadlines } from "../../deadlines/deadline-book";
import type { CaseContext } from "../context";
import type { EventOf } from "../events";
import type { EffectMap } from "./effect-map";
import { ensureVictimUpdateRunning } from "../records";

/** DPKO HQ f: headquarters has the complaint and can monitor the procedure. */
function headquartersNotified(context: CaseContext, e: EventOf<"HEADQUARTERS_NOTIFIED">): CaseContext {
  const next = { ...context, headquarters: { ...context.headquarters, notifiedOn: e.at } };
  return resolveDeadlines(next, (d) => d.kind === "headquarters-notification", "met", e.at, e.type);
}

function headquartersMonitoring(context: CaseContext, e: EventOf<"HEADQUARTERS_MONITORING_RECORDED">): CaseContext {
  const milestone = { milestone: e.milestone, on: e.at, ...(e.note !== undefined ? { note: e.note } : {}) };
  return { ...context, headquarters: { ...context.headquarters, monitoring: [...context.headquarters.monitoring, milestone] } };
}

/** DPKO HQ g: the Department of Management knows of this investigation or action. */
function departmentOfManagementInformed(context: CaseContext, e: EventOf<"DEPARTMENT_OF_MANAGEMENT_INFORMED">): CaseContext {
  const { kind, ref } = e.about;
  const next: CaseContext =
    kind === "investigation"
      ? { ...context, investigations: context.investigations.map((i) => (i.id === ref ? { ...i, departmentOfManagementInformedOn: e.at } : i)) }
      : { ...context, actions: context.actions.map((a) => (a.id === ref ? { ...a, departmentOfManagementInformedOn: e.at } : a)) };
  return resolveDeadlines(next, (d) => d.id === `dm-notification:${ref}`, "met", e.at, e.type);
}

/** AP-E4: an update meets the one due; the next runs from it while the case is open. */
function victimStatusUpdateGiven(context: CaseContext, e: EventOf<"VICTIM_STATUS_UPDATE_GIVEN">): CaseContext {
  let next: CaseContext = { ...context, victimUpdates: [...context.victimUpdates, { victimRef: e.victimRef, on: e.at }] };
  next = resolveDeadlines(next, (d) => d.kind === "victim-status-update" && d.subject.id === e.victimRef, "met", e.at, e.type);
  return next.registeredOn !== undefined && next.closedOn === null ? ensureVictimUpdateRunning(next, e.victimRef, e.at) : next;
}

/**
 * What the events of notifications to headquarters and the Department of Management, and victim updates write into the case context.
 *
 * @category Cases
 * @example
 * const next = notificationEffects.HEADQUARTERS_NOTIFIED(exampleCase("registered").context, { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-02" });
 * next.headquarters.notifiedOn; // "2018-06-02"
 * next.deadlines[0]?.resolution; // { kind: "met", on: "2018-06-02", by: "HEADQUARTERS_NOTIFIED" }
 */
export const notificationEffects = {
  HEADQUARTERS_NOTIFIED: headquartersNotified,
  HEADQUARTERS_MONITORING_RECORDED: headquartersMonitoring,
  DEPARTMENT_OF_MANAGEMENT_INFORMED: departmentOfManagementInformed,
  VICTIM_STATUS_UPDATE_GIVEN: victimStatusUpdateGiven,
} satisfies Partial<EffectMap>;
