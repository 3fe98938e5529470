import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { type InvitationSentResponse, type PublisherMember } from '@groeiwijzer/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth } from '../auth/decorators';
import { AddMemberDto, CreatePublisherDto } from './dto/publisher.dto';
import { PublishersService } from './publishers.service';
import { uuidParam as uuid } from '../common/validation';


@ApiTags('publishers')
@Controller()
export class PublishersController {
  constructor(private readonly publishers: PublishersService) {}

  @Post('publishers')
  create(@Auth() auth: AuthContext, @Body() dto: CreatePublisherDto) {
    return this.publishers.create(auth.user.id, dto);
  }

  @Get('publishers/:id')
  get(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.getForMember(auth.user.id, id);
  }

  @Get('publishers/:id/members')
  members(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.members(auth.user.id, id);
  }

  @Post('publishers/:id/members')
  @ApiCreatedResponse({ description: 'The address has an account: it is an editor now; the editors.' })
  @ApiAcceptedResponse({ description: 'No account has this address: an invitation was sent, `{invited: {id, email, expiresAt}}`.' })
  async addMember(
    @Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: AddMemberDto, @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<PublisherMember[] | InvitationSentResponse> {
    const result = await this.publishers.addMember(auth.user.id, id, dto.email);
    if ('invited' in result) res.status(202);
    return result;
  }

  @Delete('publishers/:id/members/:userId')
  @HttpCode(204)
  removeMember(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('userId', uuid) userId: string): Promise<void> {
    return this.publishers.removeMember(auth.user.id, id, userId);
  }

  @AdminOnly()
  @Get('admin/publishers')
  list(@Query('status') status?: string) {
    return this.publishers.list(status === 'pending' || status === 'approved' ? status : undefined);
  }

  @AdminOnly()
  @Post('admin/publishers/:id/approve')
  @HttpCode(200)
  approve(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.approve(id, auth.user.id);
  }
}
