import { type Role } from '#db/schema'

/** A refusal the author can act on; the message is a sentence for the page. */
export class AuthoringError extends Error {}

export interface Viewer {
  id: number
  role: Role
}
