import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// argon2id with OWASP's minimum (19 MiB, 2 passes).
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Same work for a missing account, so timing does not tell which e-mails exist.
    await hash(password, argonOptions);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

// @zxcvbn-ts/core 4 replaced the global zxcvbnOptions/zxcvbn pair with a factory instance.
const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });

/** Refuses passwords from common-password lists and trivial patterns (SECURITY.md 6). */
export function isWeakPassword(password: string, userInputs: string[] = []): boolean {
  return zxcvbn.check(password, userInputs).score < 2;
}
