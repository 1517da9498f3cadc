import type { OpenApiOperation, WithOpenApi } from './OpenApiOperation.js'

/** An endpoint's `custom` carrying its OpenAPI description, type-checked where it is written. */
export const documented = (openapi: OpenApiOperation): WithOpenApi => ({ openapi })
