import { getInputProps, type FieldMetadata } from '@conform-to/react'
import { type ReactNode } from 'react'

/** A labelled input with its errors announced to assistive technology. */
export function Field({
  label,
  meta,
  type = 'text',
  autoComplete,
  hint,
}: {
  label: string
  meta: FieldMetadata<string | undefined>
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  hint?: ReactNode
}) {
  const errorId = `${meta.id}-error`
  return (
    <div>
      <label htmlFor={meta.id} className="label">
        {label}
      </label>
      <input
        {...getInputProps(meta, { type, ariaAttributes: true })}
        aria-describedby={meta.errors ? errorId : undefined}
        autoComplete={autoComplete}
        className="input"
      />
      {hint ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div id={errorId} className="field-error" role={meta.errors ? 'alert' : undefined}>
        {meta.errors?.join(' ')}
      </div>
    </div>
  )
}

export function FormError({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {errors.join(' ')}
    </div>
  )
}
