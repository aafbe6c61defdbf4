import { openDeadline } from "../../deadlines/deadline-book";
import { caseParameter, caseParameterValue } from "../../deadlines/case-parameters";
import type { CaseContext, CaseSubject, CaseVictim } from "../context";
import type { EventOf } from "../events";
import type { EffectMap } from "./effect-map";
import { assessmentOwed, ensureVictimUpdateRunning, referralOwed } from "../records";
import { resolveDeadlines } from "../../deadlines/deadline-book";
import { assessmentClassification } from "../assessment-classification";

/** DPKO RC e: the Resident Coordinator's liaison with the Head of Mission on a rumour. */
function liaisonRecorded(context: CaseContext, e: EventOf<"HEAD_OF_MISSION_LIAISON_RECORDED">): CaseContext {
  if (context.intake.headOfMissionLiaisonOn !== undefined) return context;
  return { ...context, intake: { ...context.intake, headOfMissionLiaisonOn: e.at } };
}

/**
 * Registration starts the headquarters notification (DPKO HQ f) and the victims' status updates
 * (AP-E4), from its own date. It also puts the preliminary assessment (AP-E3 (a)) on record, but
 * that deadline runs from the receipt of the allegation (`receivedOn`, as the core
 * `caseManagementTimeliness` rule counts it): registering late never postpones the assessment.
 */
function registered(context: CaseContext, e: EventOf<"REGISTERED">): CaseContext {
  let next: CaseContext = { ...context, registeredOn: e.at };
  if (next.headquarters.notifiedOn === undefined) {
    next = openDeadline(next, {
      id: "hq-notification",
      kind: "headquarters-notification",
      subject: { kind: "allegation", id: context.caseId },
      path: ["context", "headquarters", "notifiedOn"],
      startedOn: e.at,
      parameterId: "headquartersNotificationWindow",
      facts: { caseId: context.caseId, channel: context.intake.channel, rumour: context.intake.rumour },
    });
  }
  next = assessmentOwed(next, context.receivedOn);
  return next.victims.reduce((c, v) => ensureVictimUpdateRunning(c, v.ref, e.at), next);
}

function subjectRecorded(context: CaseContext, e: EventOf<"SUBJECT_RECORDED">): CaseContext {
  const s = e.subject;
  const subject: CaseSubject = {
    ref: s.ref,
    category: s.category,
    ...(s.contributingCountry !== undefined ? { contributingCountry: s.contributingCountry } : {}),
    ...(s.personnelId !== undefined ? { personnelId: s.personnelId } : {}),
    recordedOn: e.at,
  };
  return { ...context, subjects: [...context.subjects, subject] };
}

function victimRecorded(context: CaseContext, e: EventOf<"VICTIM_RECORDED">): CaseContext {
  const v = e.victim;
  const victim: CaseVictim = { ref: v.ref, age: v.age, sex: v.sex, beneficiary: v.beneficiary, recordedOn: e.at };
  const next = { ...context, victims: [...context.victims, victim] };
  return next.registeredOn !== undefined ? ensureVictimUpdateRunning(next, victim.ref, e.at) : next;
}

function informationRequested(context: CaseContext, e: EventOf<"INFORMATION_REQUESTED">): CaseContext {
  const request = { requestedOn: e.at, ...(e.from !== undefined ? { from: e.from } : {}) };
  return { ...context, informationRequests: [...context.informationRequests, request] };
}

function informationReceived(context: CaseContext, e: EventOf<"INFORMATION_RECEIVED">): CaseContext {
  const requests = context.informationRequests.map((r, i, all) => (i === all.length - 1 && r.receivedOn === undefined ? { ...r, receivedOn: e.at } : r));
  return { ...context, informationRequests: requests };
}

/** The classification is derived from the facts (SGB section 1), never typed in. */
function assessmentCompleted(context: CaseContext, e: EventOf<"ASSESSMENT_COMPLETED">): CaseContext {
  const threshold = caseParameter(context, "childAgeThresholdYears", e.at);
  // The guard refuses an assessment when no threshold is in force, so this is only a type narrowing.
  if (!threshold) return context;
  const classification = assessmentClassification(context, e, threshold.value, caseParameterValue(context, "adultBeneficiaryRelationshipClassification", e.at));
  // AP-E3 (a): the assessment is done; the referral for investigation is now owed.
  const assessed = resolveDeadlines(context, (d) => d.id === `assessment:${context.round}`, "met", e.at, e.type);
  return referralOwed({
    ...assessed,
    conduct: e.conduct,
    assessments: [
      ...context.assessments,
      {
        round: context.round,
        completedOn: e.at,
        seriousness: e.seriousness,
        urgent: e.urgent,
        classification: JSON.parse(JSON.stringify(classification)) as typeof classification,
        childAgeThreshold: threshold.use,
      },
    ],
  }, e.at);
}

/**
 * What the events of intake, registration and preliminary assessment write into the case context.
 *
 * @category Cases
 * @example
 * const next = intakeEffects.REGISTERED(exampleCase().context, { type: "REGISTERED", at: "2018-06-02" });
 * next.registeredOn; // "2018-06-02"
 * next.deadlines.map((d) => d.id); // ["hq-notification", "assessment:1", "victim-update:V-1:1"]
 */
export const intakeEffects = {
  HEAD_OF_MISSION_LIAISON_RECORDED: liaisonRecorded,
  REGISTERED: registered,
  SUBJECT_RECORDED: subjectRecorded,
  VICTIM_RECORDED: victimRecorded,
  INFORMATION_REQUESTED: informationRequested,
  INFORMATION_RECEIVED: informationReceived,
  ASSESSMENT_COMPLETED: assessmentCompleted,
} satisfies Partial<EffectMap>;
