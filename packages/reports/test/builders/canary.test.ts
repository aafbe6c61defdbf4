import { generateMissionFixture } from "@psea/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildReport,
  documentJsonChunks,
  documentMarkdownChunks,
  renderDocumentHtml,
  reportKinds,
  tableCsvChunks,
  type ReportDocument,
  type ReportKindId,
} from "../../src";

// Keys of free text that could hold a name, anywhere in a dataset; and everything under `identity`.
const FREE_TEXT = new Set([
  "name",
  "contact",
  "address",
  "notes",
  "rationale",
  "reference",
  "label",
  "description",
  "location",
  "recommendation",
  "reason",
  "comment",
  "purpose",
  "title",
  "issuerName",
  "partnerName",
  "unit",
  "areas",
  "entity",
]);

/** Replaces every identity value and free-text value with a canary; returns how many were planted. */
function plant(value: unknown, canary: string, inIdentity = false, key = ""): { value: unknown; planted: number } {
  if (typeof value === "string") {
    const plantHere = (inIdentity && key !== "dateOfBirth") || FREE_TEXT.has(key);
    return plantHere ? { value: `${canary} ${key}`, planted: 1 } : { value, planted: 0 };
  }
  if (Array.isArray(value)) {
    let planted = 0;
    const out = value.map((v) => {
      const r = plant(v, canary, inIdentity, key);
      planted += r.planted;
      return r.value;
    });
    return { value: out, planted };
  }
  if (typeof value === "object" && value !== null) {
    let planted = 0;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = plant(v, canary, inIdentity || k === "identity", k);
      planted += r.planted;
      out[k] = r.value;
    }
    return { value: out, planted };
  }
  return { value, planted: 0 };
}

/** A generated mission with a canary in every identity and free-text value, and the report sections. */
function plantedMission(seed: number, canary: string): Record<string, unknown> {
  const { dataset } = generateMissionFixture({ seed, personnel: 60, allegations: 12, partners: 4, communications: 4, asOf: "2019-06-30" });
  const planted = plant(withReportSections(dataset as Record<string, unknown>), canary);
  expect(planted.planted).toBeGreaterThan(50);
  // As above: the immediate response team and camps name units and places by design.
  const original = dataset as Record<string, unknown>;
  return { ...(planted.value as Record<string, unknown>), immediateResponseTeam: original["immediateResponseTeam"], camps: original["camps"] };
}

function withReportSections(dataset: Record<string, unknown>): Record<string, unknown> {
  const allegations = (dataset["allegations"] as { id: string; receivedOn: string }[]) ?? [];
  return {
    ...dataset,
    actionPlanStatus: [
      { activityId: "P1.h", year: 2019, month: 2, status: "ongoing", comment: "status note" },
      { activityId: "E3.e", year: 2019, month: 3, status: "delayed", comment: "status note" },
    ],
    serviceProviders: [{ id: "SP-1", name: "provider", services: ["psychosocial", "legal"], region: "North" }],
    cases: allegations.slice(0, 3).map((a, i) => ({
      value: { allegation: i === 0 ? "intake" : { investigation: "running" } },
      context: {
        caseId: a.id,
        receivedOn: a.receivedOn,
        complainant: { ref: "C-1", relation: "victim", identity: { name: "someone" } },
        victims: [{ ref: "V-1", identity: { name: "someone", notes: "notes" } }],
        deadlines: [{ id: `D-${i}`, kind: "victim-status-update", startedOn: a.receivedOn, dueOn: a.receivedOn, reason: "free text" }],
        assistance: {
          needsAssessments: [{ victimRef: "V-1", on: a.receivedOn, needs: ["psychosocial"], notes: "free text" }],
          referrals: [{ id: `R-${i}`, victimRef: "V-1", service: "psychosocial", providerId: "SP-1", on: a.receivedOn, status: "pending", statusOn: a.receivedOn, reason: "x" }],
          overrides: [{ victimRef: "V-1", service: "legal", on: a.receivedOn, reason: "free text", authorisedBy: "P-1" }],
          trustFund: [{ on: a.receivedOn, purpose: "free text" }],
        },
        serviceMap: [{ id: "SP-2", name: "provider", services: ["material"] }],
      },
    })),
  };
}

const kinds = Object.keys(reportKinds) as ReportKindId[];

describe("confidentiality of every builder", () => {
  it("carries no identity value and no free text of any record into any report or its sections", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.stringMatching(/^[A-Z]{6}$/), (seed, tag) => {
        const canary = `CANARY${tag}`;
        const { dataset } = generateMissionFixture({ seed, personnel: 60, allegations: 12, partners: 4, communications: 4, asOf: "2019-06-30" });
        const planted0 = plant(withReportSections(dataset as Record<string, unknown>), canary);
        // The immediate response team holds personnel ids and unit codes from a closed list, and a camp's
        // name and unit name a place and a formed unit, not a person: the risk ranking shows them by design.
        const original = dataset as Record<string, unknown>;
        const value = { ...(planted0.value as Record<string, unknown>), immediateResponseTeam: original["immediateResponseTeam"], camps: original["camps"] };
        const planted = planted0.planted;
        expect(planted).toBeGreaterThan(50);
        for (const kind of kinds) {
          for (const audience of ["public", "internal"] as const) {
            const r = buildReport(kind, value, { asOf: "2019-06-30", audience });
            if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.issues.slice(0, 3))}`);
            // Tables hold arrays, so a plain stringify reads every row.
            expect(JSON.stringify(r.report)).not.toContain(canary);
            expect(JSON.stringify(r.sections)).not.toContain(canary);
          }
        }
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it("carries none into any rendered output of any builder: JSON, CSV of every table, Markdown, HTML with its charts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.stringMatching(/^[A-Z]{6}$/), async (seed, tag) => {
        const canary = `CANARY${tag}`;
        const value = plantedMission(seed, canary);
        for (const kind of kinds) {
          for (const audience of ["public", "internal"] as const) {
            const r = buildReport(kind, value, { asOf: "2019-06-30", audience });
            if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.issues.slice(0, 3))}`);
            const doc: ReportDocument = { kind, title: reportKinds[kind].title, asOf: "2019-06-30", audience, sections: r.sections };
            const outputs = [
              [...documentJsonChunks(doc)].join(""),
              [...documentMarkdownChunks(doc)].join(""),
              ...doc.sections.flatMap((s) => s.tables.map((t) => [...tableCsvChunks(t)].join(""))),
              await renderDocumentHtml(doc),
            ];
            for (const [i, o] of outputs.entries()) expect(o, `${kind} ${audience} output ${i}`).not.toContain(canary);
          }
        }
      }),
      { numRuns: 2 },
    );
  }, 300_000);

  it("echoes no received value in the issues of any builder", () => {
    const canary = "CANARYISSUE";
    const bad = { mission: { id: canary, name: 7, context: canary }, personnel: [{ id: canary, grade: 4, arrivalDate: canary }], allegations: [{ id: canary, receivedOn: canary }], cases: [{ context: { caseId: canary } }] };
    for (const kind of kinds) {
      const r = buildReport(kind, bad, { asOf: canary });
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).not.toContain(canary);
    }
  });
});
