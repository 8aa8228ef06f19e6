namespace Tickmark.Guidance;

/// <summary>What the release says it did to an earlier outlook; <see cref="Stated"/> when it says nothing of one.</summary>
public enum GuidanceChange { Stated, Raised, Lowered, Reaffirmed }
