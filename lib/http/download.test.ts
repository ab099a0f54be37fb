import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/errors";
import { contentDisposition, downloadResponse } from "./download";

describe("downloads", () => {
  test("the headers: the stored type, an ASCII name and the exact UTF-8 one, never cached or sniffed", async () => {
    const response = await downloadResponse(async () => ({ body: "BEGIN:VCALENDAR", filename: "план «МО» 2027.ics", contentType: "text/calendar; charset=utf-8" }));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="__________2027.ics"; filename*=UTF-8''${encodeURIComponent("план «МО» 2027.ics")}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    expect(await response.text()).toBe("BEGIN:VCALENDAR");
  });

  test("inline files and extra headers; a quote or a path cannot break out of the name", async () => {
    const response = await downloadResponse(async () => ({ body: "x", filename: 'a"b/../c.pdf', contentType: "application/pdf", disposition: "inline", headers: { "Cache-Control": "private, max-age=300" } }));
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="a_b_.._c.pdf"; filename*=UTF-8''${encodeURIComponent('a"b/../c.pdf')}`);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    expect(contentDisposition("attachment", "plan-lab.xlsx")).toBe(`attachment; filename="plan-lab.xlsx"; filename*=UTF-8''plan-lab.xlsx`);
  });

  test("a refusal looks like a missing file; other errors are not swallowed", async () => {
    expect((await downloadResponse(async () => Promise.reject(new DomainError("forbidden")))).status).toBe(404);
    await expect(downloadResponse(async () => Promise.reject(new Error("disk")))).rejects.toThrow("disk");
  });
});
