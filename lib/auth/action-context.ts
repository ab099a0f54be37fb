import "server-only";
import { headers } from "next/headers";
import { DomainError, fail } from "@/lib/errors";
import { currentUser } from "./current-user";
import { baseUrl, clientIp } from "./request-meta";

/** What a server action needs from the request: who asks, from where, and the site's address. */
export async function actionContext() {
  const h = await headers();
  return { viewer: await currentUser(), ip: clientIp(h), baseUrl: baseUrl(h) };
}

/** Turns a domain refusal (forbidden, signed out) into a result value the form can show. */
export async function refusalsAsResults<T>(run: () => Promise<T>): Promise<T | ReturnType<typeof fail>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code);
    throw error;
  }
}
