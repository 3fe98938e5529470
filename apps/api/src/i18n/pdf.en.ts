import { type Widen } from './catalogue';
import { type pdfNl } from './pdf.nl';

/** The scan report as a PDF, in English: the same keys as `pdf.nl.ts`. */
export const pdfEn: Widen<typeof pdfNl> = {
  report: {
    title: 'Learning-culture scan report', respondents: 'respondents', closed: 'Closed on', scores: 'Scores per aspect',
    mean: 'mean', favourable: 'favourable', employees: 'Employees', owner: 'Owner (self-assessment)', benchmark: 'Similar companies',
    noBenchmark: 'Not enough similar companies for a comparison yet.', gaps: 'Biggest differences between owner and employees',
    agenda: 'Suggested agenda for the follow-up session', scale: 'Scale 1 (strongly disagree) to 5 (strongly agree)',
    aspect: 'Aspect', stats: 'Scores', distribution: 'Distribution of the answers', picture: 'The picture in short',
    radar: 'Radar chart of the six aspects, scale 1 to 5.', noScore: 'no score', answers: 'distribution of {n} answers: ',
    footer: 'Groeiwijzer · {organisation} · page {page} of {pages}',
  },
  plan: {
    heading: 'Action plan',
    intro: 'The steps of the action plan, per column of the board. Result: the aspect\'s score when the step was made, and at the next closed scan.',
    empty: 'The action plan has no steps yet.',
    columns: { idea: 'Idea', planned: 'Planned', doing: 'Doing', done: 'Done' },
    headers: ['Step', 'Aspect', 'Due', 'Responsible', 'Result'],
    kinds: { scheme: 'Scheme', training: 'Training', coach: 'Coach' },
    checklist: 'Checklist: {done} of {total} done',
    resultPending: '{before}, no new scan yet',
    result: 'from {before} to {after}',
  },
};
