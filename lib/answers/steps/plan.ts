/**
 * Step schemas for the questions asked once per plan. Each validates the form's own values
 * (strings, as a browser sends them) with the pieces of the answers schema, so the client
 * form and the server check the same rules. Errors are `errors.*` keys; "required" is said
 * in each question's own words by the page.
 */
import * as z from "zod/mini";

import { LocationSchema, OriginSchema, ServiceCodeSchema, ForeignShareSchema } from "../schema";
import { blank } from "./blank";
import { hasAmbiguousComma, isExactShareText, parseShareText } from "./share-text";

export const OriginStep = z.object({ origin: blank(OriginSchema) });

export const ShareStep = z.object({
  share: z.pipe(
    z.pipe(
      z.string({ error: "required" }),
      z.transform((text, ctx) => {
        const share = parseShareText(text);
        const inRange = share !== undefined && share >= 0 && share <= 100;
        const comma = hasAmbiguousComma(text);
        if (
          share !== undefined &&
          Number.isFinite(share) &&
          !comma &&
          (!inRange || isExactShareText(text))
        )
          return share;
        ctx.issues.push({
          code: "custom",
          // Digits too many to be finite are still a number, far out of range.
          message:
            text.trim() === ""
              ? "required"
              : share === undefined
                ? "shareNotNumber"
                : comma
                  ? "shareComma"
                  : inRange
                    ? "sharePrecision"
                    : "shareRange",
          input: text,
        });
        return z.NEVER;
      }),
    ),
    ForeignShareSchema,
  ),
});

export const RegistrationStep = z.object({ registeredIn: blank(LocationSchema) });

export const ServicesStep = z.object({
  services: z.array(ServiceCodeSchema, { error: "required" }).check(
    z.minLength(1, { error: "required" }),
    z.refine((codes) => new Set(codes).size === codes.length, { error: "duplicateCode" }),
  ),
});
