import '@digigov/css/dist/digigov.css';
import '../styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { portalMessages } from '../i18n/portal-messages.js';
import { setupI18n } from '../i18n/setup.js';
import { PortalApp } from './PortalApp.js';

setupI18n(portalMessages);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PortalApp />
    </StrictMode>,
  );
}
