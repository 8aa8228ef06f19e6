namespace Tickmark.Fetch.Detection;

/// <summary>What a filing's listing alone says: an earnings release, not one, or only its content can tell.</summary>
public enum Screening { Release, Skip, ReadContent }
