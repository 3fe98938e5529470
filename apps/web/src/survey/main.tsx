// Global styles first (tokens, then base): every CSS module comes after them.
import '../tokens.css';
import '../base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SurveyApp } from './survey-app';
import { tokenFromPath } from './survey-progress';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from survey.html');

createRoot(root).render(
  <StrictMode>
    <SurveyApp token={tokenFromPath(window.location.pathname)} />
  </StrictMode>,
);
