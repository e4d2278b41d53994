import {
  ZodArray,
  ZodDefault,
  ZodDiscriminatedUnion,
  ZodEffects,
  ZodNullable,
  ZodObject,
  ZodOptional,
  ZodRecord,
  ZodUnion,
  type ZodTypeAny,
} from 'zod'

function unwrap(schema: ZodTypeAny): ZodTypeAny {
  let node = schema
  for (;;) {
    if (node instanceof ZodEffects) node = node.innerType()
    else if (node instanceof ZodOptional || node instanceof ZodNullable) node = node.unwrap()
    else if (node instanceof ZodDefault) node = node.removeDefault()
    else return node
  }
}

function optionsOf(node: ZodTypeAny): ZodTypeAny[] | undefined {
  if (node instanceof ZodUnion) return node.options as ZodTypeAny[]
  if (node instanceof ZodDiscriminatedUnion) return node.options as ZodTypeAny[]
  return undefined
}

/**
 * The field names a schema allows for the mapping at `path` (for "did you mean" suggestions on unknown
 * fields in nested YAML), or an empty list when the path does not lead to an object.
 */
export function keysAtPath(schema: ZodTypeAny, path: readonly (string | number)[]): string[] {
  const node = unwrap(schema)
  const options = optionsOf(node)
  if (options) return [...new Set(options.flatMap((option) => keysAtPath(option, path)))]
  if (path.length === 0) return node instanceof ZodObject ? Object.keys(node.shape) : []
  const [head, ...rest] = path
  if (node instanceof ZodObject) {
    const child = (node.shape as Record<string, ZodTypeAny>)[String(head)]
    return child ? keysAtPath(child, rest) : []
  }
  if (node instanceof ZodArray) return keysAtPath(node.element, rest)
  if (node instanceof ZodRecord) return keysAtPath(node.valueSchema, rest)
  return []
}
