import { addDuration, type MissionDatasetInput, type PersonnelInput } from "@psea/core";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import { cadenceCatalogue } from "@psea/core/cadences";

export const AS_OF = "2018-06-30";

/** A small valid mission in which every rule passes; tests change one thing and expect one finding. */
export function compliantDataset(): MissionDatasetInput {
  return {
    mission: {
      id: "MSN",
      name: "Test Mission",
      country: "CAF",
      context: "humanitarian",
      missionPresent: true,
      headOfMission: { name: "Head of Mission", personnelId: "P-HOM" },
      residentCoordinator: { name: "Resident Coordinator" },
      rcHomAgreement: { agreedOn: "2018-01-10" },
      network: { name: "PSEA Network", establishedOn: "2017-06-01", reportsTo: "resident-coordinator", functioning: true },
      relevantLanguages: ["fr", "sg"],
      reportingChannels: [
        { id: "hotline-4044", kind: "hotline", address: "4044" },
        { id: "hotline-4445", kind: "hotline", address: "4445" },
        { id: "email", kind: "email", address: "sea-reports@mission.example" },
      ],
      measures: {
        "communication-strategy": { inPlace: true },
        "communication-campaign": { inPlace: true },
        "standing-task-force": { inPlace: true },
        "focal-point": { inPlace: true },
        "complaints-reception-mechanism": { inPlace: true },
        "immediate-response-team": { inPlace: true },
        "investigation-timeline-compliance": { inPlace: true },
        "conduct-discipline-working-group": { inPlace: true },
      },
      actionPlanStart: "2018-01-01",
    },
    offices: [
      { id: "HQ", name: "Headquarters", region: "Capital", kind: "headquarters", significantStaffPresence: true },
      { id: "FO-1", name: "Field Office One", region: "North", kind: "field-office", significantStaffPresence: true, highRisk: true },
      { id: "SO-1", name: "Sub-Office One", region: "North", kind: "sub-office", significantStaffPresence: false },
    ],
    personnel: [
      person({
        id: "P-HOM",
        grade: "USG",
        gender: "male",
        roles: ["head-of-mission"],
        // A manager shows the SGB 3.2(f) links: a signed pledge and SEA training.
        pledgeSignedOn: "2018-01-20",
        pledgeInEpasOn: "2018-02-01",
        trainings: [{ courseId: "sea-induction", completedOn: "2018-01-10" }],
      }),
      person({ id: "P-FP", grade: "P-5", gender: "female" }),
      person({ id: "P-ALT", grade: "P-4", gender: "male" }),
      person({ id: "P-FFP", grade: "P-3", gender: "female", officeId: "FO-1" }),
    ],
    roster: {
      focalPoint: { personnelId: "P-FP", appointedOn: "2018-01-15" },
      alternate: { personnelId: "P-ALT", appointedOn: "2018-01-15" },
      fieldFocalPoints: [{ personnelId: "P-FFP", officeId: "FO-1", appointedOn: "2018-02-01" }],
    },
    // The high-risk North region has a functional, fully composed and equipped CBCM (AP-P5).
    complaintMechanisms: [
      {
        id: "CBCM-NORTH",
        region: "North",
        kind: "cbcm",
        functional: true,
        establishedOn: "2018-02-15",
        members: ["youth", "women", "local-authorities", "local-organizations"],
        equipment: ["prepaid-phone", "notebooks", "pens", "sensitization-material"],
      },
    ],
    // Staff and the local population were told who the focal point is and how to report (SGB 4.3),
    // by the Network in every relevant language (DPKO RC (d)).
    communications: [
      {
        id: "C-RETALIATION",
        title: "ST/SGB/2017/2: you are protected when you report",
        issuedOn: "2018-01-15",
        issuer: "mission",
        audience: ["staff"],
        topics: ["reporting", "protection-from-retaliation"],
        languages: ["fr", "en"],
        channel: "broadcast",
      },
      {
        id: "C-FP",
        title: "Your SEA focal points and how to reach them",
        issuedOn: "2017-06-15",
        issuer: "network",
        audience: ["staff", "local-population"],
        topics: ["focal-points", "reporting"],
        languages: ["fr", "sg"],
        channel: "radio",
      },
    ],
    cadenceOccurrences: heldCadences("2018-01-01", AS_OF),
    // A fully composed and trained Immediate Response Team (AP-E2), and a Task Force with each group (AP-P3).
    immediateResponseTeam: {
      members: (["human-rights", "crsv", "human-resources", "child-protection", "un-police", "force"] as const).map((unit) => ({
        personnelId: "P-FP",
        unit,
        joinedOn: "2018-01-20",
        evidenceTrainingOn: "2018-02-01",
      })),
    },
    taskForce: {
      members: [
        { group: "cdt", joinedOn: "2018-01-15" },
        { group: "mission-leadership", joinedOn: "2018-01-15" },
        { group: "un-agency-head", entity: "UNICEF", joinedOn: "2018-01-15" },
      ],
    },
    // A service map that covers every region, reviewed within its interval (AP-E5 (i)).
    serviceProviders: [{ id: "SP-1", name: "Mission-wide provider", services: ["emergency-medical", "general-medical", "psychosocial", "legal", "material"] }],
    serviceMapReviews: [{ reviewedOn: "2018-01-15", gaps: [] }],
  };
}

export function person(p: Partial<PersonnelInput> & { id: string }): PersonnelInput {
  return {
    category: "civilian-staff",
    gender: "female",
    officeId: "HQ",
    arrivalDate: "2018-01-02",
    bulletinAcknowledgedOn: "2018-01-03",
    noExcuseCardReceivedOn: "2018-01-03",
    reportingSopFamiliarizedOn: "2018-01-04",
    ...p,
  };
}



/** Every periodic cadence held on the first day of each of its windows, in its languages, up to `asOf`. */
export function heldCadences(start: string, asOf: string): NonNullable<MissionDatasetInput["cadenceOccurrences"]> {
  const out: NonNullable<MissionDatasetInput["cadenceOccurrences"]> = [];
  for (const c of cadenceCatalogue) {
    if (c.kind === "per-event") {
      out.push({ cadenceId: c.id, on: start, [c.requires]: true });
      continue;
    }
    const period = resolveParameter(defaultParameterSet, c.periodParameter, asOf);
    const languages = c.languagesParameter ? resolveParameter(defaultParameterSet, c.languagesParameter, asOf) : undefined;
    if (!period.ok) throw new Error(`no period for ${c.id}`);
    const langs = languages?.ok ? [...(languages.value as readonly string[])] : [];
    for (let k = 0; addDuration(start, period.value as string, k) <= asOf; k++) {
      out.push({ cadenceId: c.id, on: addDuration(start, period.value as string, k), languages: langs });
    }
  }
  return out;
}
