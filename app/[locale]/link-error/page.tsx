import { isAppLocale, translatorFor } from "@/lib/i18n/translator";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PROBLEMS = [
  "missing-version",
  "unsupported-version",
  "invalid-value",
  "unknown-rules-version",
  "tampered",
  "incomplete",
];

export default async function LinkErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { problem } = await searchParams;
  const t = translatorFor(isAppLocale(locale) && locale === "en" ? locale : "en");
  const kind =
    typeof problem === "string" && PROBLEMS.includes(problem) ? problem : "invalid-value";
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">This link cannot be opened</h1>
      <p>{t(`link.${kind}`)}</p>
      <a href={`/${locale}`}>Start again</a>
    </main>
  );
}
