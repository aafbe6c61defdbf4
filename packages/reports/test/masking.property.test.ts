import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, maskIdentityValues } from "../src/confidentiality";

// Letters that "[redacted]" does not hold, so a replacement can never spell an identity.
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom("x", "y", "z", " "), maxLength });

// The plain definition: every identity, longest first, replaced wherever it occurs.
function naive(value: string, secrets: readonly string[]): string {
  let out = value;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
  return out;
}

describe("maskIdentityValues (one pass over each string, whatever the number of identities)", () => {
  const secrets = fc.uniqueArray(text(6).map((s) => s.trim()).filter((s) => s.length > 1), { maxLength: 8 });

  it("leaves no identity in any string or key", () => {
    fc.assert(
      fc.property(secrets, fc.array(text(40), { maxLength: 5 }), (ids, strings) => {
        const source = { victims: ids.map((name) => ({ identity: { name } })) };
        const masked = maskIdentityValues({ strings, keyed: Object.fromEntries(strings.map((s, i) => [s, i])) }, source);
        for (const s of [...masked.strings, ...Object.keys(masked.keyed)]) for (const id of ids) expect(s).not.toContain(id);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with replacing each identity in turn when no two occurrences overlap", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[xyz]{2,5}$/), { maxLength: 4 }), fc.array(fc.nat(3), { maxLength: 8 }), (ids, picks) => {
        // Identities and filler separated by spaces, so occurrences never overlap.
        const usable = ids.filter((a) => ids.every((b) => a === b || !b.includes(a)));
        const value = picks.map((i) => usable[i] ?? "q").join(" ");
        const source = { victims: usable.map((name) => ({ identity: { name } })) };
        expect(maskIdentityValues(value, source)).toBe(naive(value, usable));
      }),
      { numRuns: 500 },
    );
  });

  it("masks overlapping occurrences together", () => {
    const source = { victims: [{ identity: { name: "Jane Roe" } }, { identity: { name: "Roe Smith" } }] };
    expect(maskIdentityValues("by Jane Roe Smith.", source)).toBe(`by ${REDACTED}.`);
    expect(maskIdentityValues("Jane RoeJane Roe", source)).toBe(`${REDACTED}${REDACTED}`);
  });
});
