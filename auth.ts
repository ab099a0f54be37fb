import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { authenticate } from "@/lib/accounts/sign-in";
import { clientIp } from "@/lib/auth/request-meta";

/** Carries the domain's refusal code (throttled, blocked, …) to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const nextAuth = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/ru/sign-in", error: "/ru/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate({ input: credentials, ip: clientIp(request.headers) });
        if (!result.ok) throw new SignInRefused(result.error);
        return { id: result.data.id, sessionVersion: result.data.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id and session version; roles and status are read fresh per request.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        delete token.name;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" }, sv: token.sv ?? 0 } as typeof session;
    },
  },
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return; // an expected refusal, already audited
      console.error("[auth]", error);
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/** Read the session once per request. */
export const auth = cache(nextAuth.auth);
