import { uiLocale } from '@/src/i18n';
import { render } from 'preact';
import { Options } from '@/src/ui/options/Options';

// The page speaks the extension's language (its strings' locale), for screen readers too.
document.documentElement.lang = uiLocale() ?? 'en';

render(<Options />, document.getElementById('app')!);
