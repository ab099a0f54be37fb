"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { fail, fromZod, type Result } from "@/lib/errors";
import { acceptConsents, setProfileVisibility, withdrawPersonalDataConsent } from "./consents";
import { resendVerification } from "./email-verification";
import { deleteOwnAccount } from "./erase";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { updateProfile } from "./profile";
import { registerUser } from "./register";
import { signInSchema } from "./schemas";

export async function registerAction(input: unknown) {
  const { ip, baseUrl } = await actionContext();
  return registerUser({ input, ip, baseUrl, locale: await getLocale() });
}

export async function signInAction(input: unknown, callbackPath?: string): Promise<Result> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const locale = await getLocale();
  // Only local paths: the callback must not become an open redirect.
  const target = callbackPath && /^\/(ru|en)(\/[\w\-/]*)?$/.test(callbackPath) ? callbackPath : `/${locale}/profile`;
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return fail(error.code);
    if (error instanceof AuthError) return fail("invalidCredentials");
    throw error;
  }
  redirect(target);
}

export async function signOutAction() {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}

export async function resendVerificationAction(input: unknown) {
  const { baseUrl } = await actionContext();
  return resendVerification({ input, baseUrl });
}

export async function forgotPasswordAction(input: unknown) {
  const { baseUrl } = await actionContext();
  return requestPasswordReset({ input, baseUrl });
}

export async function resetPasswordAction(input: unknown) {
  const { ip } = await actionContext();
  return resetPassword({ input, ip });
}

export async function updateProfileAction(input: unknown) {
  const { viewer } = await actionContext();
  const result = await refusalsAsResults(() => updateProfile({ actor: viewer, input }));
  revalidatePath("/[locale]", "layout");
  return result;
}

export async function acceptConsentsAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => acceptConsents({ actor: viewer, input, ip }));
  if (result.ok) redirect(`/${await getLocale()}/profile`);
  return result;
}

export async function setProfileVisibilityAction(visible: boolean) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => setProfileVisibility({ actor: viewer, visible: visible === true, ip }));
  revalidatePath("/[locale]/profile", "page");
  return result;
}

export async function withdrawConsentAction() {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => withdrawPersonalDataConsent({ actor: viewer, ip }));
  if (!result.ok) return result;
  await signOut({ redirectTo: `/${await getLocale()}?deleted=1` });
  return result;
}

export async function deleteAccountAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => deleteOwnAccount({ actor: viewer, input, ip }));
  if (!result.ok) return result;
  await signOut({ redirectTo: `/${await getLocale()}?deleted=1` });
  return result;
}
