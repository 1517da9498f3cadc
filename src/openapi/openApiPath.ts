/** An Express-style path in OpenAPI's notation: `/:id/grants/:grantId` → `/{id}/grants/{grantId}`. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z]\w*)/g, '{$1}')
