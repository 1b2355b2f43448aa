namespace Academy.Shared.Errors;

/// <summary>
/// Thrown when something does not exist or the caller may not see it. Both render the same 404 page, so a
/// denied request reveals nothing about what exists.
/// </summary>
public sealed class NotFoundException(string message) : Exception(message);
