/** Entry point: starts the app in #root (hydrating the prerendered start page). Everything else starts in src/ui/App.tsx. */
import { startApp } from './ui/startApp';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void startApp(container);
