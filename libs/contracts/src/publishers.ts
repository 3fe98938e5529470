/** An editor of a publisher. */
export interface PublisherMember {
  userId: string;
  name: string;
  email: string;
}

export interface AddMemberRequest {
  email: string;
}

/** A pending invitation, as the publisher's members see it. */
export interface PublisherInvitation {
  id: string;
  email: string;
  /** Null when the inviting account no longer exists. */
  invitedByName: string | null;
  expiresAt: string;
}

/** The answer (202) when the address has no account yet: an invitation went out instead. */
export interface InvitationSentResponse {
  invited: { id: string; email: string; expiresAt: string };
}

/** What the invitation link shows, without signing in. */
export interface InvitationPreview {
  publisherName: string;
  email: string;
  invitedByName: string | null;
  expiresAt: string;
}

export interface InvitationAcceptedResponse {
  publisherId: string;
}
