/**
 * The root layout only passes its children through: each language's pages
 * have their own root, app/[lang]/layout.tsx, which knows the page's
 * `<html lang>`. It exists for app/not-found.tsx, the answer to addresses
 * that reach no language (see proxy.ts), which draws its own document.
 */
import './globals.css';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
