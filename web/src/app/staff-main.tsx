import '@digigov/css/dist/digigov.css';
import '../styles/app.css';
import '../styles/reports.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { staffMessages } from '../i18n/staff-messages.js';
import { setupI18n } from '../i18n/setup.js';
import { StaffApp } from './StaffApp.js';

setupI18n(staffMessages);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StaffApp />
    </StrictMode>,
  );
}
