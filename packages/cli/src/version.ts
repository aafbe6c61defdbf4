import { version } from "../package.json";

/**
 * The version of `@psea/cli`, as `psea --version` prints it.
 *
 * @category CLI
 * @example
 * CLI_VERSION; // "0.1.0"
 */
export const CLI_VERSION: string = version;
