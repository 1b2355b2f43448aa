using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>A bunit context whose components find their words: every component reads its module's resources.</summary>
public abstract class LocalizedContext : BunitContext
{
    protected LocalizedContext() => Services.AddLocalization();
}
