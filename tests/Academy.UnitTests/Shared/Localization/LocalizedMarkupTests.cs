using Academy.Shared.Localization;

namespace Academy.UnitTests.Shared.Localization;

public sealed class LocalizedMarkupTests
{
    [Fact]
    public void A_written_sentence_marks_the_first_occurrence_of_the_name_as_not_to_be_translated_and_encodes_the_rest()
    {
        var markup = LocalizedMarkup.MarkingName("Mikko <Laine> replied to Mikko <Laine>'s post", "Mikko <Laine>");

        Assert.Equal("<span translate=\"no\">Mikko &lt;Laine&gt;</span> replied to Mikko &lt;Laine&gt;&#x27;s post", markup.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Someone else")]
    public void A_sentence_without_the_name_is_only_encoded(string name) =>
        Assert.Equal("A &lt;b&gt; reply", LocalizedMarkup.MarkingName("A <b> reply", name).Value);
}
