import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("meta");
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
    </main>
  );
}
