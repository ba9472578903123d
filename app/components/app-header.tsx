import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader() {
  const user = await currentUser();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark">A</span>
        Alltag
      </Link>
      {user ? (
        <nav aria-label="Main" className="app-nav">
          <Link href="/scenarios">Scenes</Link>
          <Link href="/history">History</Link>
          <Link href="/settings">Settings</Link>
          <span className="app-user" title={user.email}>
            {user.name}
          </span>
          <SignOutButton />
        </nav>
      ) : null}
    </header>
  );
}
