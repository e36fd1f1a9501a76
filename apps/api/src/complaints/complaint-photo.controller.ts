import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FileResponse } from '../openapi/openapi.decorators';
import { CurrentScope } from '../auth/auth.decorators';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { ComplaintPhotos } from './complaint-photos';

/** The customer's photo, for every role that sees the complaint. */
@ApiTags('complaints')
@Controller('complaints')
export class ComplaintPhotoController {
  constructor(private readonly photos: ComplaintPhotos) {}

  @Get(':id/photo')
  @FileResponse(['image/jpeg', 'image/png', 'image/webp'], 'The photo as the customer sent it (JPEG, PNG or WebP).')
  @Header('Cache-Control', 'private, max-age=3600')
  async photo(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<StreamableFile> {
    const { contentType, sizeBytes, stream } = await this.photos.open(scope, p.id);
    return new StreamableFile(stream, { type: contentType, length: sizeBytes });
  }
}
