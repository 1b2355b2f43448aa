using System.Security.Claims;
using Academy.Cohorts.Sessions;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Shared.Security;

namespace Academy.ComponentTests.Cohorts;

public sealed class SessionFormTests : ComponentTest
{
    private static readonly SessionFormView NewSession = new("mba-2026", "Executive MBA 2026",
        [new ModuleChoice("why-leaders-engage", "Module 1: Why leaders engage"), new ModuleChoice("your-radar", "Module 2: Your radar")], null, IsCancelled: false);

    private static readonly SessionFormView Existing = NewSession with
    {
        Current = new SessionFormValues("Week 1", "Bring a signal.", new DateOnly(2030, 1, 15), new TimeOnly(17, 0), new TimeOnly(18, 30),
            "https://meet.example.com/week-1", "Room 3", "your-radar"),
    };

    private int refused;

    private IRenderedComponent<SessionForm> RenderForm(SessionFormView? view = null, int? number = null) => Render<SessionForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.Number, number).Add(p => p.View, view).Add(p => p.OnRefused, () => refused++));

    private static void Type(IRenderedComponent<SessionForm> form, string title = "Kick-off", string on = "2030-01-15", string starts = "17:00",
        string ends = "18:30", string link = "https://meet.example.com/kick-off")
    {
        form.Find("#session-title").Change(title);
        form.Find("#session-on").Change(on);
        form.Find("#session-starts").Change(starts);
        form.Find("#session-ends").Change(ends);
        form.Find("#session-meeting-url").Change(link);
    }

    [Fact]
    public void The_times_are_entered_on_the_instructors_own_clock_which_the_form_names()
    {
        SignIn("instructor-1", "Ines", [new Claim(AcademyClaimTypes.TimeZone, "America/New_York")]);

        var form = RenderForm(NewSession);

        Assert.Equal("Times in New York time (EST/EDT).", form.Find("#session-zone").TextContent);
    }

    [Fact]
    public void The_form_names_the_default_time_zone_to_someone_without_one_beside_the_times_and_offers_the_courses_modules()
    {
        var form = RenderForm(NewSession);

        Assert.Equal("Times in Helsinki time (EET/EEST).", form.Find("#session-zone").TextContent);
        Assert.Contains("session-zone", form.Find("#session-starts").GetAttribute("aria-describedby"));
        Assert.Equal(["", "why-leaders-engage", "your-radar"], form.FindAll("#session-module option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Schedule the session", form.Find("button[type=submit]").TextContent);
    }

    [Fact]
    public void An_empty_form_is_refused_beside_the_title_the_day_and_the_times_and_nothing_is_sent()
    {
        var form = RenderForm(NewSession);

        form.Find("form").Submit();

        Assert.Equal("Give the session a title.", form.Find("#session-title-error").TextContent);
        Assert.Equal("Choose the day of the session.", form.Find("#session-on-error").TextContent);
        Assert.Equal("Choose when it starts.", form.Find("#session-starts-error").TextContent);
        Assert.Equal("Choose when it ends.", form.Find("#session-ends-error").TextContent);
        Assert.Equal("Give a meeting link, a place, or both.", form.Find("#session-meeting-url-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void An_end_before_the_start_and_a_link_without_https_are_refused_beside_them_and_what_was_typed_is_kept()
    {
        var form = RenderForm(NewSession);

        Type(form, starts: "18:00", ends: "17:00", link: "http://meet.example.com/kick-off");
        form.Find("#session-place").Change("Room 1");
        form.Find("form").Submit();

        Assert.Equal("The session must end after it starts.", form.Find("#session-ends-error").TextContent);
        Assert.Equal("Enter a full address starting with https://, for example https://zoom.us/j/123456789.", form.Find("#session-meeting-url-error").TextContent);
        Assert.Empty(form.FindAll("#session-starts-error"));
        Assert.Equal(("Kick-off", "2030-01-15", "http://meet.example.com/kick-off", "Room 1"),
            (form.Find("#session-title").GetAttribute("value"), form.Find("#session-on").GetAttribute("value"),
                form.Find("#session-meeting-url").GetAttribute("value"), form.Find("#session-place").GetAttribute("value")));
        Assert.StartsWith("18:00", form.Find("#session-starts").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_time_the_handler_refuses_is_said_beside_the_start_and_the_page_is_asked_for_its_view()
    {
        Sent.Refuse<ScheduleSession>(new RuleViolation("03:30 does not exist in Helsinki time on that day: the clocks go forward. Choose another time.",
            nameof(ScheduleSession.Starts)));
        var form = RenderForm(); // on a post the page has no view yet

        Type(form, on: "2030-03-31", starts: "03:30", ends: "04:30");
        form.Find("form").Submit();
        form.Render(parameters => parameters.Add(p => p.View, NewSession)); // the page, asked through OnRefused

        Assert.Equal(1, refused);
        Assert.Equal("03:30 does not exist in Helsinki time on that day: the clocks go forward. Choose another time.", form.Find("#session-starts-error").TextContent);
        Assert.Equal("2030-03-31", form.Find("#session-on").GetAttribute("value"));
        Assert.Equal("Kick-off", form.Find("#session-title").GetAttribute("value"));
        Assert.Equal("Times in Helsinki time (EET/EEST).", form.Find("#session-zone").TextContent);
    }

    [Fact]
    public void A_new_session_is_sent_as_typed_and_its_page_opens()
    {
        Sent.Answer<ScheduleSession>(_ => 3);
        var form = RenderForm(NewSession);

        Type(form);
        form.Find("#session-module").Change("why-leaders-engage");
        form.Find("#session-agenda").Change("1. **Welcome**");
        form.Find("form").Submit();

        Assert.Equal(new ScheduleSession("mba-2026", "Kick-off", "1. **Welcome**", new DateOnly(2030, 1, 15), new TimeOnly(17, 0), new TimeOnly(18, 30),
            "https://meet.example.com/kick-off", null, "why-leaders-engage"), Sent.Single<ScheduleSession>());
        Assert.Equal("/cohorts/mba-2026/sessions/3?saved=true", NavigatedTo);
        Assert.Equal(0, refused);
    }

    [Fact]
    public void Editing_starts_from_the_session_as_it_is_and_sends_the_move()
    {
        var form = RenderForm(Existing, number: 2);
        Assert.Equal(("Week 1", "2030-01-15", "Room 3", "https://meet.example.com/week-1", "Bring a signal."),
            (form.Find("#session-title").GetAttribute("value"), form.Find("#session-on").GetAttribute("value"), form.Find("#session-place").GetAttribute("value"),
                form.Find("#session-meeting-url").GetAttribute("value"), form.Find("#session-agenda").GetAttribute("value")));
        Assert.StartsWith("17:00", form.Find("#session-starts").GetAttribute("value"));
        Assert.Equal("your-radar", form.Find("#session-module option[selected]").GetAttribute("value"));
        Assert.Equal("Save the session", form.Find("button[type=submit]").TextContent);

        form.Find("#session-starts").Change("18:00");
        form.Find("#session-ends").Change("19:30");
        form.Find("form").Submit();

        Assert.Equal(new EditSession("mba-2026", 2, "Week 1", "Bring a signal.", new DateOnly(2030, 1, 15), new TimeOnly(18, 0), new TimeOnly(19, 30),
            "https://meet.example.com/week-1", "Room 3", "your-radar"), Sent.Single<EditSession>());
        Assert.Equal("/cohorts/mba-2026/sessions/2?saved=true", NavigatedTo);
    }

    [Fact]
    public void A_browser_post_of_the_form_is_what_is_sent_and_is_not_overwritten_by_the_session_as_it_was()
    {
        Post("session", ("Input.Title", "Week 1, moved"), ("Input.On", "2030-01-16"), ("Input.Starts", "09:00"), ("Input.Ends", "10:00"),
            ("Input.MeetingUrl", "https://meet.example.com/week-1"), ("Input.Place", ""), ("Input.ModuleSlug", ""), ("Input.Agenda", ""));
        var form = RenderForm(number: 2);
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();
        form.Render(parameters => parameters.Add(p => p.View, Existing));

        var sent = Sent.Single<EditSession>();
        Assert.Equal(("Week 1, moved", new DateOnly(2030, 1, 16), new TimeOnly(9, 0), new TimeOnly(10, 0)), (sent.Title, sent.On, sent.Starts, sent.Ends));
        Assert.Equal("Week 1, moved", form.Find("#session-title").GetAttribute("value"));
    }
}
