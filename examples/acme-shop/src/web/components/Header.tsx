import { useFlags } from 'launchdarkly-react-client-sdk';

export function Header({ user }: { user: string }) {
  // LaunchDarkly exposes "dark-mode" as the camelCased property darkMode.
  const { darkMode } = useFlags();
  return (
    <header className={darkMode ? 'header dark' : 'header'}>
      <a href="/">acme shop</a>
      <span>Hello, {user}</span>
    </header>
  );
}
