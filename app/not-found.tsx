import Link from "next/link";

// Paths outside any locale: a plain page, since no locale layout wraps them.
export default function RootNotFound() {
  return (
    <html lang="ru">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Страница не найдена · Page not found</h1>
        <p>
          <Link href="/ru">На главную</Link> · <Link href="/en">Home</Link>
        </p>
      </body>
    </html>
  );
}
