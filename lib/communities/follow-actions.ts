"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { follow, unfollow, type Channel } from "./follows";

function channelOf(kind: unknown, id: unknown): Channel {
  return kind === "organization" ? { organizationId: String(id ?? "") } : { communityId: String(id ?? "") };
}

/** The follow button's form: kind (community|organization), id and the wanted state. */
export async function toggleFollowAction(formData: FormData) {
  const { viewer, ip } = await actionContext();
  const channel = channelOf(formData.get("kind"), formData.get("id"));
  const run = formData.get("follow") === "1" ? follow : unfollow;
  const result = await refusalsAsResults(() => run({ actor: viewer, ip, channel }));
  if (result.ok) {
    revalidatePath("/[locale]/communities", "layout");
    revalidatePath("/[locale]/organizations", "layout");
    revalidatePath("/[locale]/feed", "page");
  }
}
