import { describe, expect, test } from "vitest";
import { createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createUser } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { findAttachableMaterials, findSpeakerCandidates } from "./pickers";

describe("the event form's pickers", () => {
  test("speakers: registered people with visible profiles by part of the name, the organizer too; guests refused", async () => {
    const tag = `Спикерова${Date.now().toString(36)}`;
    const organizer = await createUser({ fullName: `${tag} Анна Петровна` });
    const colleague = await createUser({ fullName: `${tag} Ольга Игоревна` });
    await createUser({ fullName: `${tag} Скрытая Ивановна`, consents: ["rules", "personal_data"] });
    const found = await findSpeakerCandidates({ actor: organizer.actor, query: tag.toLowerCase() });
    expect(found.ok && found.data.map((p) => p.id).sort()).toEqual([organizer.id, colleague.id].sort());
    expect(await findSpeakerCandidates({ actor: organizer.actor, query: "а" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await outcome(() => findSpeakerCandidates({ actor: null, query: tag }))).toBe("unauthenticated");
  });

  test("materials: published ones the organizer may read, by words of the title", async () => {
    const tag = `Тренажёр${Date.now().toString(36)}`;
    const owner = await createUser();
    const closed = await createCommunityRow({ visibility: "members" });
    const open = await createMaterialRow(owner, { title: `${tag}: дроби для 5 класса` });
    await createMaterialRow(owner, { title: `${tag}: черновик`, status: "draft", publishedAt: null });
    await createMaterialRow(owner, { title: `${tag}: для своих`, communityId: closed.id });
    const found = await findAttachableMaterials({ actor: (await createUser()).actor, query: `дроби ${tag}` });
    expect(found).toEqual({ ok: true, data: [{ id: open.id, fullName: open.title }] });
    expect(await outcome(() => findAttachableMaterials({ actor: null, query: tag }))).toBe("unauthenticated");
  });
});
