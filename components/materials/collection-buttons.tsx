"use client";

import { useTranslations } from "next-intl";
import { deleteCollectionAction, setInCollectionAction } from "@/lib/materials/actions";
import { ActionButton } from "./action-button";

export function RemoveFromCollectionButton({ collectionId, materialId, title }: { collectionId: string; materialId: string; title: string }) {
  const t = useTranslations("materials.collections");
  return <ActionButton run={() => setInCollectionAction(collectionId, materialId, { on: false })} label={t("remove")} busyLabel={t("remove")} ariaLabel={t("removeItem", { title })} variant="secondary" />;
}

export function DeleteCollectionButton({ collectionId }: { collectionId: string }) {
  const t = useTranslations("materials.collections");
  return <ActionButton run={() => deleteCollectionAction(collectionId)} label={t("delete")} busyLabel={t("deleting")} variant="secondary" then="/materials/collections" />;
}
