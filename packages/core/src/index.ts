/**
 * PSEA Policy Kit core: the vocabulary, effective-dated policy parameters, the rule engine, the
 * rule sets of ST/SGB/2003/13, the DPKO guidelines and the action plan, cadences and the
 * action-plan model.
 *
 * @packageDocumentation
 */
export * from "./vocabulary";
export * from "./time";
export * from "./parameters";
export * from "./engine";
export * from "./classification";
export * from "./rules";
export * from "./cadences";
export * from "./action-plan";
