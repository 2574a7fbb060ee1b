/** The toolbar popup: the app over the real extension API. */
import { render } from 'preact';
import '../ui/tokens.css';
import '../ui/summary.css';
import '../ui/ui.css';
import './popup.css';
import { App } from './App';
import { extensionApi } from './api-extension';

render(<App api={extensionApi()} />, document.getElementById('app')!);
