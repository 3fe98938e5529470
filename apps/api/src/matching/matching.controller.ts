import { Controller, Delete, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ItemEligibilityResponse, type RecommendationsResponse } from '@groeiwijzer/contracts';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { EligibilityQueryDto, RecommendationsQueryDto } from './dto/recommendations.dto';
import { MatchingService } from './matching.service';
import { Errors, NoContent, Returns } from '../platform/openapi/responses';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  /** Explained recommendations for the organisation's weak spots (or its profile before any scan). */
  @Get('organisations/:id/recommendations')
  @Returns('RecommendationsResponse')
  @Errors(400, 401, 404)
  recommendations(
    @Auth() auth: AuthContext, @Param('id', uuid) id: string, @Query() query: RecommendationsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<RecommendationsResponse> {
    return this.matching.recommendations(auth, id, query, localeFromAcceptLanguage(acceptLanguage));
  }

  /** "Niet relevant": the item stays away from this organisation's recommendations. */
  @Post('organisations/:id/recommendations/:itemId/dismiss')
  @HttpCode(204)
  @NoContent('The item stays away from the recommendations until undone.')
  @Errors(401, 404)
  dismiss(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('itemId', uuid) itemId: string): Promise<void> {
    return this.matching.dismiss(auth, id, itemId);
  }

  @Delete('organisations/:id/recommendations/:itemId/dismiss')
  @HttpCode(204)
  @NoContent('Undone.')
  @Errors(401, 404)
  undismiss(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('itemId', uuid) itemId: string): Promise<void> {
    return this.matching.undismiss(auth, id, itemId);
  }

  /** "Past bij jullie: regio ✓, sector ✓ …" on an item's page. */
  @Get('items/:id/eligibility')
  @Returns('ItemEligibilityResponse')
  @Errors(400, 401, 404)
  eligibility(
    @Auth() auth: AuthContext, @Param('id', uuid) id: string, @Query() query: EligibilityQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<ItemEligibilityResponse> {
    return this.matching.itemEligibility(auth, id, query.organisationId, localeFromAcceptLanguage(acceptLanguage));
  }
}
