import { notFound } from "next/navigation";

// Unknown paths under a locale render the localized not-found page inside the layout, so they
// are dynamic and carry the request's CSP nonce like every other page.
export default function UnknownPath() {
  notFound();
}
