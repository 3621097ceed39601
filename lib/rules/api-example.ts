import type { Answers } from "@/lib/answers/schema";

/**
 * The example of API.md: a wholly foreign-owned Hainan company with a CDN that leases a node
 * elsewhere in mainland China and an app store. The tests, the API's e2e specs, the
 * Lighthouse bench and the OpenAPI document's request example all use this one plan. Its
 * own module, so that the document does not carry the scenario tests into the server.
 */
export const API_EXAMPLE: Answers = {
  investor: { origin: "other", foreignSharePercent: 100 },
  company: { registeredIn: "hainan" },
  services: [
    {
      code: "B12",
      coverage: "nationwide",
      facilities: [
        { location: "hainan", tenure: "owned" },
        { location: "mainland-other", tenure: "leased" },
      ],
    },
    {
      code: "B25",
      subtypes: ["publishing-delivery"],
      coverage: "nationwide",
      facilities: [{ location: "hainan", tenure: "leased" }],
    },
  ],
};
