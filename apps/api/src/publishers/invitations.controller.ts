import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type InvitationAcceptedResponse, type InvitationPreview, type PublisherInvitation,
} from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { InvitationsService } from './invitations.service';
import { uuidParam as uuid } from '../common/validation';
import { Errors, NoContent, Returns, ReturnsList } from '../platform/openapi/responses';


@ApiTags('publishers')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('publishers/:id/invitations')
  @ReturnsList('PublisherInvitation', 200, 'Pending, unexpired invitations.')
  @Errors(401, 404)
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<PublisherInvitation[]> {
    return this.invitations.list(auth.user.id, id);
  }

  @Delete('publishers/:id/invitations/:invitationId')
  @HttpCode(204)
  @NoContent('Withdrawn: its link answers 404 from now on.')
  @Errors(401, 404)
  revoke(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Param('invitationId', uuid) invitationId: string): Promise<void> {
    return this.invitations.revoke(auth.user.id, id, invitationId);
  }

  @Public()
  @Get('invitations/:token')
  @Returns('InvitationPreview')
  @Errors([404, '`invitation_unknown`: unknown, used or withdrawn.'], [410, '`invitation_expired`.'])
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  @Returns('InvitationAcceptedResponse', 200, 'The account is an editor of the publisher now.')
  @Errors(401, [403, '`invitation_other_email`: the account\'s address is not the invited one (the invitation stays usable).'],
    [404, '`invitation_unknown`: unknown, used or withdrawn.'], [410, '`invitation_expired`.'])
  accept(@Auth() auth: AuthContext, @Param('token') token: string): Promise<InvitationAcceptedResponse> {
    return this.invitations.accept(auth.user, token);
  }
}
