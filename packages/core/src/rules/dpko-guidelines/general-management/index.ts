export { preventiveEnvironment } from "./a-preventive-environment";
export { focalPointAppointed } from "./c-focal-point-appointed";
export { focalPointGrade } from "./c-focal-point-grade";
export { focalPointsInPost, type FocalPointRole } from "./focal-point-appointments";
export { focalPointGender } from "./c-focal-point-gender";
export { fieldFocalPoints } from "./c-field-focal-points";
export { bulletinAcknowledgement } from "./b-bulletin-acknowledgement";
export { writtenUndertaking } from "./e-written-undertaking";
export { informedOfStandards } from "./e-informed-of-standards";
