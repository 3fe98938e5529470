/** Kept for the search engine's files (search-sync, the index keeper), which import it from here
 * while another change to them is under way; new code imports from `./jobs`. */
export { PollLoop } from './jobs';
