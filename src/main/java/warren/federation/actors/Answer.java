package warren.federation.actors;

import warren.federation.protocol.ApObject;

/** What a GET of a local object's URL answers, short of "no such thing" (thrown as not found). */
public sealed interface Answer {
  /** 200 with the document. */
  record Found(ApObject document) implements Answer {}

  /** 410 with a Tombstone: the object was deleted or removed. */
  record Gone(String id) implements Answer {}

  /** 308 to where the object lives: a copy of another site's post or comment. */
  record Elsewhere(String url) implements Answer {}
}
