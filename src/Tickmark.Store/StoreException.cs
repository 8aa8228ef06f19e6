namespace Tickmark.Store;

/// <summary>The store cannot be opened or written; <see cref="Exception.Message"/> is one line for the user, naming the database.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
