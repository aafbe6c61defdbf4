export { headquartersMilestonesReached, headquartersMonitoring } from "./f-monitoring-milestones";
