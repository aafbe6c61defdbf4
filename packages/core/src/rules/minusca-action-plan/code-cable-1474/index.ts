export { codeCable1474MeasureList, codeCable1474MeasureRules, codeCable1474MeasureInPlace } from "./measures";
export { focalPointMeasureBacked } from "./focal-point-cross-check";
export { investigationTimelineCompliance } from "./investigation-timeline";
export { immediateResponseTeamBacked } from "./irt-cross-check";
