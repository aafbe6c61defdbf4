import { applyEvent, openCase, type CaseOpeningInput, type CaseState } from "@psea/cases";

/** The few draws the generator needs; `createRandom` of @psea/fixtures fits, and so does {@link seededRandom}. */
export interface HistoryRandom {
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a small seeded generator, for tests that cannot depend on @psea/fixtures. */
export function seededRandom(seed: number): HistoryRandom {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

type Category = "civilian-staff" | "un-volunteer" | "military-contingent" | "individual-police" | "formed-police-unit" | "non-un-partner";

const categories: readonly Category[] = ["civilian-staff", "un-volunteer", "military-contingent", "individual-police", "formed-police-unit", "non-un-partner"];
const sanctions: Record<Category, readonly string[]> = {
  "civilian-staff": ["dismissal", "summary-dismissal", "separation"],
  "un-volunteer": ["separation"],
  "military-contingent": ["repatriation", "exclusion-from-future-service"],
  "individual-police": ["repatriation"],
  "formed-police-unit": ["repatriation"],
  "non-un-partner": ["contract-termination"],
};
const entities: Record<Category, { serious: string; "not-serious": string }> = {
  "civilian-staff": { serious: "oios", "not-serious": "mission-investigation-unit" },
  "un-volunteer": { serious: "oios", "not-serious": "mission-investigation-unit" },
  "military-contingent": { serious: "troop-contributing-country", "not-serious": "contingent-commander" },
  "individual-police": { serious: "oios", "not-serious": "mission-investigation-unit" },
  "formed-police-unit": { serious: "police-contributing-country", "not-serious": "contingent-commander" },
  "non-un-partner": { serious: "implementing-partner", "not-serious": "implementing-partner" },
};
const uniformed = new Set<Category>(["military-contingent", "individual-police", "formed-police-unit"]);

/** A case opening and candidate events in date order: mostly a plausible lifecycle, with detours and mistakes. */
export interface CandidateHistory {
  readonly caseId: string;
  readonly opening: CaseOpeningInput;
  readonly candidates: readonly Record<string, unknown>[];
}

/**
 * One generated history. The spine follows the lifecycle (register, assess, evidence, referral,
 * investigation, decision, action, closure, sometimes a reopening); around it, notifications,
 * victim assistance and interim measures, some steps skipped and some events out of place, so that
 * the machine refuses a few. Dates never go backwards.
 */
export function candidateHistory(random: HistoryRandom, index: number): CandidateHistory {
  const caseId = `C-${index}`;
  const category = random.pick(categories);
  const country = random.pick(["XYZ", "ABC"]);
  const rumour = random.chance(0.15);
  let day = Date.UTC(2018, 0, 1) / 86_400_000 + random.int(0, 700);
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const receivedOn = iso(day);
  const withSubject = random.chance(0.85);
  const withVictim = random.chance(0.9);
  const opening: CaseOpeningInput = {
    id: caseId,
    receivedOn,
    intake: rumour ? { channel: "rumour" } : { channel: random.pick(["hotline", "email", "in-person", "community-based-complaint-mechanism"] as const) },
    subjects: withSubject ? [{ ref: "S-1", category, ...(uniformed.has(category) ? { contributingCountry: country } : {}) }] : [],
    victims: withVictim ? [{ ref: "V-1", age: random.chance(0.3) ? { kind: "known", years: random.int(12, 30) } : { kind: "unknown" }, sex: random.pick(["female", "male", "unknown"] as const) }] : [],
    serviceMap: [
      { id: "SP-CLINIC", name: "District clinic", services: ["emergency-medical", "general-medical"] },
      { id: "SP-NGO", name: "Psychosocial NGO", services: ["psychosocial", "material"] },
    ],
  };

  const out: Record<string, unknown>[] = [];
  const step = (type: string, fields: Record<string, unknown> = {}, maxGap = 20) => {
    day += random.int(0, maxGap);
    out.push({ type, at: iso(day), ...fields });
  };
  const maybe = (p: number, type: string, fields: Record<string, unknown> = {}, maxGap = 20) => {
    if (random.chance(p)) step(type, fields, maxGap);
  };
  // Side events that any stage may take, or refuse.
  const detour = () => {
    const n = random.int(0, 2);
    for (let i = 0; i < n; i++) {
      const kind = random.int(0, 11);
      if (kind === 0) step("HEADQUARTERS_NOTIFIED");
      else if (kind === 1) step("HEADQUARTERS_MONITORING_RECORDED", { milestone: random.pick(["referral", "investigation", "outcome"]) });
      else if (kind === 2) step("VICTIM_STATUS_UPDATE_GIVEN", { victimRef: "V-1" });
      else if (kind === 3) step("VICTIM_RECORDED", { victim: { ref: random.pick(["V-1", "V-2"]), age: { kind: "unknown" }, sex: "female" } });
      else if (kind === 4) step("NEEDS_ASSESSED", { victimRef: "V-1", needs: ["psychosocial"] });
      else if (kind === 5) step("CONSENT_RECORDED", { victimRef: "V-1", services: ["psychosocial"] });
      else if (kind === 6) step("SERVICE_REFERRAL_MADE", { victimRef: "V-1", service: "psychosocial", providerId: "SP-NGO" });
      else if (kind === 7) step("VRA_ASSIGNED", { advocateRef: "VRA-1" });
      else if (kind === 8) step("INTERIM_MEASURE_TAKEN", { kind: uniformed.has(category) ? "suspension-of-payments" : "administrative-leave", subjectRef: "S-1" });
      else if (kind === 9) step("PATERNITY_CLAIM_RECORDED", { victimRef: "V-1" });
      else if (kind === 10) step("DNA_SAMPLE_COLLECTED");
      // A mistake: an event from much later in the lifecycle.
      else step(random.pick(["CASE_CLOSED", "OUTCOME_DECIDED", "INVESTIGATION_REPORT_RECEIVED"]), { result: "substantiated" });
    }
  };

  if (rumour) maybe(0.8, "HEAD_OF_MISSION_LIAISON_RECORDED");
  detour();
  maybe(0.95, "REGISTERED", {}, 5);
  detour();
  if (random.chance(0.2)) {
    step("INFORMATION_REQUESTED");
    maybe(0.8, "INFORMATION_RECEIVED");
  }
  const seriousness = random.chance(0.85) ? "serious" : "not-serious";
  const conduct = seriousness === "serious" ? { sexualActivity: "actual", exchange: ["money"] } : { sexualActivity: "none" };
  maybe(0.95, "ASSESSMENT_COMPLETED", { conduct, seriousness, urgent: random.chance(0.2) });
  detour();
  if (random.chance(0.9)) {
    if (random.chance(0.85)) step("EVIDENCE_PRESERVED", { teamUnits: ["human-rights", "force"] });
    else step("EVIDENCE_PRESERVATION_NOT_POSSIBLE", { reason: "site no longer accessible" });
  }
  const entity = entities[category][seriousness];
  maybe(0.9, "REFERRED_FOR_INVESTIGATION", { entity, ...(entity.endsWith("contributing-country") ? { memberState: country } : {}) });
  detour();
  if (entity.endsWith("contributing-country")) {
    const willInvestigate = random.chance(0.8);
    step("MEMBER_STATE_RESPONDED", { willInvestigate, nationalInvestigationOfficerAppointed: willInvestigate, jointWithOios: false });
    if (!willInvestigate) step("OIOS_INVESTIGATION_OPENED");
  }
  maybe(0.9, "INVESTIGATION_REPORT_RECEIVED", {}, 120);
  const recommended = random.chance(0.3);
  if (recommended) step("RECOMMENDATIONS_RECORDED", { recommendations: [{ ref: "R-1", action: "administrative-measure", subjectRef: "S-1" }] });
  detour();
  const result = random.pick(["substantiated", "substantiated", "not-substantiated", "closed-other"]);
  maybe(0.9, "OUTCOME_DECIDED", { result });
  if (result === "substantiated") {
    if (random.chance(0.25)) {
      step("LEGAL_AFFAIRS_CONSULTED");
      step("CRIMINAL_REFERRAL_MADE", { to: uniformed.has(category) ? "contributing-country" : "national-authorities", country });
    }
    step("ACTION_TAKEN", { kind: random.pick(sanctions[category]), subjectRef: "S-1" });
  } else {
    step("ACTION_TAKEN", { kind: random.pick(["no-action-warranted", "administrative-measure"]) });
  }
  if (recommended) {
    if (random.chance(0.5)) step("ACTION_TAKEN", { kind: "administrative-measure", subjectRef: "S-1", recommendationRef: "R-1" });
    else step("RECOMMENDATION_NOT_IMPLEMENTED", { ref: "R-1", reason: "subject separated" });
  }
  detour();
  maybe(0.9, "CASE_CLOSED");
  if (random.chance(0.1)) step("CASE_REOPENED", { reason: "new evidence" });
  detour();
  return { caseId, opening, candidates: out };
}

/** A valid history: the opening and the candidates the machine accepted, with the live state they lead to. */
export interface ValidHistory {
  readonly caseId: string;
  readonly opening: CaseOpeningInput;
  readonly events: readonly Record<string, unknown>[];
  readonly live: CaseState;
}

/** Keeps the candidates the machine accepts, one by one: a random valid event sequence. */
export function validHistory(h: CandidateHistory): ValidHistory {
  const opened = openCase(h.opening);
  if (!opened.ok) throw new Error(`generated opening refused: ${JSON.stringify(opened.issues)}`);
  let live = opened.state;
  const events: Record<string, unknown>[] = [];
  for (const event of h.candidates) {
    const r = applyEvent(live, event);
    if (r.ok) {
      live = r.state;
      events.push(event);
    }
  }
  return { caseId: h.caseId, opening: h.opening, events, live };
}
