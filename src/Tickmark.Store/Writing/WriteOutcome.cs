namespace Tickmark.Store.Writing;

/// <summary>What writing one release did: added it, replaced the release it supersedes (same content read by another parser, or a new version of the same file), or nothing (already stored).</summary>
public enum WriteOutcome { Added, Replaced, Unchanged }
