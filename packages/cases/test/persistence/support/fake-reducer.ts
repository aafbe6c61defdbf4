import { z } from "zod";
import type { CaseReducer } from "../../../src/persistence";

// A tiny stand-in for the allegation machine: four stages, dated events, a context that grows.
// Enough to exercise persistence without depending on the real machine's rules.

const At = z.iso.date();
const FakeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assess"), at: At }),
  z.object({ type: z.literal("refer"), at: At, entity: z.string().min(1) }),
  z.object({ type: z.literal("note"), at: At }),
  z.object({ type: z.literal("close"), at: At }),
]);
export type FakeEvent = z.infer<typeof FakeEvent>;

export interface FakeState {
  value: "intake" | "assessment" | "investigation" | "closed";
  context: {
    caseRef: string;
    receivedOn: string;
    lastEventOn: string;
    notes: number;
    referredTo?: string;
    referredOn?: string;
  };
}

const OpenInput = z.object({ caseRef: z.string().min(1), receivedOn: At });

const next: Record<FakeState["value"], readonly FakeEvent["type"][]> = {
  intake: ["assess", "note"],
  assessment: ["refer", "note", "close"],
  investigation: ["note", "close"],
  closed: [],
};

export const fakeReducer: CaseReducer<FakeState> = {
  open(input) {
    const parsed = OpenInput.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message })),
      };
    }
    const { caseRef, receivedOn } = parsed.data;
    return { ok: true, state: { value: "intake", context: { caseRef, receivedOn, lastEventOn: receivedOn, notes: 0 } } };
  },
  apply(state, input) {
    const parsed = FakeEvent.safeParse(input);
    if (!parsed.success) return { ok: false, state, reason: { code: "invalid-event", message: parsed.error.message } };
    const event = parsed.data;
    if (!next[state.value].includes(event.type)) {
      return { ok: false, state, reason: { code: "not-allowed", message: `${event.type} in ${state.value}`, path: ["type"] } };
    }
    if (event.at < state.context.lastEventOn) {
      return { ok: false, state, reason: { code: "out-of-order", message: "event dated before the last one", path: ["at"] } };
    }
    const context = { ...state.context, lastEventOn: event.at };
    switch (event.type) {
      case "assess":
        return { ok: true, state: { value: "assessment", context } };
      case "refer":
        return { ok: true, state: { value: "investigation", context: { ...context, referredTo: event.entity, referredOn: event.at } } };
      case "note":
        return { ok: true, state: { value: state.value, context: { ...context, notes: context.notes + 1 } } };
      case "close":
        return { ok: true, state: { value: "closed", context } };
    }
  },
};

/** Deadlines as data, like the machine's dueItems: assessment 10 days after receipt, investigation 90 after referral. */
export function fakeDueItems(state: FakeState, asOf: string): { kind: string; dueOn: string; overdue: boolean }[] {
  const items: { kind: string; dueOn: string; overdue: boolean }[] = [];
  if (state.value === "intake") items.push(item("assessment", addDays(state.context.receivedOn, 10), asOf));
  if (state.value === "investigation" && state.context.referredOn) {
    items.push(item("investigation", addDays(state.context.referredOn, 90), asOf));
  }
  return items;
}

function item(kind: string, dueOn: string, asOf: string) {
  return { kind, dueOn, overdue: asOf > dueOn };
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
