import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "./components/app-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Alltag", template: "%s · Alltag" },
  description: "Practise German by living through everyday scenes.",
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f4e5f" };

// Language rule: the interface (headings, buttons, help, errors) is English; German appears only as
// scene content (titles, the character's lines, roles, examples, the learner's evidence), marked lang="de".
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppHeader />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
