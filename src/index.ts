// Defines all three elements and exports everything from ./elements.js.
import './faq/define.js';
import './signs-checklist/define.js';
import './contact-card/define.js';

export * from './elements.js';
