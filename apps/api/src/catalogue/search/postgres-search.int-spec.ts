import { searchContract } from '../../testing/search-contract';

// The default: searches answered from each instance's in-memory index of the stored tsvectors.
searchContract('postgres', {}, 'postgres (memory index)');
// SEARCH_MEMORY_INDEX=false: every search runs the full SQL statement.
searchContract('postgres', { SEARCH_MEMORY_INDEX: 'false' }, 'postgres (SQL statement per search)');
