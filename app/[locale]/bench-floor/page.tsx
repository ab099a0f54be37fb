import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";

// The floor of benchmark 1 (bench/community-page.ts): a dynamic page in the same layout that reads
// nothing, so "community page ÷ floor" measures only the community's own work. It exists only on a
// server started with BENCH_FLOOR=1 (the benchmark's); everywhere else it is the usual 404.
export const dynamic = "force-dynamic";

export default async function BenchFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  setRequestLocale((await params).locale);
  return <div data-bench-floor="" />;
}
