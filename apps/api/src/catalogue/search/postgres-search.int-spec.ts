import { searchContract } from './search-contract';

searchContract('postgres');
