import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CaseEvent, CaseOpening } from "../../src";

function undescribed(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => undescribed(n, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const props = (o["properties"] ?? {}) as Record<string, { description?: unknown }>;
  const own = Object.entries(props)
    .filter(([, v]) => typeof v?.description !== "string" || v.description.trim() === "")
    .map(([k]) => `${path}/properties/${k}`);
  return [...own, ...Object.entries(o).flatMap(([k, v]) => undescribed(v, `${path}/${k}`))];
}

describe("CaseOpening as JSON Schema", () => {
  it("describes every property a case is opened with, at any depth", () => {
    const schema = z.toJSONSchema(CaseOpening, { io: "input", unrepresentable: "any" });
    expect(undescribed(schema, "#")).toEqual([]);
  });
});

describe("CaseEvent as JSON Schema", () => {
  it("describes every field of every event, at any depth", () => {
    const schema = z.toJSONSchema(CaseEvent, { io: "input", unrepresentable: "any" });
    expect((schema as { oneOf?: unknown[] }).oneOf?.length).toBeGreaterThan(30);
    expect(undescribed(schema, "#")).toEqual([]);
  });
});
