"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionContext } from "@/lib/auth/action-context";
import { DomainError } from "@/lib/errors";
import { markAllRead, markRead } from "./mutations";

/** Clicking a notification: mark it read and go where it leads (a plain form, works without JavaScript). */
export async function openNotificationAction(formData: FormData) {
  const { viewer } = await actionContext();
  const locale = await getLocale();
  if (!viewer) redirect(`/${locale}/sign-in`);
  let link = "/notifications";
  try {
    const result = await markRead({ viewer, id: String(formData.get("id") ?? "") });
    if (result.ok) link = result.data.link;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  revalidatePath("/[locale]", "layout");
  redirect(`/${locale}${link}`);
}

export async function markAllReadAction() {
  const { viewer } = await actionContext();
  const locale = await getLocale();
  if (!viewer) redirect(`/${locale}/sign-in`);
  await markAllRead({ viewer });
  revalidatePath("/[locale]", "layout");
}
