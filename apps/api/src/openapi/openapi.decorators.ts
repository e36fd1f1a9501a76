import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtension, ApiNoContentResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';

/** Where MultipartAlternative leaves its schema for buildOpenApiDocument to put under `multipart/form-data`. */
export const MULTIPART_EXTENSION = 'x-franscore-multipart';

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

/** A binary file answer such as a PDF or a photo, in one of these media types. */
export function FileResponse(mediaTypes: string | readonly string[], description: string): MethodDecorator {
  const types = typeof mediaTypes === 'string' ? [mediaTypes] : [...mediaTypes];
  return applyDecorators(
    ApiProduces(...types),
    ApiResponse({ status: 200, description, content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) }),
  );
}

/**
 * A JSON body that may also come as multipart/form-data: the same JSON as text
 * in `jsonField`, and an optional file in `fileField`. Pair it with
 * `@ApiBody({ type: TheBodyDto })` for the JSON.
 */
export function MultipartAlternative(jsonField: string, fileField: string, fileDescription: string): MethodDecorator {
  return applyDecorators(
    ApiConsumes('application/json', 'multipart/form-data'),
    ApiExtension(MULTIPART_EXTENSION, {
      type: 'object',
      required: [jsonField],
      properties: {
        [jsonField]: { type: 'string', description: 'The JSON body, as text.' },
        [fileField]: { type: 'string', format: 'binary', description: fileDescription },
      },
    }),
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
