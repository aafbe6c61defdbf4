export {
  newsletterCadence,
  newsletterRule,
  radioBroadcastCadence,
  radioBroadcastRule,
  townHallCadence,
  townHallRule,
} from "./p1-communication";
export { taskForceCadence, taskForceRule } from "./p3-task-force";
export {
  forceCommanderMeetingCadence,
  forceCommanderMeetingRule,
  policeCommissionerMeetingCadence,
  policeCommissionerMeetingRule,
} from "./p4-force-and-police";
export { preventionMeetingCadence, preventionMeetingRule } from "./p6-prevention-meetings";
export { investigationReviewCadence, investigationReviewRule } from "./e3-investigation-review";
export { vraMeetingCadence, vraMeetingRule } from "./r1-vra-meetings";
