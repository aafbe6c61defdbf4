import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { datasetIssues } from "@psea/cli";
import { kitCadenceIds } from "@psea/core";
import { describe, expect, it } from "vitest";
import { datasetFields, datasetReferences, renderDatasetReference, renderDatasetSchema } from "../dataset-reference";

const root = join(import.meta.dirname, "../..");
const on = "2018-03-01";

// One record of every kind, each reference pointing at a record that exists.
function linkedDataset(): Record<string, unknown> {
  return {
    mission: {
      id: "M-1",
      name: "Mission",
      country: "CAF",
      context: "humanitarian",
      missionPresent: true,
      relevantLanguages: ["fr"],
      reportingChannels: [{ id: "CH-1", kind: "hotline", address: "1000" }],
      headOfMission: { name: "Head of Mission", personnelId: "P-1" },
      residentCoordinator: { name: "Resident Coordinator", personnelId: "P-1" },
      actionPlanStart: "2018-01-01",
    },
    offices: [{ id: "O-1", name: "Office", region: "R-1", kind: "headquarters", significantStaffPresence: true }],
    personnel: [{ id: "P-1", category: "civilian-staff", gender: "female", officeId: "O-1", arrivalDate: "2018-01-01", trainings: [{ courseId: "sea-induction", completedOn: on }] }],
    roster: {
      focalPoint: { personnelId: "P-1", appointedOn: on },
      alternate: { personnelId: "P-1", appointedOn: on },
      fieldFocalPoints: [{ personnelId: "P-1", appointedOn: on, officeId: "O-1" }],
    },
    partnerAgreements: [{ id: "PA-1", partnerName: "Partner", partnerKind: "ngo", startDate: on }],
    allegations: [
      {
        id: "A-1",
        receivedOn: on,
        intake: { channel: "hotline", channelId: "CH-1" },
        subjects: [{ ref: "S-1", personnelId: "P-1", category: "civilian-staff" }],
        victims: [{ ref: "V-1", age: { kind: "known", years: 30 }, sex: "female", marriageToSubject: { subjectRef: "S-1" } }],
        conduct: { sexualActivity: "none" },
        actions: [{ kind: "administrative-leave", subjectRef: "S-1", takenOn: on }],
        paternityClaims: [{ subjectRef: "S-1", recordedOn: on }],
      },
    ],
    concerns: [{ id: "K-1", personnelId: "P-1", becameAwareOn: on, channelId: "CH-1", allegationId: "A-1" }],
    discretionDecisions: [{ id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: on, decidedBy: "P-1" }],
    cadenceOccurrences: [{ cadenceId: "ap.p3.task-force-meeting", on }],
    complaintMechanisms: [{ id: "CM-1", region: "R-1", kind: "cbcm", functional: true, establishedOn: on }],
    immediateResponseTeam: { members: [{ personnelId: "P-1", unit: "force", joinedOn: on }] },
    camps: [{ id: "C-1", name: "Camp", officeId: "O-1" }],
    campAssessments: [{ id: "CA-1", campId: "C-1", assessedOn: on, assessedBy: "P-1", riskIds: ["R-1"] }],
    riskRegister: [{ id: "R-1", description: "risk", category: "security", officeId: "O-1", campId: "C-1", owner: "P-1", identifiedOn: on }],
    jointPatrols: [{ id: "JP-1", on, areas: ["area"], participants: ["police"], campIds: ["C-1"] }],
    partnerAssessments: [{ id: "PCA-1", partnerId: "IP-1", status: "draft", agreementIds: ["PA-1"] }],
  };
}

// "jointPatrols[].campIds[]" -> ["jointPatrols", 0, "campIds", 0]
function concretePath(from: string): (string | number)[] {
  return from.split(".").flatMap((part) => {
    const name = part.replace(/\[\]/g, "");
    const items = (part.match(/\[\]/g) ?? []).map(() => 0);
    return [...(name ? [name] : []), ...items];
  });
}

function plant(dataset: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node = dataset as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("docs/dataset-reference.md and docs/dataset.schema.json", () => {
  it("match the schemas and the cadence catalogue (run `pnpm run docs:reference` after changing one)", () => {
    expect(readFileSync(join(root, "docs/dataset-reference.md"), "utf8")).toBe(renderDatasetReference());
    expect(readFileSync(join(root, "docs/dataset.schema.json"), "utf8")).toBe(renderDatasetSchema());
  });

  it("list every field with a description", () => {
    const fields = datasetFields();
    expect(fields.length).toBeGreaterThan(200);
    expect(fields.filter((f) => f.description.trim() === "").map((f) => f.path)).toEqual([]);
  });

  it("name every cadence id, and every rule that reads mission.actionPlanStart", () => {
    const doc = renderDatasetReference();
    for (const id of kitCadenceIds) {
      expect(doc).toContain(`| \`${id}\` |`);
      expect(doc).toContain(`- \`cadence.${id}\``);
    }
    // The reference says only the cadence rules read the date: a new reader has to be documented there.
    // The vocabulary declares and describes the field, and reads it nowhere.
    const readers = ["core", "cases", "risk", "training", "partners", "reports", "cli"]
      .flatMap((pkg) => sourceFiles(join(root, "packages", pkg, "src")))
      .filter((file) => readFileSync(file, "utf8").includes("actionPlanStart"))
      .map((file) => relative(root, file))
      .filter((file) => !file.startsWith("packages/core/src/vocabulary/"));
    expect(readers).toEqual(["packages/core/src/cadences/cadence-rule.ts"]);
  });
});

describe("references between records", () => {
  it("the linked test dataset has no input issue", () => {
    expect(datasetIssues(linkedDataset())).toEqual([]);
  });

  it.each(datasetReferences.map((r) => [r.from, r] as const))("%s: a dangling id is what the reference says", (_from, reference) => {
    const path = concretePath(reference.from);
    const dataset = linkedDataset();
    plant(dataset, path, "NOPE-9");
    const issues = datasetIssues(dataset).map((i) => ({ path: i.path, code: i.code }));
    if (reference.issue === null) expect(issues).toEqual([]);
    else expect(issues).toEqual([{ path, code: reference.issue }]);
  });

  it("every reference names a field of the schema", () => {
    const paths = new Set(datasetFields().map((f) => f.path));
    for (const r of datasetReferences) expect(paths, r.from).toContain(r.from.replace(/\[\]$/, ""));
  });
});
