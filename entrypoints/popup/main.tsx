import { render } from 'preact';
import { Popup } from '@/src/ui/Popup';
import { tabIdFromQuery } from '@/src/ui/tab-id-from-query';

render(<Popup tabId={tabIdFromQuery(location.search)} />, document.getElementById('app')!);
