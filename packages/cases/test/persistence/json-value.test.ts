import { describe, expect, it } from "vitest";
import { toJsonValue } from "../../src/persistence";

describe("toJsonValue", () => {
  it("copies plain JSON and drops undefined properties, as JSON.stringify does", () => {
    const input = { a: [1, "x", null, { b: true }], c: undefined };
    const r = toJsonValue(input);
    expect(r).toEqual({ ok: true, value: { a: [1, "x", null, { b: true }] } });
    expect(r.ok && r.value).not.toBe(input);
    expect(input).toHaveProperty("c");
  });

  it("reports each value JSON would silently change, at its path", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const r = toJsonValue({ at: new Date(0), n: [Number.NaN, undefined], f: () => 1, big: 1n, cyclic });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([
      [["at"], "not-json"],
      [["n", 0], "not-json"],
      [["n", 1], "not-json"],
      [["f"], "not-json"],
      [["big"], "not-json"],
      [["cyclic", "self"], "cycle"],
    ]);
  });

  it("keeps a __proto__ key from parsed JSON as data, not as a prototype", () => {
    const r = toJsonValue(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && JSON.stringify(r.value)).toBe('{"__proto__":{"polluted":true}}');
  });
});
