import { Global, Module } from '@nestjs/common';
import { PdfRenderer } from './pdf-renderer';

@Global()
@Module({ providers: [PdfRenderer], exports: [PdfRenderer] })
export class ReportsModule {}
