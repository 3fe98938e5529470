import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ChecklistEntry, type CreatePlanStepRequest, type PlanStatus, type UpdatePlanStepRequest } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, type AspectKey } from '@groeiwijzer/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsYesNo } from '../../common/validators';
import { PLAN_COLUMNS } from '../plan-board';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** Validated when present; `null` is then a problem ("is verplicht"), not an erase. */
const present = ValidateIf((_o, v) => v !== undefined);
/** Validated when it holds a value; `null` clears it. */
const valued = ValidateIf((_o, v) => v !== undefined && v !== null);

export const TITLE_MAX = 200;
export const CHECKLIST_MAX = 30;

export class ChecklistEntryDto implements ChecklistEntry {
  @ApiProperty({ example: 'Offerte opvragen', minLength: 1, maxLength: 200 })
  @trim @IsNotEmpty() @IsString() @MaxLength(200)
  text!: string;

  @ApiProperty()
  @IsYesNo()
  done!: boolean;
}

/** What creating and changing a step share; `aspect` is required only when creating. */
class PlanStepFields {
  @ApiPropertyOptional({ example: 'Teamleiders volgen de training coachend leidinggeven', minLength: 2, maxLength: TITLE_MAX, description: 'Optional with an itemId: the item\'s title' })
  @present @trim @IsNotEmpty() @IsString() @MinLength(2) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'A published catalogue item' })
  @valued @IsString()
  itemId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-01', description: 'YYYY-MM-DD, from a year ago to three years ahead' })
  @valued @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: PLAN_COLUMNS, default: 'idea' })
  @present @IsNotEmpty() @IsIn(PLAN_COLUMNS)
  status?: PlanStatus;

  @ApiPropertyOptional({ nullable: true, maxLength: 120, example: 'Fatma' })
  @valued @trim @IsString() @MaxLength(120)
  responsible?: string | null;

  @ApiPropertyOptional({ type: [ChecklistEntryDto], maxItems: CHECKLIST_MAX })
  @present @IsNotEmpty() @IsArray() @ArrayMaxSize(CHECKLIST_MAX) @ValidateNested({ each: true }) @Type(() => ChecklistEntryDto)
  checklist?: ChecklistEntryDto[];

  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @valued @trim @IsString() @MaxLength(2000)
  note?: string | null;
}

export class CreatePlanStepDto extends PlanStepFields implements CreatePlanStepRequest {
  @ApiProperty({ enum: ASPECT_KEYS })
  @IsNotEmpty() @IsIn(ASPECT_KEYS)
  aspect!: AspectKey;
}

export class UpdatePlanStepDto extends PlanStepFields implements UpdatePlanStepRequest {
  @ApiPropertyOptional({ enum: ASPECT_KEYS })
  @present @IsNotEmpty() @IsIn(ASPECT_KEYS)
  aspect?: AspectKey;

  @ApiPropertyOptional({ minimum: 0, description: 'Place in the (new) column, 0 = top; beyond the end means the bottom' })
  @present @IsInt() @Min(0) @Max(10_000)
  position?: number;
}
