import { currentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/files/check-upload";
import { attachFile } from "@/lib/materials/files";

// Uploads go through a route, not a server action: actions cap bodies at 1 MB, and a declared
// size over the largest cap is refused before any byte is read.
const largest = Math.max(...Object.values(MAX_UPLOAD_BYTES)) + 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(declared) || declared > largest) return Response.json({ ok: false, error: "tooLarge" }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return Response.json({ ok: false, error: "empty" }, { status: 400 });
  try {
    const result = await attachFile({ actor: await currentUser(), materialId: id, file: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), type: file.type } });
    return Response.json(result, { status: result.ok ? 201 : 422 });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ ok: false, error: error.code }, { status: error.code === "unauthenticated" ? 401 : 404 });
    throw error;
  }
}
