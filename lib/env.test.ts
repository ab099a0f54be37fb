import { describe, expect, test } from "vitest";
import { parseEnv } from "./env";

const secret32 = "k".repeat(32);

describe("parseEnv", () => {
  test.each([
    ["without AUTH_SECRET", {}],
    ["with an empty AUTH_SECRET", { AUTH_SECRET: "" }],
    ["with a 31-character AUTH_SECRET", { AUTH_SECRET: "k".repeat(31) }],
  ])("production %s refuses to start", (_name, extra) => {
    expect(() => parseEnv({ NODE_ENV: "production", ...extra })).toThrow(/AUTH_SECRET/);
  });

  test.each([32, 64])("production with a %i-character AUTH_SECRET starts", (length) => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "k".repeat(length) });
    expect(env.NODE_ENV).toBe("production");
    expect(env.AUTH_SECRET).toHaveLength(length);
  });

  test.each(["development", "test", undefined])("NODE_ENV=%s does not need a secret", (NODE_ENV) => {
    expect(() => parseEnv({ NODE_ENV })).not.toThrow();
  });

  test("defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", DATA_DIR: ".data" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test.each([
    ["an unknown NODE_ENV", { NODE_ENV: "staging", AUTH_SECRET: secret32 }, /NODE_ENV/],
    ["a DATABASE_URL that is not a URL", { DATABASE_URL: "not a url" }, /DATABASE_URL/],
    ["an APP_URL that is not a URL", { APP_URL: "metodset.ru" }, /APP_URL/],
    ["an empty DATA_DIR", { DATA_DIR: "" }, /DATA_DIR/],
  ])("%s is refused", (_name, source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  test("the error names the problem without echoing the secret", () => {
    const short = "short-but-secret-value";
    let message = "";
    try {
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: short });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/AUTH_SECRET/);
    expect(message).not.toContain(short);
  });
});
