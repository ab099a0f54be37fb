// External videos are embedded only from allow-listed hosts, and only as those hosts' own player
// addresses built here from the parsed id, never the address the user typed.

export type VideoEmbed = { host: "youtube" | "rutube" | "vk"; src: string };

export function videoEmbed(address: string): VideoEmbed | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www|m)\./, "");
  if (host === "youtube.com" || host === "youtu.be") {
    const id = host === "youtu.be" ? url.pathname.slice(1) : url.pathname === "/watch" ? url.searchParams.get("v") : url.pathname.match(/^\/(?:embed|shorts)\/([^/]+)/)?.[1];
    return id && /^[\w-]{6,20}$/.test(id) ? { host: "youtube", src: `https://www.youtube-nocookie.com/embed/${id}` } : null;
  }
  if (host === "rutube.ru") {
    const id = url.pathname.match(/^\/(?:video|play\/embed)\/([0-9a-f]{32})\/?$/)?.[1];
    return id ? { host: "rutube", src: `https://rutube.ru/play/embed/${id}` } : null;
  }
  if (host === "vk.com" || host === "vkvideo.ru") {
    const match = url.pathname.match(/^\/video(-?\d+)_(\d+)\/?$/) ?? url.searchParams.get("z")?.match(/^video(-?\d+)_(\d+)/);
    return match ? { host: "vk", src: `https://vkvideo.ru/video_ext.php?oid=${match[1]}&id=${match[2]}` } : null;
  }
  return null;
}
