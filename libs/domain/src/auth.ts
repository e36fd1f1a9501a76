import { z } from 'zod';
import { UserSchema } from './users';

export const LoginSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
export type Login = z.infer<typeof LoginSchema>;

export const MeSchema = z.object({
  user: UserSchema,
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;
