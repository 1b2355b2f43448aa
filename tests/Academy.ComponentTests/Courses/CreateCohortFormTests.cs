using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Courses.Authoring;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Courses;

public sealed class CreateCohortFormTests : ComponentTest
{
    [Fact]
    public void An_empty_form_is_refused_beside_the_name_and_the_date_and_nothing_is_sent()
    {
        var form = Render<CreateCohortForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("form").Submit();

        Assert.Equal("Name the cohort, for example Executive MBA autumn 2027.", form.Find("#cohort-name-error").TextContent);
        Assert.Equal("Choose the start date.", form.Find("#cohort-starts-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_name_too_long_is_refused_beside_it_and_the_name_and_date_typed_are_kept()
    {
        var tooLong = new string('n', 201);
        var form = Render<CreateCohortForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#cohort-name").Change(tooLong);
        form.Find("#cohort-starts").Change("2027-09-06");
        form.Find("form").Submit();

        Assert.Equal("Keep the name to 200 characters.", form.Find("#cohort-name-error").TextContent);
        Assert.Empty(form.FindAll("#cohort-starts-error"));
        Assert.Equal((tooLong, "2027-09-06"), (form.Find("#cohort-name").GetAttribute("value"), form.Find("#cohort-starts").GetAttribute("value")));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_cohort_refused_by_a_rule_keeps_what_was_typed_and_says_why_beside_the_date()
    {
        Sent.Refuse<CreateCohort>(new RuleViolation("A cohort cannot start in the past.", nameof(CreateCohort.StartsOn)));
        var form = Render<CreateCohortForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#cohort-name").Change("Executive MBA autumn 2027");
        form.Find("#cohort-starts").Change("2027-09-06");
        form.Find("form").Submit();

        Assert.Equal("A cohort cannot start in the past.", form.Find("#cohort-starts-error").TextContent);
        Assert.Equal(("Executive MBA autumn 2027", "2027-09-06"), (form.Find("#cohort-name").GetAttribute("value"), form.Find("#cohort-starts").GetAttribute("value")));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_new_cohort_of_the_course_is_sent_and_its_dashboard_opens()
    {
        Sent.Answer<CreateCohort>(_ => "executive-mba-autumn-2027");
        var form = Render<CreateCohortForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#cohort-name").Change("Executive MBA autumn 2027");
        form.Find("#cohort-starts").Change("2027-09-06");
        form.Find("form").Submit();

        Assert.Equal(new CreateCohort("strategy", "Executive MBA autumn 2027", new DateOnly(2027, 9, 6)), Sent.Single<CreateCohort>());
        Assert.Equal("/teach/cohorts/executive-mba-autumn-2027", NavigatedTo);
    }
}
