import '@digigov/css/dist/digigov.css';
import '../styles/app.css';
import '../styles/reports.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setup.js';
import { StaffApp } from './StaffApp.js';

setupI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StaffApp />
    </StrictMode>,
  );
}
