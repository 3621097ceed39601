import { readResultLink } from "@/lib/answers/result-link";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { CONTENT_LOCALES } from "@/lib/i18n/negotiate";
import { toResult } from "@/lib/result/build";
import { assess, RULES_FACTS } from "@/lib/rules";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ResultPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const link = readResultLink(await searchParams, RULES_FACTS);
  const contentLocale = isAppLocale(locale) && CONTENT_LOCALES.includes(locale) ? locale : "en";
  const t = translatorFor(contentLocale);
  if (!link.ok) return <p>{t(`link.${link.problem}`)}</p>;
  const result = toResult(link.answers, assess(link.answers), t);
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">{t(`labels.verdict.${result.overall}`)}</h1>
      <p>Maximum foreign share for the company: {result.maxForeignSharePercent}%</p>
      {result.services.map((service) => (
        <section key={service.code}>
          <h2>
            {service.code}: {t(`labels.verdict.${service.verdict}`)},{" "}
            {service.maxForeignSharePercent}%
          </h2>
          <ul>
            {service.findings.map((finding, i) => (
              <li key={i}>
                {finding.message}{" "}
                {finding.citations.map((c) => (
                  <cite key={c.id}>{c.title}</cite>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
