import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CommunityHeader } from "@/components/communities/community-header";
import { FollowButton } from "@/components/communities/follows/follow-button";
import { ClientMessages } from "@/components/shell/client-messages";
import { MembershipPanel } from "@/components/communities/membership/membership-panel";
import { loadCommunityHeader } from "./load-header";

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">) {
  const header = await loadCommunityHeader((await params).slug);
  return { title: header.community.name };
}

// The header only: every page below checks what the viewer may see itself (layouts do not re-run on navigation).
export default async function CommunityLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const header = await loadCommunityHeader(slug);
  const id = header.community.id;
  return (
    <div>
      <ClientMessages namespaces={["membership.panel", "membership.errors"]}>
        <CommunityHeader
          header={header}
          actions={
            <>
              <MembershipPanel communityId={id} />
              <FollowButton communityId={id} />
            </>
          }
        />
      </ClientMessages>
      {children}
    </div>
  );
}
