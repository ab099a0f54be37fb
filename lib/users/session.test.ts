import { beforeAll, describe, expect, test, vi } from "vitest";
import { loadViewer } from "@/lib/accounts/queries";
import { createUser, type TestUser } from "@/test/factories";
import { blockUser, setUserRoles, unblockUser } from "./mutations";

// The session cookie is stood in for: `auth()` returns the user id and the session version the
// cookie was issued with, as next-auth would. Everything after it is the real per-request check.
const cookie = vi.hoisted(() => ({ session: null as { user: { id: string }; sv: number } | null }));
vi.mock("@/auth", () => ({ auth: async () => cookie.session }));

const { currentSession } = await import("@/lib/auth/current-user");

const ip = "10.7.7.7";
let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

/** Signs the user in: the cookie carries the session version of this moment. */
async function signIn(userId: string) {
  cookie.session = { user: { id: userId }, sv: (await loadViewer(userId))!.sessionVersion };
}

describe("a change by an administrator takes effect on the user's very next request", () => {
  test("after a block the same session is refused, and after unblocking it stays ended", async () => {
    const user = await createUser();
    await signIn(user.id);
    expect((await currentSession()).viewer?.id).toBe(user.id);

    expect((await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Нарушение правил" }, ip })).ok).toBe(true);
    expect(await currentSession()).toEqual({ viewer: null, refused: "blocked" });

    // Signing in again while blocked is refused elsewhere (lib/accounts/sign-in); a cookie of the new version is still refused here.
    await signIn(user.id);
    expect(await currentSession()).toEqual({ viewer: null, refused: "blocked" });

    expect((await unblockUser({ actor: admin.actor, input: { userId: user.id }, ip })).ok).toBe(true);
    cookie.session = { user: { id: user.id }, sv: 1 };
    expect((await currentSession()).viewer).toBeNull();
    await signIn(user.id);
    expect((await currentSession()).viewer?.id).toBe(user.id);
  });

  test("after a role change the old session is refused and a new one carries the new roles", async () => {
    const user = await createUser({ roles: ["participant"] });
    await signIn(user.id);
    expect((await currentSession()).viewer?.roles).toEqual(["participant"]);

    expect((await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["participant", "methodist"] }, ip })).ok).toBe(true);
    expect(await currentSession()).toEqual({ viewer: null, refused: "ended" });

    await signIn(user.id);
    expect((await currentSession()).viewer?.roles.sort()).toEqual(["methodist", "participant"]);
  });
});
