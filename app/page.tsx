import { listIncidents } from '@/lib/incidents';

export default function Home() {
  const features = listIncidents();
  return (
    <main>
      <h1>Incident map</h1>
      <ul>
        {features.map((f) => (
          <li key={f.id}>{f.properties.title}</li>
        ))}
      </ul>
    </main>
  );
}
