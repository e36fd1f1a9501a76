import { Body, Controller, Get, Headers, Param, Post, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { ComplaintReceipt, PublicStatus } from '@franscore/domain';
import { Public } from '../auth/auth.decorators';
import { INTAKE_PER_CLIENT, INTAKE_PER_LOCATION, STATUS_PER_CLIENT, ThrottledOnlyBy } from '../auth/throttlers';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintPhotos } from './complaint-photos';
import { MAX_PHOTO_BYTES } from '../photos/photo-store';
import { LocationCodeParamDto, PublicComplaintDto, RatingDto, StatusTokenParamDto } from './complaints.dto';
import { ZodResponse } from 'nestjs-zod';
import { ComplaintReceiptDto, PublicLocationDto, PublicStatusDto } from '../openapi/responses.dto';
import { MultipartAlternative } from '../openapi/openapi.decorators';

/** No login, no cookie: the customer's QR form. Machine channels file through an API client token (api-clients). */
@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@ThrottledOnlyBy(INTAKE_PER_CLIENT, INTAKE_PER_LOCATION)
@Controller('public')
export class PublicIntakeController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly handling: ComplaintHandlingService,
    private readonly photos: ComplaintPhotos,
  ) {}

  @Get('locations/:code')
  @ZodResponse({ type: PublicLocationDto })
  location(@Param() p: LocationCodeParamDto): Promise<{ code: string; name: string }> {
    return this.intake.location(p.code);
  }

  /**
   * 201 for a new complaint; 200 with the first receipt when the idempotency key was seen before.
   * JSON, or multipart/form-data with the same JSON in `complaint` and an optional `photo`
   * (JPEG, PNG or WebP, at most 5 MB: 400 or 413 naming `photo` otherwise, and nothing is written).
   */
  @Post('locations/:code/complaints')
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiBody({ type: PublicComplaintDto, required: true, description: 'JSON, or multipart/form-data with the same JSON as text in `complaint` and an optional `photo`.' })
  @MultipartAlternative('complaint', 'photo', 'A photo of the problem: JPEG, PNG or WebP, at most 5 MB.')
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: MAX_PHOTO_BYTES + 1, files: 1 } }))
  @ZodResponse({ type: ComplaintReceiptDto })
  @ApiOkResponse({ type: ComplaintReceiptDto.Output, description: 'The first receipt: this idempotency key was seen before with the same body.' })
  async submit(
    @Param() p: LocationCodeParamDto,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: PublicComplaintDto,
    @UploadedFile() photo: { buffer: Buffer } | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplaintReceipt> {
    const checked = photo ? this.photos.check(photo.buffer) : undefined;
    const { receipt, created } = checked
      ? await this.photos.fileWith(checked, (onAccepted) => this.intake.submit(p.code, key, body, { sha256: checked.sha256, onAccepted }))
      : await this.intake.submit(p.code, key, body);
    res.status(created ? 201 : 200);
    return receipt;
  }

  // A status link names no location: per client, so forged lookups spend only the forger's bucket.
  @ThrottledOnlyBy(STATUS_PER_CLIENT)
  @Get('status/:token')
  @ZodResponse({ type: PublicStatusDto })
  status(@Param() p: StatusTokenParamDto): Promise<PublicStatus> {
    return this.handling.publicStatus(p.token);
  }

  @ThrottledOnlyBy(STATUS_PER_CLIENT)
  @Post('status/:token/rating')
  @ZodResponse({ type: PublicStatusDto })
  rate(@Param() p: StatusTokenParamDto, @Body() body: RatingDto): Promise<PublicStatus> {
    return this.handling.rate(p.token, body);
  }
}
