"use server";

import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { ok } from "@/lib/errors";
import { rotateFeedToken } from "./ical";

// The private calendar address: made (or replaced, ending the old one) and shown once.
export async function rotateFeedTokenAction() {
  const { viewer, baseUrl } = await actionContext();
  return refusalsAsResults(async () => {
    const { token } = await rotateFeedToken({ viewer });
    return ok({ url: `${baseUrl}/api/calendar/feed/${token}.ics` });
  });
}
