// The floor for a long page: 50 sections × 10 list items (550 elements that carry text),
// server components only, rendered on every request.
import { connection } from "next/server";

const SECTIONS = Array.from({ length: 50 }, (_, section) => ({
  title: `Section ${section + 1}`,
  items: Array.from({ length: 10 }, (_, item) => `Item ${item + 1} of section ${section + 1}`),
}));

function Section({ title, items }: { title: string; items: string[] }) {
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export default async function FloorListPage() {
  await connection();
  return (
    <main>
      <h1>Floor list</h1>
      {SECTIONS.map((section) => (
        <Section key={section.title} title={section.title} items={section.items} />
      ))}
    </main>
  );
}
