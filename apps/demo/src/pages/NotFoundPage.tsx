import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <div className="page-header">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to the start</Link>
      </p>
    </div>
  );
}
