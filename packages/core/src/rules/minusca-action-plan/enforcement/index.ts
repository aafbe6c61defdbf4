export { requiredReportingChannels } from "./e1-reporting-channels";
export { intakeChannelRecorded } from "./e1-intake-channel";
export { channelConfidentiality } from "./e1-channel-confidentiality";
