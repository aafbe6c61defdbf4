export { cbcmCoverage } from "./p5-cbcm-coverage";
export { cbcmComposition } from "./p5-cbcm-composition";
export { cbcmEquipment } from "./p5-cbcm-equipment";
export { complaintMechanismCoverage, coversRegion, type ComplaintMechanismCoverage } from "./p5-coverage";
export { noExcuseCardCoverage } from "./p1-no-excuse-cards";
export { taskForceMembership } from "./p3-task-force-membership";
export { cbcmRecency } from "./p5-cbcm-recency";
