import { z } from "zod";
import { describe, expect, it } from "vitest";
import { RiskChecklist, RiskFactorId } from "../src";
import { checklist, SOUTH } from "./support/checklists";

/** Every property of a JSON Schema object, with its path, all the way down. */
function properties(schema: Record<string, unknown>, path: string[] = []): { path: string; node: Record<string, unknown> }[] {
  const props = (schema["properties"] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, node]) => [{ path: [...path, k].join("."), node }, ...properties(node, [...path, k])]);
}

describe("AP-P6 the risk-factor checklist schema", () => {
  const json = z.toJSONSchema(RiskChecklist) as Record<string, unknown>;

  it("AP-P6 has one required factor per RiskFactorId, and no extra key anywhere", () => {
    expect(json["required"]).toEqual(RiskFactorId.options);
    expect(json["additionalProperties"]).toBe(false);
    for (const { path, node } of properties(json)) if (node["type"] === "object") expect(node["additionalProperties"], path).toBe(false);
  });

  it("AP-P6 describes every field", () => {
    expect(json["description"]).toBeTypeOf("string");
    const undescribed = properties(json).filter(({ node }) => typeof node["description"] !== "string").map((p) => p.path);
    expect(undescribed).toEqual([]);
    expect(properties(json).length).toBeGreaterThan(50);
  });

  it("AP-P6 rejects a missing factor, a wrong answer type and a contributing country, by path and code", () => {
    const valid = checklist(SOUTH) as Record<string, unknown>;
    const { perimeter: _p, ...missing } = valid;
    const r = RiskChecklist.safeParse({ ...missing, womenAndChildrenOnCamp: { answer: "yes", evidence: { source: "site-visit" } }, allegationHistory: { answer: { allegations: 1, personnelOnStrength: 800, since: "2017-06-01", contingent: "XYZ" }, evidence: { source: "records" } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["perimeter", "invalid_type"],
      ["womenAndChildrenOnCamp.answer", "invalid_type"],
      ["allegationHistory.answer", "unrecognized_keys"],
    ]);
  });
});
