import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { materialAuthors, organizations } from "@/db/schema";
import { outcome } from "@/test/community-roles";
import { createOrganization, createUser, type TestUser } from "@/test/factories";
import { chosenCoAuthors, findCoAuthorCandidates } from "./co-authors";
import { createDraft, submitMaterial, updateDraft } from "./drafts";
import { formValues, getMaterialPage, listMyMaterials } from "./queries";
import { materialSchema, type MaterialInput } from "./schemas";

// A made-up surname per test: the file's database is shared by its tests.
const surname = () => `Зябликова${randomBytes(3).toString("hex")}`;

const draft = (overrides: Partial<MaterialInput> = {}): MaterialInput => ({
  kind: "lesson_plan",
  title: "Проектная задача «Школьный сад»",
  abstract: "Проектная задача для 6 класса: площадь, масштаб и смета на посадки у школы.",
  body: "## Ход работы",
  subjects: ["mathematics"],
  levels: ["grade_6"],
  themes: [],
  tags: "",
  licence: "cc_by",
  communityId: null,
  coAuthors: "",
  coAuthorIds: [],
  blindReview: false,
  ...overrides,
});

const names = async (actor: TestUser, query: unknown) => {
  const result = await findCoAuthorCandidates({ actor: actor.actor, query });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.map((c) => c.fullName);
};

describe("co-author candidates", () => {
  test("signed-in only; the query is 2 to 100 characters of text", async () => {
    const caller = await createUser();
    expect(await outcome(() => findCoAuthorCandidates({ actor: null, query: "Ива" }))).toBe("unauthenticated");
    for (const query of ["", "а", "  б  ", "я".repeat(101), null, 42, ["Ива"], { q: "Ива" }]) {
      expect(await findCoAuthorCandidates({ actor: caller.actor, query }), JSON.stringify(query)).toMatchObject({ ok: false, error: "invalid", fieldErrors: { q: expect.any(String) } });
    }
    expect((await findCoAuthorCandidates({ actor: caller.actor, query: "я".repeat(100) })).ok).toBe(true);
  });

  test("active users only, never the caller; the name and the organization, nothing private", async () => {
    const s = surname();
    const school = await createOrganization({ name: "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 5»" });
    await (await getDb()).update(organizations).set({ shortName: "Гимназия № 5" }).where(eq(organizations.id, school.id));
    const requested = await createOrganization({ name: "Школа, которую ещё не подтвердили", status: "pending" });
    const caller = await createUser({ fullName: `${s} Вызывающая Ивановна` });
    const active = await createUser({ fullName: `${s} Анна Петровна`, organizationId: school.id, phone: "+7 900 000-00-00" });
    const unconfirmedOrg = await createUser({ fullName: `${s} Вера Ильинична`, organizationId: requested.id });
    const noOrg = await createUser({ fullName: `${s} Галина Олеговна`, organizationId: null });
    // Who has not agreed to show their profile cannot be found by name.
    await createUser({ fullName: `${s} Скрытая Петровна`, consents: ["rules", "personal_data"] });
    await createUser({ fullName: `${s} Блокированная`, status: "blocked" });
    await createUser({ fullName: `${s} Ожидающая`, status: "pending_approval" });
    await createUser({ fullName: `${s} Удалённая`, status: "deleted" });

    const result = await findCoAuthorCandidates({ actor: caller.actor, query: s.toLowerCase() });
    expect(result).toEqual({
      ok: true,
      data: [
        { id: active.id, fullName: active.fullName, organization: "Гимназия № 5" },
        { id: unconfirmedOrg.id, fullName: unconfirmedOrg.fullName, organization: null },
        { id: noOrg.id, fullName: noOrg.fullName, organization: null },
      ],
    });
    // No contact leaves: not as a field, not inside a value.
    const sent = JSON.stringify(result);
    for (const secret of [active.email, "+7 900", caller.id]) expect(sent).not.toContain(secret);
  });

  test("at most 10, names starting with the query first; every word matches, in any order; % and _ are literal", async () => {
    const s = surname();
    const caller = await createUser();
    for (let i = 0; i < 12; i += 1) await createUser({ fullName: `Абрамова ${s} ${String(i).padStart(2, "0")}` });
    const first = await createUser({ fullName: `${s} Яна Юрьевна` });
    const found = await names(caller, s);
    expect(found).toHaveLength(10);
    expect(found[0]).toBe(first.fullName);
    expect(found.slice(1)).toEqual([...found.slice(1)].sort());

    const kept = await createUser({ fullName: `Захарченко ${s} Светлана` });
    expect(await names(caller, `светлана ${s.slice(0, 12)}`)).toEqual([kept.fullName]);
    expect(await names(caller, `${s.slice(0, 8)}%`)).toEqual([]);
    expect(await names(caller, "__")).toEqual([]);
  });
});

describe("registered co-authors through the form", () => {
  test("picked users become co-authors in order, see the material among their own, and get their chips back on edit", async () => {
    const owner = await createUser({ fullName: `${surname()} Ольга` });
    const [a, b] = await Promise.all([createUser({ fullName: `${surname()} Алла` }), createUser({ fullName: `${surname()} Борис` })]);
    // What the browser sends: the form's text fields, parsed by the same schema.
    const sent = draft({ coAuthorIds: [b.id, a.id], coAuthors: "Петров П. П.; " });
    expect(materialSchema.safeParse(sent).success).toBe(true);
    const created = await createDraft({ actor: owner.actor, input: sent });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;

    const authors = await (await getDb()).select({ userId: materialAuthors.userId, name: materialAuthors.name }).from(materialAuthors).where(eq(materialAuthors.materialId, id)).orderBy(materialAuthors.position);
    expect(authors).toEqual([
      { userId: owner.id, name: owner.fullName },
      { userId: b.id, name: b.fullName },
      { userId: a.id, name: a.fullName },
      { userId: null, name: "Петров П. П." },
    ]);
    for (const coAuthor of [a, b]) expect((await listMyMaterials({ viewer: coAuthor.actor })).map((m) => m.id)).toContain(id);

    // The edit form gets the same ids and names back; saving it unchanged changes nothing.
    const page = await getMaterialPage({ viewer: owner.actor, id });
    const values = formValues(page);
    expect(values.coAuthorIds).toEqual([b.id, a.id]);
    expect(values.coAuthors).toBe("Петров П. П.");
    expect(chosenCoAuthors(page)).toEqual([
      { id: b.id, fullName: b.fullName },
      { id: a.id, fullName: a.fullName },
    ]);
    expect(await updateDraft({ actor: owner.actor, id, input: values })).toEqual({ ok: true, data: undefined });
    expect(formValues(await getMaterialPage({ viewer: owner.actor, id }))).toEqual(values);

    // Removing a chip drops the co-author: the material leaves their list.
    expect(await updateDraft({ actor: owner.actor, id, input: { ...values, coAuthorIds: [a.id] } })).toEqual({ ok: true, data: undefined });
    expect((await listMyMaterials({ viewer: b.actor })).map((m) => m.id)).not.toContain(id);
    expect((await listMyMaterials({ viewer: a.actor })).map((m) => m.id)).toContain(id);
  });

  test("a blocked or unknown person cannot be picked: the error lands on the picker", async () => {
    const owner = await createUser();
    const blocked = await createUser({ status: "blocked" });
    for (const coAuthorIds of [[blocked.id], ["00000000-0000-4000-8000-000000000000"]]) {
      expect(await createDraft({ actor: owner.actor, input: draft({ coAuthorIds }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { coAuthorIds: "authorUnknown" } });
    }
    expect(await createDraft({ actor: owner.actor, input: draft({ coAuthorIds: ["not-a-uuid"] }) })).toMatchObject({ ok: false, fieldErrors: { "coAuthorIds.0": "invalid" } });
  });

  test("a co-author reads the draft but does not edit it: canEdit stays the owner's", async () => {
    const [owner, coAuthor] = await Promise.all([createUser(), createUser()]);
    const created = await createDraft({ actor: owner.actor, input: draft({ coAuthorIds: [coAuthor.id] }) });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const seen = await getMaterialPage({ viewer: coAuthor.actor, id });
    expect(seen.access).toMatchObject({ isAuthor: true, canRead: true, canEdit: false });
    // Told that the owner does it, not that the material has moved on.
    expect(await updateDraft({ actor: coAuthor.actor, id, input: draft({ title: "Чужая правка" }) })).toEqual({ ok: false, error: "ownerEdits" });
    expect(await outcome(() => submitMaterial({ actor: coAuthor.actor, id, input: { note: "" } }))).toBe("ownerEdits");
    expect((await getMaterialPage({ viewer: owner.actor, id })).access.canEdit).toBe(true);
  });
});
