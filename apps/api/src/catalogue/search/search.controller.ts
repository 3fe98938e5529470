import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/decorators';
import { SearchQueryDto } from './search-query.dto';
import { SearchQueryPipe } from './search-query.pipe';
import { SearchService } from './search.service';
import { Errors, Returns } from '../../platform/openapi/responses';

@ApiTags('catalogue')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  /** Only published, currently valid items; anyone may search. */
  @Public()
  @Get()
  @Returns('SearchResponse')
  @Errors(400)
  search(@Query(SearchQueryPipe) query: SearchQueryDto) {
    return this.searchService.search(query);
  }
}
