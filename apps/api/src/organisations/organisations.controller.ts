import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Organisation } from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { toOrganisation } from './organisation.mapper';
import { OrganisationsService } from './organisations.service';
import { Errors, Returns, ReturnsList } from '../platform/openapi/responses';

/** Malformed ids are simply unknown: 404, like someone else's. */
const uuid = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Returns('Organisation', 201)
  @Errors(400, 401, 413)
  async create(@Auth() auth: AuthContext, @Body() dto: CreateOrganisationDto): Promise<Organisation> {
    return toOrganisation(await this.organisations.create(auth.user.id, dto));
  }

  @Get()
  @ReturnsList('Organisation', 200, 'The signed-in user\'s organisations.')
  @Errors(401)
  async list(@Auth() auth: AuthContext): Promise<Organisation[]> {
    return (await this.organisations.listForUser(auth.user.id)).map(toOrganisation);
  }

  @Get(':id')
  @Returns('Organisation')
  @Errors(401, 404)
  async get(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<Organisation> {
    return toOrganisation(await this.organisations.getForMember(auth.user.id, id));
  }

  @Patch(':id')
  @Returns('Organisation')
  @Errors(400, 401, 404, 413)
  async update(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: UpdateOrganisationDto): Promise<Organisation> {
    return toOrganisation(await this.organisations.update(auth.user.id, id, dto));
  }
}
