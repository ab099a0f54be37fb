import { setRequestLocale } from "next-intl/server";
import { DocumentPage } from "@/components/documents/document-page";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <DocumentPage document="privacy" />;
}
