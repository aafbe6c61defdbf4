import { cite, defineRuleSet, evaluate, defineRule, MissionDatasetShape, type Victim } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  buildFindingsReport,
  collectIdentityValues,
  maskIdentityValues,
  redactIdentities,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type FindingsReport,
} from "../src";
import { CANARY_COMPLAINANT, CANARY_VICTIM, canaryDataset } from "@psea/test-support";

const renderers = { renderJson, renderCsv, renderMarkdown, renderHtml };

function renderAll(report: FindingsReport): string {
  return Object.values(renderers)
    .map((render) => render(report))
    .join("\n");
}

function completed(set: Parameters<typeof evaluate>[0]) {
  const r = evaluate(set, canaryDataset(), { asOf: "2018-06-30" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("redactIdentities", () => {
  it("removes identity properties at any depth and keeps everything else", () => {
    const input = { a: { identity: { name: "x" }, ref: "V-1" }, list: [{ identity: "y", n: 1 }, [{ identity: null }]], identity: 1 };
    expect(redactIdentities(input)).toEqual({ a: { ref: "V-1" }, list: [{ n: 1 }, [{}]] });
  });

  it("never mutates its input and returns a fresh copy", () => {
    const input = { v: { ref: "V-1", identity: { name: "x" } } };
    const out = redactIdentities(input);
    expect(input.v.identity).toEqual({ name: "x" });
    expect(out.v).not.toBe(input.v);
  });

  it("removes identity keys from maps, cuts cycles and keeps primitives", () => {
    const cyclic: Record<string, unknown> = { ref: "x" };
    cyclic["self"] = cyclic;
    expect(redactIdentities(cyclic)).toEqual({ ref: "x", self: "[circular]" });
    expect(redactIdentities(new Map<string, unknown>([["identity", 1], ["ref", 2]]))).toEqual(new Map([["ref", 2]]));
    expect(redactIdentities("text")).toBe("text");
    expect(redactIdentities(null)).toBe(null);
  });

  it("types the result without identity", () => {
    const victim = {} as Victim;
    expectTypeOf(redactIdentities(victim)).not.toHaveProperty("identity");
    expectTypeOf(redactIdentities(victim)).toHaveProperty("ref").toEqualTypeOf<string>();
  });
});

describe("collectIdentityValues and maskIdentityValues", () => {
  it("collects every identity string of a dataset, longest first", () => {
    expect(collectIdentityValues(canaryDataset())).toEqual([
      `${CANARY_COMPLAINANT} name`,
      `${CANARY_VICTIM} address`,
      `${CANARY_VICTIM}-contact`,
      CANARY_COMPLAINANT,
      `${CANARY_VICTIM} name`,
      CANARY_VICTIM,
    ]);
  });

  it("masks identity values inside strings and keys, and in rendered text", () => {
    const source = canaryDataset();
    expect(maskIdentityValues({ message: `seen by ${CANARY_COMPLAINANT} name`, [CANARY_VICTIM]: 1 }, source)).toEqual({
      message: "seen by [redacted]",
      "[redacted]": 1,
    });
    expect(maskIdentityValues(`x ${CANARY_VICTIM}-contact y`, source)).toBe("x [redacted] y");
  });

  it("ignores one-character identity values, which would garble every line", () => {
    expect(collectIdentityValues({ identity: { notes: "a", name: "Al" } })).toEqual(["Al"]);
  });
});

describe("reports never carry a victim's or complainant's identity (canary)", () => {
  it("all four formats of a report of allRules on a dataset with planted identities are free of the canaries", () => {
    const result = completed(allRules);
    expect(result.findings.length).toBeGreaterThan(0);
    const text = renderAll(buildFindingsReport(result, { title: "Canary", asOf: "2018-06-30" }));
    expect(text).toContain("P-ALT");
    expect(text).not.toContain(CANARY_VICTIM);
    expect(text).not.toContain(CANARY_COMPLAINANT);
    expect(text).not.toContain("CANARY");
  });

  it("strips an identity a host's rule put into facts by mistake, from the report and every format", () => {
    const leaky = defineRule({
      id: "test.leaky",
      title: "A rule that wrongly copies identities into facts",
      obligations: ["SGB-3.2b"],
      citation: cite("ST/SGB/2003/13", "section 3.2(b)"),
      severity: "violation",
      reads: MissionDatasetShape.pick({ allegations: true }),
      parameters: [],
      *evaluate({ allegations }) {
        for (const a of allegations) {
          yield {
            subject: { kind: "allegation", id: a.id },
            path: ["allegations", 0],
            message: "leaky",
            facts: { identity: a.victims[0]?.identity as never, complainant: { identity: a.complainant?.identity } as never, victimRef: a.victims[0]!.ref },
          };
        }
      },
    });
    const result = completed(defineRuleSet({ id: "leaky", title: "Leaky", rules: [leaky] }));
    expect(JSON.stringify(result)).toContain(CANARY_VICTIM);
    const report = buildFindingsReport(result, { title: "Canary", asOf: "2018-06-30" });
    expect(report.findings[0]!.facts).toEqual({ complainant: {}, victimRef: "V-1" });
    expect(renderAll(report)).not.toContain("CANARY");
  });

  it("renderers strip identities from a report a host assembled by hand", () => {
    const report = buildFindingsReport(completed(allRules), { title: "Canary", asOf: "2018-06-30" });
    const tampered = { ...report, findings: report.findings.map((f) => ({ ...f, facts: { ...f.facts, identity: CANARY_VICTIM } })) };
    for (const [name, render] of Object.entries(renderers)) expect(render(tampered), name).not.toContain(CANARY_VICTIM);
  });
});
