import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, MissionDataset, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { serviceGapsIdentified, serviceMapCurrent, serviceMapGaps, serviceTrackingMaintained } from "../../../src/rules";
import { compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "e5", title: "AP E5 (i) and (j)", rules: [serviceMapCurrent, serviceGapsIdentified, serviceTrackingMaintained] });
const AS_OF = "2018-06-30";

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

const allegation = { id: "A-1", receivedOn: "2018-05-01", intake: { channel: "hotline" as const }, conduct: { sexualActivity: "actual" as const } };
const run = (change: Partial<MissionDatasetInput>, asOf = AS_OF) => findings(evaluate(set, { ...compliantDataset(), allegations: [allegation], ...change }, { asOf }));

// The compliant dataset's offices are in two regions, Capital and North.
const regional: MissionDatasetInput["serviceProviders"] = [
  { id: "SP-C", name: "Capital clinic", region: "Capital", services: ["emergency-medical", "general-medical", "psychosocial", "legal"] },
  { id: "SP-N", name: "North clinic", region: "North", services: ["emergency-medical", "general-medical", "psychosocial"] },
];

describe("AP-E5 (i) the service map is kept, reviewed, and its gaps identified with advocacy", () => {
  it("AP-E5 passes a map reviewed within its interval that lists every gap with advocacy", () => {
    expect(run({})).toEqual([]);
    expect(run({ serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-01-01", gaps: [{ region: "North", service: "legal", advocacyOn: "2018-02-01" }] }] })).toEqual([]);
    // Reviewed on the day the interval ends: still current.
    expect(run({ serviceMapReviews: [{ reviewedOn: "2017-12-30", gaps: [] }] })).toEqual([]);
  });

  it("AP-E5 fails a mission with no review of its service map, and one whose review is out of date", () => {
    const [f, ...rest] = run({ serviceMapReviews: [] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.e5.service-map-current",
      obligationIds: ["AP-E5"],
      severity: "violation",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 5 (i)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["serviceMapReviews"],
      explanation: { facts: { lastReviewedOn: null, dueOn: null, providers: 1 } },
    });
    const stale = run({ serviceMapReviews: [{ reviewedOn: "2017-12-29", gaps: [] }, { reviewedOn: "2018-09-01", gaps: [] }] });
    expect(stale.map((x) => [x.ruleId, x.path, x.explanation.facts["dueOn"]])).toEqual([["ap.e5.service-map-current", ["serviceMapReviews", 0, "reviewedOn"], "2018-06-29"]]);
    expect(stale[0]!.explanation.parameters.map((p) => [p.id, p.value])).toEqual([["serviceMapReviewMaxInterval", "P6M"]]);
  });

  it("AP-E5 fails a gap the latest review does not list, and warns of a listed gap without advocacy", () => {
    const unlisted = run({ serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps: [] }] });
    expect(unlisted.map((x) => [x.ruleId, x.severity, x.subject, x.explanation.facts["service"]])).toEqual([
      ["ap.e5.service-gaps-identified", "violation", { kind: "region", id: "North" }, "legal"],
    ]);
    expect(unlisted[0]!.path).toEqual(["serviceMapReviews", 0, "gaps"]);
    const noAdvocacy = run({ serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps: [{ region: "North", service: "legal" }] }] });
    expect(noAdvocacy.map((x) => [x.severity, x.path, x.explanation.facts["listed"]])).toEqual([["warning", ["serviceMapReviews", 0, "gaps", 0, "advocacyOn"], true]]);
    // An earlier review listing the gap does not stand for the latest one.
    const earlier = run({
      serviceProviders: regional,
      serviceMapReviews: [{ reviewedOn: "2018-02-01", gaps: [{ region: "North", service: "legal", advocacyOn: "2018-02-01" }] }, { reviewedOn: "2018-06-01", gaps: [] }],
    });
    expect(earlier.map((x) => x.ruleId)).toEqual(["ap.e5.service-gaps-identified"]);
  });

  it("serviceMapGaps counts a provider without a region in every region", () => {
    expect(serviceMapGaps([{ id: "SP", name: "All", services: ["legal"] }], ["B", "A", "B"], ["legal", "psychosocial"])).toEqual([
      { region: "A", service: "psychosocial" },
      { region: "B", service: "psychosocial" },
    ]);
  });
});

describe("AP-E5 (j) the service tracking table names mapped providers and is kept up to date", () => {
  const row = { id: "ST-1", allegationId: "A-1", service: "psychosocial" as const, providerId: "SP-1", referredOn: "2018-05-03", status: "accepted" as const, statusOn: "2018-06-10" };

  it("AP-E5 passes rows to mapped providers offering the service, updated within the interval, and closed rows", () => {
    expect(run({ serviceTracking: [row, { ...row, id: "ST-2", status: "completed", statusOn: "2018-01-30", referredOn: "2018-01-10" }] })).toEqual([]);
    expect(run({ serviceTracking: [{ ...row, statusOn: "2018-05-30" }] })).toEqual([]);
  });

  it("AP-E5 fails a row whose mapped provider does not offer the service", () => {
    const offered = run({ serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps: [{ region: "North", service: "legal", advocacyOn: "2018-06-02" }] }], serviceTracking: [{ ...row, providerId: "SP-N", service: "legal" }] });
    expect(offered.map((x) => [x.ruleId, x.severity, x.subject, x.path])).toEqual([["ap.e5.service-tracking", "violation", { kind: "service-referral", id: "ST-1" }, ["serviceTracking", 0, "service"]]]);
    expect(offered[0]!.explanation.facts).toMatchObject({ providerMapped: true, providerId: "SP-N", service: "legal" });
  });

  it("AP-E5 warns of an open row with no status recorded within the interval", () => {
    const stale = run({ serviceTracking: [{ ...row, status: "pending", statusOn: "2018-05-03" }] });
    expect(stale.map((x) => [x.severity, x.path, x.explanation.facts["dueOn"]])).toEqual([["warning", ["serviceTracking", 0, "statusOn"], "2018-06-03"]]);
    // Rows referred after asOf are not judged yet.
    expect(run({ serviceTracking: [{ ...row, referredOn: "2018-07-01", statusOn: "2018-07-01" }] })).toEqual([]);
  });

  it("a tracking row naming an unknown provider or allegation is an input issue, not a finding", () => {
    const r = MissionDataset.safeParse({ ...compliantDataset(), allegations: [allegation], serviceTracking: [{ ...row, providerId: "NOPE", allegationId: "A-9" }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([
      ["serviceTracking", 0, "allegationId"],
      ["serviceTracking", 0, "providerId"],
    ]);
  });
});
