/**
 * When a part of the page that loads later (a chunk, the refit worker, the search bundle, a
 * model) does not arrive, say why in plain words and offer a Reload button that keeps the URL
 * (the reader's state is in it). Two usual causes: the site was redeployed since the page was
 * opened, so the old build's content-hashed files are gone (/version.json then names another
 * version), or the network is down. Kept tiny: it is part of the eager bundle.
 */
export type LoadFailure = "updated" | "offline" | "unavailable";

/** Ask /version.json (linked from the footer) whether the site changed under the page. */
export async function diagnose(): Promise<LoadFailure> {
  if (navigator.onLine === false) return "offline";
  const link = document.querySelector<HTMLAnchorElement>(".version a[href$='version.json']");
  const here = document.querySelector<HTMLMetaElement>('meta[name="generator"]')?.content.split(" ")[1];
  if (!link || !here) return "unavailable";
  try {
    const response = await fetch(link.href, { cache: "no-store" });
    if (!response.ok) return "unavailable";
    const { version } = (await response.json()) as { version?: string };
    return version && version !== here ? "updated" : "unavailable";
  } catch {
    return "offline";
  }
}

/** The sentences for a failure; `kept` says what the page still shows ("" for nothing). */
export function failureText(kind: LoadFailure, kept = "The page still shows the last values."): string {
  const cause =
    kind === "updated"
      ? ["The site was updated since you opened this page, so part of it could not load.", "Reload to get the new version;"]
      : kind === "offline"
        ? ["You seem to be offline, so part of this page could not load.", "Reload when you are back online;"]
        : ["Part of this page could not load from the server.", "Reload to try again;"];
  return [cause[0], kept, `${cause[1]} your settings are in the link and stay.`].filter(Boolean).join(" ");
}

/** Write the message and a Reload button (same URL) into `box`, replacing what it held. */
export function showFailure(box: Element, kind: LoadFailure, kept?: string) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "law-reload";
  button.textContent = "Reload";
  button.addEventListener("click", () => location.reload());
  box.replaceChildren(`${failureText(kind, kept)} `, button);
  (box as HTMLElement).dataset.failure = kind;
}
