import { describe, expect, it } from "vitest";
import { openCase, publicStatus } from "../../src";
import { opening } from "../support/case-builder";

describe("openCase", () => {
  it("opens at intake with the channel recorded", () => {
    const r = openCase(opening());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.value).toEqual({ allegation: "intake", victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } });
    expect(r.state.context.intake).toEqual({ channel: "hotline", channelId: "hotline-4044", rumour: false, missionPersonnelMayBeInvolved: true });
    expect(r.state.context.lastEventOn).toBe("2018-06-01");
    expect(publicStatus(r.state)).toBe("preliminary-assessment");
  });

  it.each(["hotline", "email", "community-based-complaint-mechanism", "in-person", "partner-referral", "rumour"] as const)(
    "records an allegation received by %s",
    (channel) => {
      const r = openCase(opening({ intake: { channel } }));
      expect(r.ok && r.state.context.intake.channel).toBe(channel);
    },
  );

  it("DPKO-RC-e: records a rumour as an allegation, flagged as a rumour", () => {
    const r = openCase(opening({ intake: { channel: "rumour" } }));
    expect(r.ok && r.state.context.intake).toEqual({ channel: "rumour", rumour: true, missionPersonnelMayBeInvolved: true });
  });

  it("never keeps a victim's or complainant's identity", () => {
    const r = openCase(
      opening({
        victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female", identity: { name: "Secret Name", contact: "+000" } }] as never,
        complainant: { ref: "C-1", relation: "community-member", identity: { name: "Other Secret" } } as never,
      }),
    );
    expect(r.ok).toBe(true);
    const json = JSON.stringify(r);
    expect(json).not.toContain("Secret");
    expect(json).not.toContain("+000");
  });

  it("refuses invalid input with paths and codes, without throwing", () => {
    for (const input of [undefined, null, 42, "A-1", [], { id: "A-1" }]) {
      const r = openCase(input);
      expect(r.ok).toBe(false);
    }
    const r = openCase({ ...opening(), receivedOn: "2018-02-30" });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ["receivedOn"], code: "invalid_format" }] });
  });

  it("keeps one allegation per personnel category and contributing country (the UN's counting rule)", () => {
    const r = openCase(
      opening({
        subjects: [
          { ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" },
          { ref: "S-2", category: "civilian-staff" },
          { ref: "S-3", category: "military-contingent", contributingCountry: "ABC" },
          { ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      [["subjects", 1, "category"], "mixed-personnel-categories"],
      [["subjects", 2, "contributingCountry"], "mixed-contributing-countries"],
      [["subjects", 3, "ref"], "duplicate-ref"],
    ]);
  });

  it("validates a parameter overlay and keeps it with the case", () => {
    const bad = openCase(opening({ parameters: { investigationTimeline: [{ value: "six months", effectiveFrom: "2018-01-01", citation: { document: "CC-1474", clause: "x" } }] } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path.slice(0, 4)).toEqual(["parameters", "investigationTimeline", 0, "value"]);
    const good = openCase(opening({ parameters: { investigationTimeline: [{ value: "P4M", effectiveFrom: "2018-01-01", citation: { document: "CC-1474", clause: "x" } }] } }));
    expect(good.ok && good.state.context.parameters.investigationTimeline?.[0]?.value).toBe("P4M");
  });

  it("opens a plain-JSON state", () => {
    const r = openCase(opening());
    if (!r.ok) throw new Error("refused");
    expect(JSON.parse(JSON.stringify(r.state))).toEqual(r.state);
  });
});
