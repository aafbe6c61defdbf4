import type { Command } from "./command";
import { rulesCommand } from "./rules";
import { schemaCommand } from "./schema";
import { validateCommand } from "./validate";

/**
 * The subcommands of `psea`, by name: `run` dispatches through this table.
 *
 * @category CLI
 * @example
 * Object.keys(commands); // ["validate", "rules", "schema"]
 */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  rules: rulesCommand,
  schema: schemaCommand,
};

export * from "./command";
export * from "./rules";
export * from "./schema";
export * from "./validate";
