import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type InvitationSentResponse, type PublisherMember } from '@groeiwijzer/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth } from '../auth/decorators';
import { AddMemberDto, CreatePublisherDto } from './dto/publisher.dto';
import { PublishersService } from './publishers.service';
import { uuidParam as uuid } from '../common/validation';
import { Errors, NoContent, Returns, ReturnsList, schemaRef } from '../platform/openapi/responses';


@ApiTags('publishers')
@Controller()
export class PublishersController {
  constructor(private readonly publishers: PublishersService) {}

  @Post('publishers')
  @Returns('PublisherSummary', 201, 'Registered, pending an admin\'s approval; the caller is its first editor.')
  @Errors(400, 401, 413)
  create(@Auth() auth: AuthContext, @Body() dto: CreatePublisherDto) {
    return this.publishers.create(auth.user.id, dto);
  }

  @Get('publishers/:id')
  @Returns('PublisherSummary')
  @Errors(401, 404)
  get(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.getForMember(auth.user.id, id);
  }

  @Get('publishers/:id/members')
  @ReturnsList('PublisherMember')
  @Errors(401, 404)
  members(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.members(auth.user.id, id);
  }

  @Post('publishers/:id/members')
  // Two answers by status: typed by the handler's return type (contracts) rather than by `Returns`.
  @ApiCreatedResponse({ description: 'The address has an account: it is an editor now; the editors.', schema: { type: 'array', items: schemaRef('PublisherMember') } })
  @ApiAcceptedResponse({ description: 'No account has this address: an invitation was sent.', schema: schemaRef('InvitationSentResponse') })
  @Errors(400, 401, 404, [409, '`too_many_invitations`: the publisher already has 20 pending invitations.'], 413)
  async addMember(
    @Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: AddMemberDto, @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<PublisherMember[] | InvitationSentResponse> {
    const result = await this.publishers.addMember(auth.user.id, id, dto.email);
    if ('invited' in result) res.status(202);
    return result;
  }

  @Delete('publishers/:id/members/:userId')
  @HttpCode(204)
  @NoContent('The editor is removed.')
  @Errors(401, 404, [409, '`last_member`: a publisher keeps at least one editor.'])
  removeMember(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('userId', uuid) userId: string): Promise<void> {
    return this.publishers.removeMember(auth.user.id, id, userId);
  }

  @AdminOnly()
  @Get('admin/publishers')
  @ApiQuery({ name: 'status', required: false, enum: ['pending', 'approved'], description: 'Without it: every publisher.' })
  @ReturnsList('PublisherSummary')
  @Errors(401, 403)
  list(@Query('status') status?: string) {
    return this.publishers.list(status === 'pending' || status === 'approved' ? status : undefined);
  }

  @AdminOnly()
  @Post('admin/publishers/:id/approve')
  @HttpCode(200)
  @Returns('PublisherSummary')
  @Errors(401, 403, 404)
  approve(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.publishers.approve(id, auth.user.id);
  }
}
