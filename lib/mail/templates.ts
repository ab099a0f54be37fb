import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en/mail.json";
import ru from "@/messages/ru/mail.json";
import type { Mail } from "./send";

const catalogs = { ru, en } as const;
export type MailLocale = keyof typeof catalogs;
type Template = keyof typeof ru;

/** Builds a mail in the recipient's language from messages/<locale>/mail.json. */
export function composeMail(to: string, locale: string, template: Template, values: Record<string, string>): Mail {
  const lang: MailLocale = locale === "en" ? "en" : "ru";
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: template });
  return { to, subject: t("subject", values), body: t("body", values) };
}
