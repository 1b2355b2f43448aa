using System.Text;
using Academy.Cohorts.Management;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class EnrolFromCsvFormTests : ComponentTest
{
    private const string Csv = "email,name\nbea@example.com,Bea Okafor\ncai@example.com,Cai Jones\n";

    private readonly BrowserFormPost browser;
    private int enrolled;

    public EnrolFromCsvFormTests() => browser = BrowserFormPost.AddTo(Services);

    private IRenderedComponent<EnrolFromCsvForm> RenderForm() =>
        Render<EnrolFromCsvForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.OnEnrolled, () => enrolled++));

    private void PostFile(byte[] content) => browser.Post("enrol", [], ("CsvFile", "people.csv", "text/csv", content));

    [Fact]
    public void Enrolling_without_a_file_asks_for_one_beside_the_file_input_and_sends_nothing()
    {
        browser.Post("enrol");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a CSV file.", form.Find("#csv-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Equal(0, enrolled);
    }

    [Fact]
    public void An_empty_file_is_refused_as_no_file()
    {
        PostFile([]);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a CSV file.", form.Find("#csv-file-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_file_over_1_MB_is_refused_beside_the_file_input_and_nothing_is_sent()
    {
        PostFile(new byte[(1024 * 1024) + 1]);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The file can be at most 1 MB.", form.Find("#csv-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Equal(0, enrolled);
    }

    [Fact]
    public void A_file_the_rules_refuse_says_why_beside_the_file_input_and_enrols_nobody()
    {
        Sent.Refuse<EnrolFromCsv>(new RuleViolation("The file has no rows: one person a line, e-mail then name.", nameof(EnrolFromCsv.Csv)));
        PostFile(Encoding.UTF8.GetBytes("email,name\n"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The file has no rows: one person a line, e-mail then name.", form.Find("#csv-file-error").TextContent);
        Assert.Empty(form.FindAll("[role=status]"));
        Assert.Equal(0, enrolled);
    }

    [Fact]
    public void Enrolling_sends_the_files_text_for_the_cohort_shows_the_report_and_tells_the_page()
    {
        Sent.Answer<EnrolFromCsv>(_ => new EnrolmentReport(
        [
            new EnrolmentRow(2, "bea@example.com", "Bea Okafor", EnrolmentOutcome.Enrolled, null),
            new EnrolmentRow(3, "cai@example.com", "Cai Jones", EnrolmentOutcome.Invited, null),
            new EnrolmentRow(4, "dee@example.com", "Dee Singh", EnrolmentOutcome.AlreadyMember, null),
            new EnrolmentRow(5, "eve@example.com", "Eve Adams", EnrolmentOutcome.AlreadyInvited, null),
            new EnrolmentRow(6, "not-an-address", "Fay", EnrolmentOutcome.Rejected, "Not an e-mail address."),
        ]));
        PostFile(Encoding.UTF8.GetBytes(Csv));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new EnrolFromCsv("mba-2026", Csv), Sent.Single<EnrolFromCsv>());
        Assert.Equal("1 enrolled, 1 invited, 2 already in or invited, 1 rejected.", form.Find("[role=status]").TextContent);
        Assert.Equal(
            [
                ["2", "bea@example.com", "Bea Okafor", "Enrolled"],
                ["3", "cai@example.com", "Cai Jones", "Invited by e-mail"],
                ["4", "dee@example.com", "Dee Singh", "Already a member"],
                ["5", "eve@example.com", "Eve Adams", "Already invited"],
                ["6", "not-an-address", "Fay", "Rejected: Not an e-mail address."],
            ],
            form.FindAll(".enrolment-report tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray()));
        Assert.Equal(["rejected"], form.FindAll(".enrolment-report tbody tr.rejected").Select(row => row.ClassName));
        Assert.Empty(form.FindAll("#csv-file-error"));
        Assert.Equal(1, enrolled);
        Assert.Null(NavigatedTo);
    }
}
