import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type InvitationAcceptedResponse, type InvitationPreview, type PublisherInvitation,
} from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { InvitationsService } from './invitations.service';
import { uuidParam as uuid } from '../common/validation';


@ApiTags('publishers')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('publishers/:id/invitations')
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<PublisherInvitation[]> {
    return this.invitations.list(auth.user.id, id);
  }

  @Delete('publishers/:id/invitations/:invitationId')
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('invitationId', uuid) invitationId: string): Promise<void> {
    return this.invitations.revoke(auth.user.id, id, invitationId);
  }

  @Public()
  @Get('invitations/:token')
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  accept(@Auth() auth: AuthContext, @Param('token') token: string): Promise<InvitationAcceptedResponse> {
    return this.invitations.accept(auth.user, token);
  }
}
