export { requiredReportingChannels } from "./e1-reporting-channels";
export { intakeChannelRecorded } from "./e1-intake-channel";
export { channelConfidentiality } from "./e1-channel-confidentiality";
export { promotedChannelsConfigured } from "./e1-promoted-channels";
export { retaliationProtectionCommunicated, sopFamiliarization } from "./e1-reporting-culture";
export { caseManagementTimeliness } from "./e3-case-timeliness";
export { irtComposition, irtTraining } from "./e2-irt-composition";
export { pledgeInEpas } from "./e5-pledge-in-epas";
export { latestServiceMapReview, serviceGapsIdentified, serviceMapCurrent, serviceMapGaps, serviceTrackingMaintained } from "./e5-service-map";
