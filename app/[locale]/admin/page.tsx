import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";

export default async function AdminIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requirePermission(locale, "users.manage");
  redirect(`/${locale}/admin/users`);
}
