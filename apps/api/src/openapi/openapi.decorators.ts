import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';

function csvSchema(columns: readonly string[], example: string | undefined) {
  return {
    type: 'string' as const,
    description: `CSV (RFC 4180, UTF-8) with a header row naming the columns: ${columns.map((c) => `\`${c}\``).join(', ')}.`,
    example: [columns.join(','), ...(example ? [example] : [])].join('\n'),
  };
}

/** A `text/csv` request body, its columns listed in the schema. */
export function CsvBody(columns: readonly string[], description: string, example?: string): MethodDecorator {
  return applyDecorators(ApiConsumes('text/csv'), ApiBody({ required: true, description, schema: csvSchema(columns, example) }));
}

/** A `text/csv` answer (a download), its columns listed in the schema. */
export function CsvResponse(columns: readonly string[], description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/csv'),
    ApiResponse({ status: 200, description, content: { 'text/csv': { schema: csvSchema(columns, undefined) } } }),
  );
}

/** A binary file answer such as a PDF or a photo. */
export function FileResponse(mediaType: string, description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(mediaType),
    ApiResponse({ status: 200, description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } }),
  );
}

/** Server-sent events: one `data:` line of JSON per event. */
export function EventStreamResponse(description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/event-stream'),
    ApiResponse({ status: 200, description, content: { 'text/event-stream': { schema: { type: 'string', description } } } }),
  );
}

/** 204 and no body, stated in the document too. */
export function NoContent(description: string): MethodDecorator {
  return applyDecorators(HttpCode(204), ApiNoContentResponse({ description }));
}
