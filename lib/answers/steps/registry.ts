/** Each step's schema by the kind of question, for the client form and the server alike. */
import type { CodeWithSubtypes } from "../options";
import { OriginStep, RegistrationStep, ServicesStep, ShareStep } from "./plan";
import { AccessStep, ContentStep, CoverageStep, FacilitiesStep, subtypesStep } from "./service";

export type StepSchemaId =
  | "origin"
  | "share"
  | "registration"
  | "services"
  | "subtypes-B21"
  | "subtypes-B25"
  | "content"
  | "facilities"
  | "coverage"
  | "access";

export function stepSchema(id: StepSchemaId) {
  switch (id) {
    case "origin":
      return OriginStep;
    case "share":
      return ShareStep;
    case "registration":
      return RegistrationStep;
    case "services":
      return ServicesStep;
    case "subtypes-B21":
    case "subtypes-B25":
      return subtypesStep(id.slice("subtypes-".length) as CodeWithSubtypes);
    case "content":
      return ContentStep;
    case "facilities":
      return FacilitiesStep;
    case "coverage":
      return CoverageStep;
    case "access":
      return AccessStep;
  }
}
