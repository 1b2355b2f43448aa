using Academy.Cohorts.People;

namespace Academy.UnitTests.Cohorts;

public sealed class DirectoryFilterChoicesTests
{
    [Fact]
    public void A_filter_with_few_values_lists_every_one_the_viewer_may_see_by_name()
    {
        var ranked = DirectoryChoice.Ranked(
        [
            new(ChoiceKind.Location, "Turku", HiddenFromPeers: false, Members: 3),
            new(ChoiceKind.Location, "Espoo", HiddenFromPeers: false, Members: 1),
            new(ChoiceKind.Location, "Oulu", HiddenFromPeers: true, Members: 5),
            new(ChoiceKind.Industry, "Energy", HiddenFromPeers: false, Members: 9),
        ]);

        var asPeer = DirectoryChoice.Offered(ranked, ChoiceKind.Location, teaches: false, mine: []);
        var asInstructor = DirectoryChoice.Offered(ranked, ChoiceKind.Location, teaches: true, mine: []);
        var asOulusOwn = DirectoryChoice.Offered(ranked, ChoiceKind.Location, teaches: false, mine: ["oulu"]);

        Assert.Equal(["Espoo", "Turku"], asPeer.Values);
        Assert.False(asPeer.IsOpen);
        Assert.Equal(["Espoo", "Oulu", "Turku"], asInstructor.Values);
        Assert.Equal(["Espoo", "Oulu", "Turku"], asOulusOwn.Values);
    }

    [Fact]
    public void A_filter_with_more_values_than_it_lists_offers_the_most_shared_and_is_open_to_any_other()
    {
        // A large cohort: a town per member, and a few towns many share; one value differs from another only in case.
        var towns = Enumerable.Range(1, 300).Select(number => new DirectoryChoice(ChoiceKind.Location, $"Town {number:D3}", false, 1))
            .Concat(Enumerable.Range(1, FilterChoices.MostShared - 1).Select(number => new DirectoryChoice(ChoiceKind.Location, $"City {number:D2}", false, 10 + number)))
            .Append(new DirectoryChoice(ChoiceKind.Location, "city 05", false, 100))
            .Append(new DirectoryChoice(ChoiceKind.Location, "Secret Base", true, 500));

        var offered = DirectoryChoice.Offered(DirectoryChoice.Ranked(towns), ChoiceKind.Location, teaches: false, mine: []);

        Assert.True(offered.IsOpen);
        Assert.Equal(FilterChoices.MostShared, offered.Values.Count);
        Assert.Equal(FilterChoices.MostShared - 1, offered.Values.Count(value => value.StartsWith("City", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal("Town 001", Assert.Single(offered.Values, value => value.StartsWith("Town", StringComparison.Ordinal)));
        Assert.DoesNotContain("Secret Base", offered.Values);
        Assert.Equal(offered.Values.Order(StringComparer.CurrentCultureIgnoreCase), offered.Values);
    }
}
