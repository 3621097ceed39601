import { describe, expect, it } from "vitest";

import { API_EXAMPLE } from "@/lib/rules/scenarios";

import { handleAssess } from "./assess";

function post(body: unknown): Promise<Response> {
  return handleAssess(
    new Request("https://check.test/api/assess", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

describe("handleAssess: invalid answers", () => {
  it("lists at most 100 issues, and says when there were more", async () => {
    const junk = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, 1]));
    const response = await post({ ...API_EXAMPLE, ...junk });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(10_000);
    const body = JSON.parse(text);
    expect(body.error).toBe("invalid-answers");
    expect(body.issues).toHaveLength(100);
    expect(body.issues[0]).toEqual({ path: "k0", message: "“k0” is not a field of the answers." });
    expect(body.truncated).toBe(true);
  });

  it("lists every issue, without truncated, when there are 100 or fewer", async () => {
    const junk = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 1]));
    const body = await (await post({ ...API_EXAMPLE, ...junk })).json();
    expect(body.issues).toHaveLength(100);
    expect(body).not.toHaveProperty("truncated");
  });
});
