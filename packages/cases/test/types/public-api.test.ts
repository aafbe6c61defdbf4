import { describe, expectTypeOf, it } from "vitest";
import { transition } from "xstate";
import type { z } from "zod";
import {
  allowedEvents,
  applyEvent,
  caseMachine,
  dueItems,
  openCase,
  publicStatus,
  CaseEvent,
  type CaseContext,
  type CaseState,
  type DueItem,
  type PublicStatus,
} from "../../src";
import { open } from "../support/case-builder";

describe("public API types", () => {
  it("openCase takes unknown and returns a state or issues", () => {
    expectTypeOf(openCase).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(openCase).returns.toEqualTypeOf<
      { ok: true; state: CaseState } | { ok: false; issues: { path: (string | number)[]; code: string; message: string }[] }
    >();
  });

  it("applyEvent returns the state with a typed reason on refusal", () => {
    expectTypeOf(applyEvent).parameters.toEqualTypeOf<[CaseState, unknown]>();
    expectTypeOf(applyEvent).returns.toEqualTypeOf<
      | { ok: true; state: CaseState }
      | { ok: false; state: CaseState; reason: { code: "invalid-event" | "not-allowed-in-state" | "guard-failed" | "internal-error"; message: string; path?: (string | number)[] } }
    >();
  });

  it("the other entry points", () => {
    expectTypeOf(dueItems).parameters.toEqualTypeOf<[CaseState, string]>();
    expectTypeOf(dueItems).returns.toEqualTypeOf<DueItem[]>();
    expectTypeOf(publicStatus).returns.toEqualTypeOf<PublicStatus>();
    expectTypeOf(allowedEvents).returns.toEqualTypeOf<CaseEvent["type"][]>();
    expectTypeOf<CaseState>().toEqualTypeOf<{ value: unknown; context: CaseContext }>();
  });

  it("CaseEvent is a zod schema of the event union, each event dated", () => {
    expectTypeOf(CaseEvent).toExtend<z.ZodType<CaseEvent>>();
    expectTypeOf<CaseEvent["at"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<CaseEvent, { type: "OUTCOME_DECIDED" }>["result"]>().toEqualTypeOf<"substantiated" | "not-substantiated" | "closed-other">();
    // @ts-expect-error: no such event type
    const bad: CaseEvent["type"] = "NOT_AN_EVENT";
    void bad;
    // @ts-expect-error: every event carries the date it happened
    const undated: CaseEvent = { type: "REGISTERED" };
    void undated;
  });

  it("the machine is typed by the case's events and context", () => {
    const snapshot = caseMachine.resolveState(open() as never);
    expectTypeOf(snapshot.context).toEqualTypeOf<CaseContext>();
    // Type-level only: never called.
    const typeOnly = () =>
      // @ts-expect-error: the machine refuses events outside the union at the type level
      transition(caseMachine, snapshot, { type: "NOT_AN_EVENT", at: "2018-06-01" });
    expectTypeOf(typeOnly).toBeFunction();
  });

  it("PublicStatus is the closed set of published values", () => {
    expectTypeOf<PublicStatus>().toEqualTypeOf<
      | "preliminary-assessment"
      | "under-review"
      | "under-investigation"
      | "pending-member-state-investigation"
      | "substantiated"
      | "not-substantiated"
      | "closed-for-other-reasons"
    >();
    // @ts-expect-error: not a published value
    const s: PublicStatus = "pending";
    void s;
  });
});
