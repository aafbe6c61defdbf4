import type { Command } from "./command";
import { rulesCommand } from "./rules";
import { schemaCommand } from "./schema";
import { validateCommand } from "./validate";
import { reportCommand } from "./report";
import { demoCommand } from "./demo";

/**
 * The subcommands of `psea`, by name: `run` dispatches through this table.
 *
 * @category CLI
 * @example
 * Object.keys(commands); // ["validate", "report", "demo", "rules", "schema"]
 */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  report: reportCommand,
  demo: demoCommand,
  rules: rulesCommand,
  schema: schemaCommand,
};

export * from "./command";
export * from "./rules";
export * from "./schema";
export * from "./validate";
export * from "./report";
export * from "./demo";
