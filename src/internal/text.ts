/** Text as a reader sees it: every run of whitespace one space, none at either end; nothing for null. */
export function collapseSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
