using System.Text.RegularExpressions;
using MediatR;

namespace Academy.ArchitectureTests;

/// <summary>The repository's source files, read as text: for the house rules no type system can see.</summary>
public static class SourceFiles
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Under(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Academy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Academy.sln was not found above the test binaries.");
    }
}

/// <summary>
/// One way to say no: FluentValidation checks the input's shape in the pipeline, handlers refuse with
/// <see cref="Academy.Shared.Errors.RuleViolation"/>, and forms show both through the shared form mechanism.
/// </summary>
public sealed partial class SayingNoTests
{
    [GeneratedRegex(@"catch\s*\(\s*[\w.]*(Validation|Rule|Violation)[\w.]*Exception|catch\s*\(\s*[\w.]*RuleViolation")]
    private static partial Regex CatchOfValidationOrRule();

    [GeneratedRegex(@"throw\s+new\s+(FluentValidation\.)?ValidationException|new\s+ValidationException\s*\(")]
    private static partial Regex HandlerThrowingValidation();

    public static TheoryData<string> Pages() => new(SourceFiles.Under("src", "*.razor"));

    public static TheoryData<string> CodeFiles() => new(SourceFiles.Under("src", "*.cs")
        .Where(path => !path.EndsWith(Path.Combine("Mediation", "ValidationBehavior.cs"), StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pages_catch_no_validation_or_rule_exceptions_the_form_mechanism_shows_them(string page) =>
        Assert.DoesNotMatch(CatchOfValidationOrRule(), SourceFiles.Read(page));

    [Theory]
    [MemberData(nameof(CodeFiles))]
    public void Only_the_validation_behaviour_throws_validation_exceptions_handlers_throw_rule_violations(string file) =>
        Assert.DoesNotMatch(HandlerThrowingValidation(), SourceFiles.Read(file));

    [Fact]
    public void No_module_has_an_exception_of_its_own_for_saying_no()
    {
        var ownRefusals = Codebase.Types.Where(type => typeof(Exception).IsAssignableFrom(type)
            && type.Name.EndsWith("RuleException", StringComparison.Ordinal)).Select(type => type.FullName).ToList();

        Assert.Empty(ownRefusals);
    }

    [Fact]
    public void There_are_pages_and_code_files_to_check()
    {
        Assert.True(Pages().Count >= 30);
        Assert.True(CodeFiles().Count >= 100);
    }
}

/// <summary>One use case, one file: a request with its validator and handler, in a file named after the request.</summary>
public sealed class UseCaseFileTests
{
    private static readonly Lazy<Dictionary<string, string>> DeclaringFiles = new(() =>
    {
        var sources = SourceFiles.Under("src", "*.cs").Select(path => (Path: path, Text: SourceFiles.Read(path))).ToList();
        return Codebase.Types.Where(IsUseCaseType).ToDictionary(type => type.FullName!, type =>
        {
            var declaration = new Regex($@"\b(record|class)\s+{type.Name}\b");
            return sources.Single(source => declaration.IsMatch(source.Text)
                                            && source.Text.Contains($"namespace {type.Namespace};", StringComparison.Ordinal)).Path;
        });
    });

    private static bool IsRequest(Type type) => !type.IsAbstract && !type.IsInterface && type.Implements(typeof(IRequest<>));

    private static bool IsHandler(Type type) => !type.IsAbstract && type.Implements(typeof(IRequestHandler<,>));

    private static bool IsUseCaseType(Type type) => IsRequest(type) || IsHandler(type);

    public static TheoryData<string> Requests() => Codebase.Names(Codebase.Types.Where(IsRequest));

    public static TheoryData<string> Handlers() => Codebase.Names(Codebase.Types.Where(IsHandler));

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_stands_in_a_file_named_after_it_with_no_other_request(string requestName)
    {
        var file = DeclaringFiles.Value[requestName];
        var others = DeclaringFiles.Value.Where(entry => entry.Value == file && entry.Key != requestName && IsRequest(Codebase.Find(entry.Key))).Select(entry => entry.Key);

        Assert.Equal(Codebase.Find(requestName).Name + ".cs", Path.GetFileName(file));
        Assert.Empty(others);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void A_handler_lives_in_its_requests_file(string handlerName)
    {
        var request = Codebase.Find(handlerName).GetInterfaces()
            .First(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .GetGenericArguments()[0];
        if (request.Assembly == Codebase.Contracts)
        {
            return; // a contract is asked by one module and answered by another: its handler lives with the module that answers
        }

        Assert.Equal(DeclaringFiles.Value[request.FullName!], DeclaringFiles.Value[handlerName]);
    }
}

/// <summary>Tests mirror the house: a folder per module in each test project, and a test's namespace says where it stands.</summary>
public sealed class TestLayoutTests
{
    public static TheoryData<string, string> ModulesInTestProjects()
    {
        var data = new TheoryData<string, string>();
        foreach (var project in new[] { "Academy.UnitTests", "Academy.IntegrationTests" })
        {
            foreach (var module in Codebase.Modules)
            {
                data.Add(project, module.GetName().Name!["Academy.".Length..]);
            }
        }

        return data;
    }

    public static TheoryData<string> TestFiles() => new(SourceFiles.Under("tests", "*.cs")
        .Where(path => !path.StartsWith(Path.Combine("tests", "Academy.ArchitectureTests"), StringComparison.Ordinal)));

    /// <summary>Every form component (a file named *Form.razor) and every shared component, by name.</summary>
    public static TheoryData<string> ComponentsThatNeedComponentTests() => new(
        SourceFiles.Under("src", "*Form.razor")
            .Concat(SourceFiles.Under(Path.Combine("src", "Academy.Shared", "Components"), "*.razor"))
            .Select(path => Path.GetFileNameWithoutExtension(path)!));

    [Theory]
    [MemberData(nameof(ComponentsThatNeedComponentTests))]
    public void Every_form_and_shared_component_has_bunit_tests(string component) =>
        Assert.Single(SourceFiles.Under(Path.Combine("tests", "Academy.ComponentTests"), $"{component}Tests.cs"));

    [Fact]
    public void There_are_forms_and_shared_components_to_check() => Assert.True(ComponentsThatNeedComponentTests().Count >= 40);

    [Theory]
    [MemberData(nameof(ModulesInTestProjects))]
    public void Every_module_has_a_folder_of_tests_in_each_test_project(string project, string module) =>
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(SourceFiles.Root, "tests", project, module), "*Tests.cs", SearchOption.AllDirectories));

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void A_test_files_namespace_follows_its_folder(string path)
    {
        var folders = Path.GetDirectoryName(path)!.Split(Path.DirectorySeparatorChar).Skip(1); // past "tests"
        var expected = string.Join('.', folders);
        var declared = Regex.Match(SourceFiles.Read(path), @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value;

        Assert.Equal(expected, declared);
    }
}
