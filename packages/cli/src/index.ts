/**
 * The `psea` command: validate a mission dataset against PSEA policy, list rules, print JSON
 * Schemas. {@link run} takes its input and output as arguments, so hosts and tests can drive it
 * without a process; `bin.ts` wires the real ones.
 *
 * @packageDocumentation
 */
export * from "./io";
export * from "./run";
export * from "./rule-set";
export * from "./commands";
export * from "./table";
export * from "./printable";
export * from "./version";
