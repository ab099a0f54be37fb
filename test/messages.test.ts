import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// Every namespace exists in both languages with the same keys, so no page falls back to a key path.
const dir = path.join(process.cwd(), "messages");
const load = (locale: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, locale, file), "utf8")) as unknown;

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  test("Russian and English hold the same namespaces", () => {
    expect(fs.readdirSync(path.join(dir, "en")).sort()).toEqual(fs.readdirSync(path.join(dir, "ru")).sort());
  });

  test.each(fs.readdirSync(path.join(dir, "ru")))("%s: the same keys in both languages", (file) => {
    expect(keys(load("en", file)).sort()).toEqual(keys(load("ru", file)).sort());
  });

  test("every error a materials function, upload check or schema returns has a message", () => {
    const produced = ["notEditable", "alreadySubmitted", "contentRequired", "notAwaitingReview", "alreadyReviewing", "expertIsAuthor", "notAnExpert", "reviewClosed", "scoresIncomplete", "scoreRange", "notPublished", "staleStatus", "materialsOff", "notMember", "communityArchived", "authorUnknown", "tagTooLong", "tooMany", "tooManyFiles", "tooManyLinks", "videoHostNotAllowed", "empty", "tooLarge", "typeNotAllowed", "typeMismatch", "archiveTooLarge", "imageTooLarge", "damaged"];
    const own = Object.keys((load("ru", "materials.json") as { errors: object }).errors);
    expect(produced.filter((key) => !own.includes(key))).toEqual([]);
  });
});
