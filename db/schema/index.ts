export * from "./accounts";
export * from "./organizations";
export * from "./activity";
export * from "./platform";
export * from "./communities";
export * from "./notifications";
export * from "./materials";
export * from "./events";
