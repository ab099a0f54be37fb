"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { Result } from "@/lib/errors";

/**
 * react-hook-form with the server's own zod schema: the browser checks first, the server action
 * checks again, and its field errors land on the same fields. Nothing typed is ever cleared.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (values: z.input<S>) => Promise<Result<T>>,
  defaultValues: DefaultValues<z.input<S>>,
  onSuccess?: (data: T, values: z.input<S>) => void,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as never, defaultValues, mode: "onTouched" });
  const [formError, setFormError] = useState<string | null>(null);
  const [succeeded, setSucceeded] = useState(false);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setSucceeded(false);
    // Send what the user typed; the server parses it with the same schema.
    const values = form.getValues();
    const result = await action(values);
    if (result.ok) {
      setSucceeded(true);
      onSuccess?.(result.data, values);
      return;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [name, message] of fields) form.setError(name as Path<z.input<S>>, { type: "server", message });
    if (fields.length === 0 || result.error !== "invalid") setFormError(result.error);
  });

  const errorOf = (name: string): string | undefined => {
    const entry = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors);
    return (entry as { message?: string } | undefined)?.message;
  };

  return { form, onSubmit, formError, succeeded, errorOf, pending: form.formState.isSubmitting };
}
