import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type PlanStep } from '@groeiwijzer/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { CreatePlanStepDto, UpdatePlanStepDto } from './dto/plan-step.dto';
import { PlanService } from './plan.service';
import { Errors, NoContent, Returns, ReturnsFile, ReturnsList } from '../platform/openapi/responses';

@ApiTags('plan')
@Controller()
export class PlanController {
  constructor(private readonly plan: PlanService) {}

  /** The board: columns idea, planned, doing, done, each in its order. */
  @Get('organisations/:id/plan')
  @ReturnsList('PlanStep')
  @Errors(401, 404)
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<PlanStep[]> {
    return this.plan.list(auth, id);
  }

  @Post('organisations/:id/plan')
  @Returns('PlanStep', 201)
  @Errors(400, 401, 404, 413)
  create(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: CreatePlanStepDto): Promise<PlanStep> {
    return this.plan.create(auth, id, dto);
  }

  @Patch('plan/:stepId')
  @Returns('PlanStep')
  @Errors(400, 401, 404, 413)
  update(@Auth() auth: AuthContext, @Param('stepId', uuid) stepId: string, @Body() dto: UpdatePlanStepDto): Promise<PlanStep> {
    return this.plan.update(auth, stepId, dto);
  }

  @Delete('plan/:stepId')
  @HttpCode(204)
  @NoContent('The step is removed.')
  @Errors(401, 404)
  remove(@Auth() auth: AuthContext, @Param('stepId', uuid) stepId: string): Promise<void> {
    return this.plan.remove(auth, stepId);
  }

  /** "Zet in agenda": the due date and, for a scheme, its closing moment. */
  @Get('plan/:stepId/calendar.ics')
  @ReturnsFile('text/calendar', 'The due date and a linked scheme\'s closing moment (ontwikkelplan.ics).')
  @Errors(401, [404, '`not_found`: not your step, or it has neither a due date nor a scheme window.'])
  async calendar(@Auth() auth: AuthContext, @Param('stepId', uuid) stepId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ics = await this.plan.calendar(auth, stepId);
    reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="ontwikkelplan.ics"');
    return ics;
  }
}
