using Academy.Reflections.Exports;

namespace Academy.UnitTests.Reflections;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("Aino Virtanen", "Aino Virtanen")]
    [InlineData("Laine, Mikko", "\"Laine, Mikko\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    public void Fields_are_quoted_as_RFC_4180_asks_and_never_start_a_formula(string value, string expected) =>
        Assert.Equal(expected, ExportScoresHandler.Field(value));
}
