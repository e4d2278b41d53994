import { type Role } from '#db/schema'

export type { Role }

/** Also used by views, so it cannot live in a .server module (the client would see it empty). */
export const roles: readonly Role[] = ['candidate', 'mentor', 'admin']
