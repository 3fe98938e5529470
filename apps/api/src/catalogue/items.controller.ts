import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { ITEM_CREATE_SCHEMA, ITEM_PATCH_SCHEMA } from '@groeiwijzer/domain';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth, MaybeAuth, Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { ItemsService } from './items.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });
// The schemas describe the fields; `checkItem` in libs/domain decides (and names each problem).
const createBody = { schema: { ...ITEM_CREATE_SCHEMA, description: 'A catalogue item (API.md, Catalogue); problems come back per field.' } };
const patchBody = { schema: { ...ITEM_PATCH_SCHEMA, description: 'Any fields of the item but its kind.' } };

@ApiTags('catalogue')
@Controller()
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get('publishers/:id/items')
  list(@Auth() auth: AuthContext, @Param('id', uuid) publisherId: string) {
    return this.items.listForPublisher(auth, publisherId);
  }

  @Post('publishers/:id/items')
  @ApiBody(createBody)
  create(@Auth() auth: AuthContext, @Param('id', uuid) publisherId: string, @Body() body: unknown) {
    return this.items.create(auth, publisherId, body);
  }

  @Public()
  @Get('items/:id')
  get(@MaybeAuth() auth: AuthContext | undefined, @Param('id', uuid) id: string) {
    return this.items.get(auth, id);
  }

  @Patch('items/:id')
  @ApiBody(patchBody)
  update(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() body: unknown) {
    return this.items.update(auth, id, body);
  }

  @Post('items/:id/publish')
  @HttpCode(200)
  publish(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.publish(auth, id);
  }

  @Post('items/:id/archive')
  @HttpCode(200)
  archive(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.archive(auth, id);
  }

  @Post('items/:id/verify')
  @HttpCode(200)
  verify(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.verify(auth, id);
  }

  @AdminOnly()
  @Get('admin/items')
  pending(@Query('pending') pending?: string) {
    if (pending !== 'coach') throw AppError.notFound();
    return this.items.listPendingCoaches();
  }

  @AdminOnly()
  @Post('admin/items/:id/approve')
  @HttpCode(200)
  approve(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.items.approveCoach(id, auth.user.id);
  }
}
