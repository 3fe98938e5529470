import { searchContract } from '../../testing/search-contract';

searchContract('postgres');
