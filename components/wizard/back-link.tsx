/** GOV.UK's back link: a plain link, so it works without JavaScript and keeps the answers. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="mb-6 inline-flex min-h-6 items-center gap-1 text-ink visited:text-ink"
    >
      <span aria-hidden="true">‹</span>
      {label}
    </a>
  );
}
