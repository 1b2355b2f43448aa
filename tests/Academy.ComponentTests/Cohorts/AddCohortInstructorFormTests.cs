using Academy.Cohorts.Management;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class AddCohortInstructorFormTests : ComponentTest
{
    [Fact]
    public void Adding_sends_the_typed_address_for_the_cohort_and_returns_to_its_management_page()
    {
        var form = Render<AddCohortInstructorForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026"));

        form.Find("#instructor-email").Change("dee.singh@example.com");
        form.Find("form").Submit();

        Assert.Equal(new AddCohortInstructor("mba-2026", "dee.singh@example.com"), Sent.Single<AddCohortInstructor>());
        Assert.Equal("/teach/cohorts/mba-2026", NavigatedTo);
    }

    [Fact]
    public void An_address_without_an_account_is_refused_beside_the_address_and_kept_as_typed()
    {
        Sent.Refuse<AddCohortInstructor>(new RuleViolation("No account has this e-mail address; ask them to create one first.", nameof(AddCohortInstructor.Email)));
        var form = Render<AddCohortInstructorForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026"));

        form.Find("#instructor-email").Change("nobody@example.com");
        form.Find("form").Submit();

        Assert.Equal("No account has this e-mail address; ask them to create one first.", form.Find("#instructor-email-error").TextContent);
        Assert.Equal("nobody@example.com", form.Find("#instructor-email").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }
}
