/**
 * SEA risk management for PSEA Policy Kit (action plan, Prevention goal 6): the risk register and
 * its scale, camp risk assessments, mitigation follow-up, the off-limits list and joint patrols.
 *
 * @packageDocumentation
 */
import { cite, type Citation } from "@psea/core";

/**
 * The clause the risk package implements.
 *
 * @category Risk
 * @example
 * riskCitation.clause; // "Prevention goal 6"
 */
export const riskCitation: Citation = cite("MINUSCA-AP-2018-2019", "Prevention goal 6");

export * from "./schemas/risk-register";
export * from "./schemas/camp";
export * from "./schemas/off-limits";
export * from "./schemas/joint-patrol";
export * from "./schemas/risk-dataset";
export * from "./parse-risk-dataset";
export * from "./scale/risk-scale";
export * from "./rules";
export * from "./evaluate-risk";
