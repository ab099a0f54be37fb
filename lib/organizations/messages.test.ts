import { describe, expect, test } from "vitest";
import en from "@/messages/en/organizations.json";
import ru from "@/messages/ru/organizations.json";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("organizations messages", () => {
  test("Russian and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  test("every error key a domain function or schema can return has a message", () => {
    const produced = [
      "tooShort",
      "kindUnknown",
      "organizationDuplicate",
      "organizationMissing",
      "organizationMerged",
      "notPending",
      "approveDuplicate",
      "mergeTargetRequired",
      "mergeTargetMissing",
      "mergeTargetMerged",
      "mergeTargetPending",
      "sameOrganization",
    ];
    for (const key of produced) expect(Object.keys(ru.errors)).toContain(key);
  });
});
