using System.Reflection;
using Academy.Web;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.ArchitectureTests;

/// <summary>The assemblies and types the conventions are checked over.</summary>
internal static class Codebase
{
    public static readonly Assembly Contracts = typeof(Academy.Contracts.Access.Roles).Assembly;
    public static readonly Assembly Shared = typeof(Academy.Shared.Markdown.IMarkdownRenderer).Assembly;
    public static readonly Assembly[] Modules = ModuleAssemblies.Modules;
    public static readonly Assembly[] All = [.. ModuleAssemblies.All, Shared, Contracts];

    public static IEnumerable<Type> Types => All.SelectMany(assembly => assembly.GetTypes()).Where(type => !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

    public static bool Implements(this Type type, Type openGeneric) =>
        type.GetInterfaces().Any(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == openGeneric);

    public static TheoryData<string> Names(IEnumerable<Type> types) => new(types.Select(type => type.FullName!).Order());

    public static Type Find(string fullName) => Types.Single(type => type.FullName == fullName);
}

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in Codebase.Modules)
        {
            foreach (var other in Codebase.Modules.Where(other => other != module))
            {
                data.Add(module.GetName().Name!, other.GetName().Name!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_never_references_another_module(string module, string other)
    {
        var references = Codebase.Modules.Single(assembly => assembly.GetName().Name == module).GetReferencedAssemblies();

        Assert.DoesNotContain(references, reference => reference.Name == other);
    }

    [Fact]
    public void Contracts_and_shared_plumbing_reference_no_module()
    {
        var moduleNames = Codebase.Modules.Select(module => module.GetName().Name).ToHashSet();

        Assert.DoesNotContain(Codebase.Contracts.GetReferencedAssemblies(), reference => moduleNames.Contains(reference.Name));
        Assert.DoesNotContain(Codebase.Shared.GetReferencedAssemblies(), reference => moduleNames.Contains(reference.Name));
    }
}

public sealed class VisibilityTests
{
    public static TheoryData<string> HandlersAndValidators() => Codebase.Names(Codebase.Types.Where(type =>
        !type.IsAbstract && (type.Implements(typeof(IRequestHandler<,>)) || type.Implements(typeof(INotificationHandler<>)) || type.Implements(typeof(IValidator<>)))));

    public static TheoryData<string> DatabaseViews() => Codebase.Names(Codebase.Types.Where(type =>
        typeof(DbContext).IsAssignableFrom(type)
        || (type.IsInterface && type.Name.EndsWith("Data", StringComparison.Ordinal) && type.Namespace!.EndsWith(".Data", StringComparison.Ordinal))
        || (!type.IsAbstract && typeof(Academy.Shared.Data.ModuleData).IsAssignableFrom(type))));

    /// <summary>Every entity a module stores, and the configuration that maps it: the module's own business.</summary>
    public static TheoryData<string> EntitiesAndConfigurations() => Codebase.Names(Codebase.Modules.SelectMany(module => module.GetTypes())
        .Where(type => type.Implements(typeof(IEntityTypeConfiguration<>)))
        .SelectMany(configuration => configuration.GetInterfaces()
            .Where(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(implemented => implemented.GetGenericArguments()[0])
            .Append(configuration))
        .Distinct());

    /// <summary>The assemblies that see a module's (or the shared plumbing's) internals: its tests and the benchmark, nothing that ships.</summary>
    public static TheoryData<string, string> FriendsOfModules()
    {
        var data = new TheoryData<string, string>();
        foreach (var assembly in Codebase.Modules.Append(Codebase.Shared).Append(Codebase.Contracts))
        {
            foreach (var friend in assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>())
            {
                data.Add(assembly.GetName().Name!, friend.AssemblyName);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HandlersAndValidators))]
    public void Handlers_and_validators_are_not_public(string typeName) => Assert.False(Codebase.Find(typeName).IsVisible, $"{typeName} should be internal");

    [Theory]
    [MemberData(nameof(DatabaseViews))]
    public void The_database_context_and_the_modules_views_of_it_are_not_public(string typeName) =>
        Assert.False(Codebase.Find(typeName).IsVisible, $"{typeName} should be internal");

    [Theory]
    [MemberData(nameof(EntitiesAndConfigurations))]
    public void Entities_and_their_configurations_are_not_public(string typeName) =>
        Assert.False(Codebase.Find(typeName).IsVisible, $"{typeName} should be internal: the host applies configurations from the module's assembly and never names its entities");

    /// <summary>
    /// The host composes the modules through their public entry points, requests, pages and contracts; it is no
    /// module's friend (the database context reaches the modules' tables through each module's data class).
    /// </summary>
    [Theory]
    [MemberData(nameof(FriendsOfModules))]
    public void Only_tests_and_the_benchmark_see_a_modules_internals(string assembly, string friend) =>
        Assert.True(friend.EndsWith("Tests", StringComparison.Ordinal) || friend == "Academy.Benchmarks", $"{assembly} lets {friend} see its internals");

    [Fact]
    public void There_are_handlers_validators_and_database_views_to_check()
    {
        Assert.True(HandlersAndValidators().Count >= 10);
        Assert.True(DatabaseViews().Count >= 9);
        Assert.True(EntitiesAndConfigurations().Count >= 50);
        Assert.True(FriendsOfModules().Count >= 20);
    }
}

public sealed class RequestTests
{
    public static TheoryData<string> Requests() => Codebase.Names(Codebase.Types.Where(type =>
        !type.IsAbstract && !type.IsInterface && type.Implements(typeof(IRequest<>))));

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_request_has_exactly_one_handler(string requestName)
    {
        var request = Codebase.Find(requestName);
        var handlers = Codebase.Types.Where(type => !type.IsAbstract && type.GetInterfaces().Any(implemented =>
            implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
            && implemented.GetGenericArguments()[0] == request)).ToList();

        Assert.Single(handlers);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Requests_never_carry_who_is_acting(string requestName)
    {
        var forbidden = new[] { "UserId", "AuthorId", "Role", "IsAdmin", "ActingUserId" };

        Assert.DoesNotContain(Codebase.Find(requestName).GetProperties(), property => forbidden.Contains(property.Name));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Use_cases_are_named_as_imperative_phrases_not_as_handlers_or_commands(string requestName)
    {
        var name = Codebase.Find(requestName).Name;

        Assert.False(name.EndsWith("Request", StringComparison.Ordinal) || name.EndsWith("Command", StringComparison.Ordinal) || name.EndsWith("Query", StringComparison.Ordinal),
            $"{name}: name a use case by what it does (PostReply, GetThread)");
    }
}

public sealed class RenderingTests
{
    public static TheoryData<string> ReadingHandlers() => Codebase.Names(Codebase.Types.Where(type =>
        !type.IsAbstract && type.Implements(typeof(IRequestHandler<,>))
        && type.GetInterfaces().Any(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
            && implemented.GetGenericArguments()[0].Name is var name
            && (name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal)))));

    [Theory]
    [MemberData(nameof(ReadingHandlers))]
    public void Reading_use_cases_never_render_markdown_it_was_rendered_when_written(string handlerName)
    {
        var dependencies = Codebase.Find(handlerName).GetConstructors().SelectMany(constructor => constructor.GetParameters()).Select(parameter => parameter.ParameterType);

        Assert.DoesNotContain(typeof(Academy.Shared.Markdown.IMarkdownRenderer), dependencies);
    }
}
