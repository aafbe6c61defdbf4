import type { ParseArgsConfig } from "node:util";
import type { RuleSet } from "@psea/core";
import type { CliIo, ExitCode } from "../io";

/**
 * What a command receives besides its arguments.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const ctx: CommandContext = { io, ruleSet: pseaRuleSet };
 * schemaCommand.run({ values: {}, positionals: ["office"] }, ctx); // 0
 */
export interface CommandContext {
  readonly io: CliIo;
  readonly ruleSet: RuleSet;
}

/**
 * Parsed arguments of a command: option values by name, and positionals.
 *
 * @category CLI
 * @example
 * // psea validate m.json --format json
 * const args: CommandArgs = { values: { format: "json" }, positionals: ["m.json"] };
 */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `psea` subcommand: its options (for `node:util` `parseArgs`), its help and its action.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const hello: Command = {
 *   name: "hello", summary: "Say hello", usage: "psea hello", help: "Says hello.",
 *   options: {}, positionals: { min: 0, max: 0 },
 *   run: (_args, { io }) => (io.stdout("hello\n"), 0),
 * };
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * hello.run({ values: {}, positionals: [] }, { io, ruleSet: pseaRuleSet }); // 0
 * out; // ["hello\n"]
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly run: (args: CommandArgs, ctx: CommandContext) => ExitCode | Promise<ExitCode>;
}

/**
 * The value of a string option, or `undefined`.
 *
 * @category CLI
 * @example
 * stringOption({ format: "json" }, "format"); // "json"
 */
export function stringOption(values: CommandArgs["values"], name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/**
 * The output formats of `validate` and `rules`.
 *
 * @category CLI
 * @example
 * const f: OutputFormat = "json";
 */
export type OutputFormat = "table" | "json";

/**
 * Reads `--format`, defaulting to `table`; an error message when the value is not a format.
 *
 * @category CLI
 * @example
 * outputFormat({ format: "json" }); // { ok: true, format: "json" }
 * outputFormat({ format: "xml" }).ok; // false
 */
export function outputFormat(values: CommandArgs["values"]): { ok: true; format: OutputFormat } | { ok: false; message: string } {
  const f = stringOption(values, "format") ?? "table";
  return f === "table" || f === "json" ? { ok: true, format: f } : { ok: false, message: `--format: expected 'table' or 'json', got '${f}'` };
}

/**
 * The `--format` option shared by commands that print tables or JSON.
 *
 * @category CLI
 * @example
 * formatOption.format.short; // "f"
 */
export const formatOption = { format: { type: "string", short: "f" } } as const satisfies NonNullable<ParseArgsConfig["options"]>;
