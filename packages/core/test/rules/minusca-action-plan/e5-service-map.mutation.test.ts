import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { latestServiceMapReview, serviceGapsIdentified, serviceMapCurrent, serviceMapGaps, serviceTrackingMaintained } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

// MINUSCA action plan, Enforcement goal 5 (h), (i) and (j): the wording of each finding, its facts and
// concern, the first and last day judged, and the records each rule reads.

function findings(rule: AnyRule, change: Partial<MissionDatasetInput>, asOf = AS_OF) {
  const allegations = [{ id: "A-1", receivedOn: "2018-05-01", intake: { channel: "hotline" as const }, conduct: { sexualActivity: "actual" as const } }];
  const r = evaluate(defineRuleSet({ id: "one", title: "one rule", rules: [rule] }), { ...compliantDataset(), allegations, ...change }, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

// The compliant dataset's offices are in two regions, Capital and North; North lacks legal services here.
const regional: MissionDatasetInput["serviceProviders"] = [
  { id: "SP-C", name: "Capital clinic", region: "Capital", services: ["emergency-medical", "general-medical", "psychosocial", "legal"] },
  { id: "SP-N", name: "North clinic", region: "North", services: ["emergency-medical", "general-medical", "psychosocial"] },
];

describe("latestServiceMapReview", () => {
  const review = (reviewedOn: string) => ({ reviewedOn, gaps: [] });

  it("takes the latest review on or before asOf, wherever it stands, and the last listed of two on the same day", () => {
    expect(latestServiceMapReview([], AS_OF)).toBeUndefined();
    expect(latestServiceMapReview([review("2018-07-01")], AS_OF)).toBeUndefined();
    expect(latestServiceMapReview([review(AS_OF)], AS_OF)?.index).toBe(0);
    expect(latestServiceMapReview([review("2018-05-01"), review("2018-01-01")], AS_OF)?.index).toBe(0);
    expect(latestServiceMapReview([review("2018-01-01"), review("2018-05-01"), review("2018-07-01")], AS_OF)?.index).toBe(1);
    expect(latestServiceMapReview([review("2018-05-01"), review("2018-05-01")], AS_OF)?.index).toBe(1);
  });
});

describe("serviceMapGaps", () => {
  it("counts a regional provider in its own region only, and only for the services it offers", () => {
    expect(serviceMapGaps(regional!, ["North", "Capital"], ["legal", "psychosocial"])).toEqual([{ region: "North", service: "legal" }]);
    expect(serviceMapGaps([{ id: "SP", name: "East", region: "East", services: ["legal"] }], ["West"], ["legal"])).toEqual([{ region: "West", service: "legal" }]);
    expect(serviceMapGaps([], ["B", "A"], ["legal"])).toEqual([
      { region: "A", service: "legal" },
      { region: "B", service: "legal" },
    ]);
  });
});

describe("AP-E5 (i) the service map is reviewed: wording and the days judged", () => {
  it("words a mission with no review recorded", () => {
    const [f, ...rest] = findings(serviceMapCurrent, { serviceMapReviews: [] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("no review of the service map of victim assistance is recorded by 2018-06-30");
    expect(f!.explanation.facts).toEqual({ lastReviewedOn: null, interval: "P6M", dueOn: null, providers: 1 });
  });

  it("words a review out of date, with its facts", () => {
    const [f, ...rest] = findings(serviceMapCurrent, { serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2017-12-29", gaps: [] }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("the service map was last reviewed on 2017-12-29; the next review was due by 2018-06-29 (every P6M)");
    expect(f!.explanation.facts).toEqual({ lastReviewedOn: "2017-12-29", interval: "P6M", dueOn: "2018-06-29", providers: 2 });
    expect(f!.path).toEqual(["serviceMapReviews", 0, "reviewedOn"]);
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
  });

  it("counts a review on asOf, and not one after it", () => {
    expect(findings(serviceMapCurrent, { serviceMapReviews: [{ reviewedOn: "2017-01-01", gaps: [] }, { reviewedOn: AS_OF, gaps: [] }] })).toEqual([]);
    const after = findings(serviceMapCurrent, { serviceMapReviews: [{ reviewedOn: "2017-01-01", gaps: [] }, { reviewedOn: "2018-07-01", gaps: [] }] });
    expect(after.map((f) => f.explanation.facts["lastReviewedOn"])).toEqual(["2017-01-01"]);
  });
});

describe("AP-E5 (i) the gaps of the map are listed with advocacy: wording and the days judged", () => {
  it("words a gap the latest review does not list", () => {
    const [f, ...rest] = findings(serviceGapsIdentified, { serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps: [] }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("no mapped provider offers legal in North, and the review of 2018-06-01 does not list the gap");
    expect(f!.explanation.facts).toEqual({ region: "North", service: "legal", reviewedOn: "2018-06-01", listed: false, advocacyOn: null });
    expect(f!.concern).toBe("e5:gap:North:legal");
    expect(f!.severity).toBe("violation");
  });

  it("words a listed gap with no advocacy, pointing at its own entry", () => {
    const gaps = [
      { region: "North", service: "psychosocial" as const, advocacyOn: "2018-06-02" },
      { region: "Capital", service: "legal" as const, advocacyOn: "2018-06-02" },
      { region: "North", service: "legal" as const },
    ];
    const [f, ...rest] = findings(serviceGapsIdentified, { serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("the gap in legal in North is listed, but no advocacy to fill it is recorded by 2018-06-30");
    expect(f!.explanation.facts).toEqual({ region: "North", service: "legal", reviewedOn: "2018-06-01", listed: true, advocacyOn: null });
    expect(f!.path).toEqual(["serviceMapReviews", 0, "gaps", 2, "advocacyOn"]);
    expect(f!.concern).toBe("e5:gap:North:legal");
    expect(f!.subject).toEqual({ kind: "region", id: "North" });
  });

  it("does not take a listed gap of another region or service for the one found", () => {
    const gaps = [
      { region: "North", service: "psychosocial" as const },
      { region: "Capital", service: "legal" as const },
      { region: "North", service: "legal" as const, advocacyOn: "2018-06-02" },
    ];
    // The two listed gaps no longer found are left alone: the map may have changed since.
    expect(findings(serviceGapsIdentified, { serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps }] })).toEqual([]);
  });

  it("counts advocacy on asOf, and not advocacy after it", () => {
    const listed = (advocacyOn: string) => ({ serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-06-01", gaps: [{ region: "North", service: "legal" as const, advocacyOn }] }] });
    expect(findings(serviceGapsIdentified, listed(AS_OF))).toEqual([]);
    expect(findings(serviceGapsIdentified, listed("2018-07-01")).map((f) => [f.severity, f.explanation.facts["advocacyOn"]])).toEqual([["warning", null]]);
  });

  it("checks nothing before a first review, and reads the latest review on or before asOf", () => {
    expect(findings(serviceGapsIdentified, { serviceProviders: regional, serviceMapReviews: [] })).toEqual([]);
    expect(findings(serviceGapsIdentified, { serviceProviders: regional, serviceMapReviews: [{ reviewedOn: "2018-07-01", gaps: [] }] })).toEqual([]);
  });
});

describe("AP-E5 (h), (j) the service tracking table: wording and the days judged", () => {
  const row = { id: "ST-1", allegationId: "A-1", service: "psychosocial" as const, providerId: "SP-1", referredOn: "2018-05-03", status: "accepted" as const, statusOn: "2018-06-10" };

  it("words a referral to a mapped provider that does not offer the service", () => {
    const [f, ...rest] = findings(serviceTrackingMaintained, { serviceProviders: regional, serviceTracking: [{ ...row, providerId: "SP-N", service: "legal" }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("referral ST-1 sends a victim to provider SP-N for legal, which the service map does not list it as offering");
    expect(f!.explanation.facts).toEqual({ allegationId: "A-1", service: "legal", providerId: "SP-N", providerMapped: true });
    expect(f!.concern).toBe("e5:tracking:mapped-provider");
    expect(f!.severity).toBe("violation");
  });

  it("words a referral to a provider not on the map when run on data the dataset parse has not checked", () => {
    const drafts = [...serviceTrackingMaintained.evaluate({ serviceProviders: [], serviceTracking: [{ ...row, status: "completed" }] } as never, { asOf: AS_OF, params: { serviceTrackingUpdateMaxInterval: "P1M" } })];
    expect(drafts).toEqual([
      {
        subject: { kind: "service-referral", id: "ST-1" },
        path: ["serviceTracking", 0, "providerId"],
        message: "referral ST-1 names provider SP-1, which is not on the service map",
        facts: { allegationId: "A-1", service: "psychosocial", providerId: "SP-1", providerMapped: false },
        concern: "e5:tracking:mapped-provider",
      },
    ]);
  });

  it("judges a row referred on asOf, and not one referred after it", () => {
    const unmapped = { ...row, providerId: "SP-N", service: "legal" as const };
    expect(findings(serviceTrackingMaintained, { serviceProviders: regional, serviceTracking: [{ ...unmapped, referredOn: AS_OF, statusOn: AS_OF }] }).map((f) => f.concern)).toEqual([
      "e5:tracking:mapped-provider",
    ]);
    expect(findings(serviceTrackingMaintained, { serviceProviders: regional, serviceTracking: [{ ...unmapped, referredOn: "2018-07-01", statusOn: "2018-07-01" }] })).toEqual([]);
  });

  it("words an open row not updated, with its facts", () => {
    const [f, ...rest] = findings(serviceTrackingMaintained, { serviceTracking: [{ ...row, statusOn: "2018-05-29" }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("referral ST-1 has been accepted since 2018-05-29 with no status recorded since; an update was due by 2018-06-29 (every P1M)");
    expect(f!.explanation.facts).toEqual({ allegationId: "A-1", service: "psychosocial", status: "accepted", statusOn: "2018-05-29", interval: "P1M", dueOn: "2018-06-29" });
    expect(f!.path).toEqual(["serviceTracking", 0, "statusOn"]);
    expect(f!.concern).toBe("e5:tracking:maintained");
    expect(f!.severity).toBe("warning");
    expect(f!.subject).toEqual({ kind: "service-referral", id: "ST-1" });
  });

  it("follows pending and accepted rows only", () => {
    const stale = { ...row, statusOn: "2018-05-01" };
    const statuses = (["pending", "accepted", "rejected", "completed"] as const).map((status, k) => ({ ...stale, id: `ST-${k}`, status }));
    expect(findings(serviceTrackingMaintained, { serviceTracking: statuses }).map((f) => f.subject.id)).toEqual(["ST-0", "ST-1"]);
  });

  it("reads a status recorded after asOf as not recorded yet, and counts one recorded on asOf", () => {
    const later = findings(serviceTrackingMaintained, { serviceTracking: [{ ...row, referredOn: "2018-05-01", statusOn: "2018-07-15" }] });
    expect(later.map((f) => [f.explanation.facts["statusOn"], f.explanation.facts["dueOn"]])).toEqual([["2018-05-01", "2018-06-01"]]);
    expect(findings(serviceTrackingMaintained, { serviceTracking: [{ ...row, referredOn: "2018-05-01", statusOn: AS_OF }] })).toEqual([]);
  });
});
