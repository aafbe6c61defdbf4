export { accountableOfficials } from "./a-accountable-officials";
export { rcHomAgreement } from "./b-rc-hom-agreement";
export { seaNetwork } from "./c-network";
export { communityCommunications } from "./d-community-communications";
export { focalPointsMadeKnown } from "./d-focal-points-made-known";
export { rumouredAllegations } from "./e-rumoured-allegations";
export { rcReportRecipientRecorded } from "./f-report-recipient";
