export { generateDemoProvince, type DemoOptions, type DemoPhase, type DemoSummary } from "./generate-demo-province";
export { DemoGenerationError, type DemoErrorCode } from "./errors";
export { DEMO_SETTING_KEY, readDemoState, setDemoStatus, type DemoSettingValue, type DemoStatus } from "./demo-state";
export { ELECTRICITY_BASIS, TCE_PER_UNIT } from "./energy";
export { insertSampleReference, SAMPLE_PROVINCE_CODE } from "./sample-reference";
