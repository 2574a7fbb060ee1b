/**
 * The popup follows the browser's light or dark preference. Worthy's colours are switched by a
 * data-theme attribute (`ui/tokens.css`), the same hook the overlay sets from X's theme, so the
 * dark values are written once instead of again under a media query.
 */
import { useEffect, useState } from 'preact/hooks';

export type Theme = 'light' | 'dim' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function current(): Theme {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches ? 'dark' : 'light';
}

export function useColorScheme(): Theme {
  const [scheme, setScheme] = useState<Theme>(current);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(QUERY);
    const onChange = () => setScheme(current());
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return scheme;
}
