using Academy.Cohorts.Resources;
using Academy.Shared.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Academy.UnitTests.Shared.Localization;

/// <summary>The remembered words are the resources' own, in each reader's language, whichever language asked first.</summary>
public sealed class RememberedStringLocalizerTests
{
    private readonly IStringLocalizer t = new StringLocalizer<CohortsText>(new RememberedStringLocalizerFactory(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public void Each_language_gets_its_own_words_however_the_lookups_interleave()
    {
        foreach (var (language, expected) in new[] { ("fi", "Ilmoitukset"), ("en", "Notifications"), ("fi", "Ilmoitukset"), ("en", "Notifications") })
        {
            var found = AcademyCultures.In(language, () => t["Notifications"]);
            Assert.Equal(expected, found.Value);
            Assert.False(found.ResourceNotFound);
        }
    }

    [Fact]
    public void Words_with_places_are_filled_in_the_readers_language_each_time()
    {
        const string name = "Remove {0} from {1}: their access ends at once; what they wrote stays.";

        Assert.Equal("Poista Aino ryhmästä Spring: käyttöoikeus päättyy heti; kirjoitetut viestit säilyvät.",
            AcademyCultures.In("fi", () => t[name, "Aino", "Spring"].Value));
        Assert.Equal("Remove Eero from Autumn: their access ends at once; what they wrote stays.",
            AcademyCultures.In("en", () => t[name, "Eero", "Autumn"].Value));
    }

    [Fact]
    public void A_name_the_resources_do_not_have_answers_with_itself_and_says_so()
    {
        var missing = AcademyCultures.In("fi", () => t["Not among the words {0}", 42]);

        Assert.Equal("Not among the words 42", missing.Value);
        Assert.True(missing.ResourceNotFound);
    }
}
