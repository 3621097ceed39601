export * from "./flow";
export * from "./table";
