import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ITEM_CREATE_SCHEMA, ITEM_PATCH_SCHEMA } from '@groeiwijzer/domain';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth, MaybeAuth, Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { ItemsService } from './items.service';
import { Errors, Returns, ReturnsList } from '../platform/openapi/responses';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });
// The schemas describe the fields; `checkItem` in libs/domain decides (and names each problem).
const createBody = { schema: { ...ITEM_CREATE_SCHEMA, description: 'A catalogue item (API.md, Catalogue); problems come back per field.' } };
const patchBody = { schema: { ...ITEM_PATCH_SCHEMA, description: 'Any fields of the item but its kind.' } };

@ApiTags('catalogue')
@Controller()
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get('publishers/:id/items')
  @ReturnsList('Item', 200, 'Every item of the publisher, drafts and archived ones too.')
  @Errors(401, 404)
  list(@Auth() auth: AuthContext, @Param('id', uuid) publisherId: string) {
    return this.items.listForPublisher(auth, publisherId);
  }

  @Post('publishers/:id/items')
  @ApiBody(createBody)
  @Returns('Item', 201, 'Created as a draft.')
  @Errors(400, 401, 404, 413)
  create(@Auth() auth: AuthContext, @Param('id', uuid) publisherId: string, @Body() body: unknown) {
    return this.items.create(auth, publisherId, body);
  }

  @Public()
  @Get('items/:id')
  @Returns('Item')
  @Errors([404, '`not_found`: unknown, or not published (and you are not its publisher\'s editor).'])
  get(@MaybeAuth() auth: AuthContext | undefined, @Param('id', uuid) id: string) {
    return this.items.get(auth, id);
  }

  @Patch('items/:id')
  @ApiBody(patchBody)
  @Returns('Item')
  @Errors(400, 401, 404, 413)
  update(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() body: unknown) {
    return this.items.update(auth, id, body);
  }

  @Post('items/:id/publish')
  @HttpCode(200)
  @Returns('Item')
  @Errors(400, 401, 404, [409, '`publisher_not_approved`, or `coach_not_approved`: a coach item waits for an admin.'])
  publish(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.publish(auth, id);
  }

  @Post('items/:id/archive')
  @HttpCode(200)
  @Returns('Item')
  @Errors(401, 404)
  archive(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.archive(auth, id);
  }

  @Post('items/:id/verify')
  @HttpCode(200)
  @Returns('Item', 200, '`verifiedOn` is today; the 12-month flag clears.')
  @Errors(401, 404)
  verify(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.verify(auth, id);
  }

  @AdminOnly()
  @Get('admin/items')
  @ApiQuery({ name: 'pending', required: true, enum: ['coach'], description: 'Coach items waiting for approval (the only list there is).' })
  @ReturnsList('Item')
  @Errors(401, 403, [404, '`not_found`: `pending` is not `coach`.'])
  pending(@Query('pending') pending?: string) {
    if (pending !== 'coach') throw AppError.notFound();
    return this.items.listPendingCoaches();
  }

  @AdminOnly()
  @Post('admin/items/:id/approve')
  @HttpCode(200)
  @Returns('Item')
  @Errors(401, 403, 404, [409, '`item_status_invalid`: the item is archived.'])
  approve(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.approveCoach(id, auth.user.id);
  }
}
