// The link the Share button gives: the page's address without its query or hash, at the active step; for one
// section (?section=<id> or a section's page), that section's own page (with its own social card).
import { sectionPageFile } from '../model/urlOptions.ts';

export function shareLink(href: string, section: string | null, stepId: string | undefined): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  const page = section ? new URL(sectionPageFile(section), url) : url.pathname.endsWith('/index.html') ? new URL('./', url) : url;
  if (stepId) page.hash = stepId;
  return page.href;
}
