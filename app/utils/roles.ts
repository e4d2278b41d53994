import { type Role } from '#db/schema'

export type { Role }

/** Also used by views, so it cannot live in a .server module (the client would see it empty). */
export const roles: readonly Role[] = ['candidate', 'mentor', 'admin']

/** The job roles tracks and plans are tagged with (content's `roles:`), as candidates read them. */
export const jobRoles = ['backend', 'cloud-infra', 'sre'] as const
export type JobRole = (typeof jobRoles)[number]
export const jobRoleNames: Record<JobRole, string> = {
  backend: 'Backend engineer',
  'cloud-infra': 'Cloud infrastructure engineer / DRI',
  sre: 'Site reliability engineer',
}
