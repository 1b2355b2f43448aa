using Academy.Cohorts.Demo;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Courses.Demo;
using Academy.Discussions.Demo;
using Academy.Reflections.Demo;

namespace Academy.Web.Startup;

/// <summary>
/// The demo cohort in its third week: what its eight executives and their instructor have written so far. Every
/// time is a fixed offset from the cohort's first day, so the same seed always tells the same story; the posts
/// of module 3, which opens today, fall between midnight and the moment of seeding.
/// </summary>
internal sealed class DemoActivity
{
    private readonly DateTimeOffset firstDay;
    private readonly DateTimeOffset now;
    private readonly DemoVoice[] people;

    /// <param name="people">The instructor first, then learner1 … learner8, as <see cref="DemoSeeder"/> lists them.</param>
    public DemoActivity(DateOnly startsOn, DateTimeOffset now, IReadOnlyList<DemoVoice> people)
    {
        firstDay = new DateTimeOffset(startsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        this.now = now;
        this.people = [.. people];
    }

    private DemoVoice Elina => people[0];
    private DemoVoice Aino => people[1];
    private DemoVoice Mikko => people[2];
    private DemoVoice Sofia => people[3];
    private DemoVoice Daniel => people[4];
    private DemoVoice Laura => people[5];
    private DemoVoice James => people[6];
    private DemoVoice Hanna => people[7];
    private DemoVoice Priya => people[8];

    /// <summary>A moment of the cohort's <paramref name="day"/> (0 is its first day), in UTC.</summary>
    private DateTimeOffset On(int day, int hour, int minute = 0) => firstDay.AddDays(day).AddHours(hour).AddMinutes(minute);

    /// <summary>
    /// A moment of today (day 14, when module 3 opened): a share of the time between the cohort's midnight and now. Midnight in
    /// Helsinki, where the cohort's day is counted: midnight UTC of that date is still ahead from 22:00 or 21:00 UTC the day before.
    /// </summary>
    private DateTimeOffset Today(double share)
    {
        var midnight = Academy.Shared.Time.ZonedTime.StartOf(DateOnly.FromDateTime(firstDay.UtcDateTime).AddDays(14), Academy.Shared.Time.ZonedTime.DefaultZone);
        return midnight + (now - midnight) * share;
    }

    public IReadOnlyList<DemoConversation> Conversations() =>
    [
        new("announcements", null, "Welcome to Social Media for Leaders",
        [
            new(Elina, """
                Welcome, everyone, to the Executive MBA 2026 cohort!

                Over the next seven weeks we work through one module a week. Each opens on a Monday with a short text, two or three
                discussion prompts and a reflection that is due a week later. Three habits will get you the most out of it:

                1. **Read the module early in the week** and post in its discussion before Thursday, so others can answer you.
                2. **Reply to at least two peers.** The course is about networks, and this cohort is your first one.
                3. **Write your reflections honestly.** Only I read them unless you choose to share them with the cohort.

                Start with the Lounge: tell us who you are and what you hope to change in how you use social media.
                """, On(0, 7), LikedBy: [Aino, Mikko, Sofia, Daniel, Laura, James, Hanna]),
            new(Aino, "Thank you, Elina. Looking forward to it, and a little nervous about writing in the open.", On(0, 9, 12), LikedBy: [Elina, Hanna]),
            new(Daniel, "Greetings from Tallinn. I will be reading on Monday evenings on the ferry, so expect my posts on Tuesdays.", On(0, 18, 40), LikedBy: [Laura]),
        ]),
        new("lounge", null, "Introductions: who we are and what we hope to change",
        [
            new(Elina, """
                Let's get to know each other. Tell us your role, one way you use social media for work today (or why you don't),
                and one thing you would like to be doing differently by the end of the course.
                """, On(0, 7, 30)),
            new(Aino, """
                Aino, Head of Customer Experience at Nordlake Telecom in Helsinki. Our customers talk about us on social media every
                day and I mostly read the summaries my team sends me. By the end of the course I want to be listening myself, not
                through a weekly PDF.
                """, On(0, 10, 5), LikedBy: [Sofia, Hanna, Elina]),
            new(Mikko, """
                Mikko, CFO at Kuusi Forest Products. Honest answer: I use LinkedIn for recruiting and ignore everything else. I am
                here because our board asked why our investor relations are invisible online, and I did not have a good answer.
                """, On(0, 12, 30), LikedBy: [Laura, James]),
            new(Laura, "Laura, founder of Pilvi Analytics in Tampere. I post a lot, mostly product news. I'd like to post less and connect more.", On(0, 15), LikedBy: [Daniel]),
            new(Priya, "Priya, Product Director at Fennica Games. Our players live on Discord and TikTok; our leadership team does not. I want to bridge that.", On(1, 8, 45), LikedBy: [Aino, Laura]),
            new(Hanna, """
                Hanna, communications director for the Oulu region. In a crisis social media is where we hear things first, so
                @Aino Virtanen I suspect we have the same listening problem from different sides.
                """, On(1, 11, 20), ReplyTo: 2, LikedBy: [Aino]),
        ]),
        new("why-leaders-engage", "Distraction or dashboard?", null,
        [
            new(Mikko, """
                Distraction, mostly. Last night I opened LinkedIn to check one candidate and 40 minutes later I was reading a
                thread about sauna etiquette in Silicon Valley. The tool is built to keep me there, and I am not convinced a
                filter fixes that.
                """, On(2, 19, 30), LikedBy: [James, Daniel]),
            new(Aino, """
                Both, for me. The same hour can be a dashboard when I go in with a question ("what are customers saying about the
                outage?") and a distraction when I go in without one. So I think the difference is intention first, filtering
                second, tool a distant third.
                """, On(3, 8, 10), LikedBy: [Elina, Sofia, Hanna, Laura]),
            new(Mikko, """
                Fair. But intention is expensive at 22:00. Maybe the practical answer is fewer sessions with a clear question, at a
                time of day when I still have some willpower left.
                """, On(3, 9, 2), ReplyTo: 3, LikedBy: [Aino]),
            new(Elina, """
                > **Mikko Laine** [wrote](?at=4#post-4):
                >
                > Maybe the practical answer is fewer sessions with a clear question, at a time of day when I still have some willpower left.

                This is exactly Pasi's "personal leadership dashboard": not more time online, but a deliberate routine. Module 2 is
                about building it. Mikko, keep a note of the questions you would want answered; we will use them next week.
                """, On(3, 14), Quotes: 4, LikedBy: [Mikko, Aino, Daniel]),
            new(Hanna, "In public communications we call this \"listening with a purpose\". Without a purpose we just end up reacting.", On(4, 10, 15), LikedBy: [Aino]),
        ]),
        new("why-leaders-engage", "The lone quality manager", null,
        [
            new(James, """
                I have been that quality manager. In 2019 I was asked to "own" our digital freight platform while the rest of the
                leadership team kept booking by phone. It took a year to admit that nobody else had changed anything. It only
                moved when our CEO started approving bookings in the platform herself.
                """, On(3, 16, 45), LikedBy: [Sofia, Laura, Elina, Mikko]),
            new(Sofia, """
                We see the same in HR: a new performance tool that managers are "encouraged" to use. The ones who adopt it are the
                ones whose own director uses it. Walking the talk for me would be giving my own feedback in the tool first.
                """, On(4, 9), ReplyTo: 2, LikedBy: [James]),
            new(Priya, "Our studio did this with an internal Discord. It only worked once the founders answered questions there instead of in meetings.", On(5, 13, 30), LikedBy: [James]),
        ]),
        new("why-leaders-engage", "Processes, not media", null,
        [
            new(Laura, """
                For a SaaS company the changing process is sales: customers read our changelog, our support forum and LinkedIn
                posts long before they talk to a salesperson. What we have to unlearn is the idea that the first meeting is where
                the relationship starts. It starts months earlier, in public.
                """, On(4, 11), LikedBy: [Daniel, Mikko]),
            new(Daniel, "Same in medical devices in the Baltics. Buyers arrive having read everything, including what our competitors' users say about us.", On(5, 17, 20), ReplyTo: 2),
        ]),
        new("your-radar", "Signal or noise?", null,
        [
            new(Hanna, """
                A real signal: last winter a small local Facebook group reported a frozen water main two hours before the utility
                called us. We now follow about fifteen neighbourhood groups with a simple keyword alert. It caught the problem
                early because the people affected spoke up where they already were, not where we wanted them to.

                @Aino Virtanen, this is the listening question from the Lounge: we listen in their places, not ours.
                """, On(8, 9, 30), LikedBy: [Aino, Elina, Sofia, James]),
            new(Daniel, """
                Mine is less dramatic: a procurement officer in Riga changed her LinkedIn headline to "evaluating imaging
                suppliers". We saw it three weeks before the tender was published. Would my radar catch it again? Only because
                I follow her personally, not because of any system.
                """, On(8, 18), LikedBy: [Laura, Priya]),
            new(Mikko, """
                Here is my list of questions from last week, Elina: what are analysts saying about pulp prices, what do our
                employees say about us on Glassdoor, and which of our competitors' customers complain publicly? The third one
                surprised me: I had never thought of it as a finance question.
                """, On(9, 7, 50), LikedBy: [Elina, Aino, Hanna]),
            new(Aino, "Mikko, the third one is the most valuable question in my job. Happy to show you how we track it at Nordlake.", On(9, 12, 10), ReplyTo: 4, LikedBy: [Mikko],
                Edit: new("""
                    Mikko, the third one is the most valuable question in my job. Happy to show you how we track it at Nordlake: a saved
                    search per competitor and ten minutes on Friday afternoons.
                    """, On(9, 12, 40))),
        ]),
        new("your-radar", "The radar you neglect", null,
        [
            new(Sofia, """
                The brand radar, as an employer. We watch what customers say about Archipelago Shipping and almost nothing about
                what sailors say about working for us. Yet that is exactly where our recruiting problem shows first.
                """, On(9, 10, 30), LikedBy: [Mikko, James]),
            new(James, """
                Competitors, for us. Everyone assumes sales keeps an eye on them, and sales assumes strategy does. Nobody does.
                A big client of ours, Maasvlakte Cold Storage, told me last month that they were piloting a rival's booking app.
                I heard it from them, not from our radar.
                """, On(10, 16), LikedBy: [Sofia], Flag: new(Sofia, "James names a client and what it is doing; perhaps edit it out before we quote this anywhere?", On(10, 21))),
        ]),
        new("networks-over-teams", "Team or network?", null,
        [
            new(Elina, "Module 3 is open. A question to start with: who contributed to your best result of the year without ever being on the project's team?", Today(0.2), LikedBy: [Daniel]),
            new(Daniel, """
                Our best deal this year was closed by a team of four, but the clinical champion who convinced the hospital was
                introduced to us by a supplier we had helped two years earlier. Network, clearly.
                """, Today(0.6), ReplyTo: 2),
        ]),
        new("lounge", null, "How do you keep your feeds under control?",
        [
            new(Laura, """
                Practical question: which tools do you use to filter? I have tried lists on X, saved searches on LinkedIn and an
                RSS reader, and I still spend Monday mornings scrolling. What actually stuck for you?
                """, On(9, 8, 20)),
            new(Hanna, "An RSS reader with about thirty feeds, read twice a week, never on the phone. The \"never on the phone\" part matters most.", On(9, 14, 40), LikedBy: [Laura, Mikko]),
            new(James, "LinkedIn's notifications for ten people only. Everything else I read when someone I trust forwards it.", On(10, 9, 5), LikedBy: [Laura]),
        ]),
        new("lounge", null, "Anyone using LinkedIn groups for logistics and supply chains?",
        [
            new(James, """
                The module mentions joining relevant LinkedIn groups. The ones I found for logistics are mostly recruiters and
                software vendors. Has anyone found a group in their industry where practitioners actually talk to each other?
                """, On(11, 7, 30)),
        ]),
    ];

    /// <summary>Who has read and finished which module: most are on module 2 or 3, two have fallen behind.</summary>
    public IReadOnlyList<DemoProgress> Progress()
    {
        const string One = "why-leaders-engage", Two = "your-radar", Three = "networks-over-teams";
        return
        [
            new(Aino.UserId, One, On(0, 9), On(3, 7), On(3, 7, 30)), new(Aino.UserId, Two, On(7, 8), On(9, 7), On(9, 7, 20)),
            new(Aino.UserId, Three, Today(0.3), Today(0.3)),
            new(Mikko.UserId, One, On(2, 19), On(6, 21), On(6, 21, 40)), new(Mikko.UserId, Two, On(8, 20), On(9, 7, 30)),
            new(Sofia.UserId, One, On(1, 7), On(4, 8), On(4, 8, 30)), new(Sofia.UserId, Two, On(7, 7), On(10, 7), On(10, 7, 45)),
            new(Daniel.UserId, One, On(0, 18), On(5, 17), On(5, 17, 30)), new(Daniel.UserId, Two, On(8, 17), On(8, 17, 45)),
            new(Daniel.UserId, Three, Today(0.5), Today(0.5)),
            new(Laura.UserId, One, On(0, 14), On(1, 8), On(1, 8, 15)), new(Laura.UserId, Two, On(7, 9), On(8, 10), On(8, 10, 30)),
            new(Laura.UserId, Three, Today(0.1), Today(0.15)),
            new(James.UserId, One, On(3, 16), On(3, 16, 30)),
            new(Hanna.UserId, One, On(1, 10), On(4, 9), On(4, 9, 30)), new(Hanna.UserId, Two, On(8, 8), On(11, 19), On(11, 19, 30)),
            new(Priya.UserId, One, On(1, 8), On(1, 8, 20)),
        ];
    }

    /// <summary>Aino (learner1) read everything until two evenings ago; what came after waits for her as new.</summary>
    public IReadOnlyList<DemoReader> Readers() => [new(Aino.UserId, On(12, 18))];

    public IReadOnlyList<DemoReflection> Reflections(string reviewerName) =>
    [
        new("my-reasons", Aino.UserId, Aino.Name, """
            ## My reasons

            1. **Listening without filters.** Our customers describe outages and bad service on social media hours before our
               dashboards show them. I want to read them myself once a day, not in a weekly summary.
            2. **Being reachable.** A head of customer experience who is invisible online sends the wrong message to customers
               and to my own team.
            3. **Learning from peers in other industries.** The best ideas for our support process have come from airlines and
               banks, not from other operators.

            ## My productivity cloud

            LinkedIn for peers, a saved X search for our brand and outages, and a shared note where my team and I collect what
            we learn. My honest concern: the phone in the evening. I will keep the apps off my phone's home screen.
            """, On(5, 20), Submitted: true,
            Review: new([4, 3, 3, 4], "Clear, specific reasons, each tied to something you are responsible for. The concern about evenings is honest; come back to it in module 6.", Complete: true, reviewerName, On(8, 10)),
            SharedWithCohort: true,
            Comments:
            [
                new(Sofia.UserId, Sofia.Name, "The point about learning from airlines and banks is one I want to steal for HR.", On(8, 18)),
                new(Daniel.UserId, Daniel.Name, "Apps off the home screen: trying it this week.", On(9, 7)),
            ]),
        new("my-reasons", Mikko.UserId, Mikko.Name, """
            My reasons: the board asked for it, our competitors do it, and I should understand what my team posts. Services:
            LinkedIn. Concern: time.
            """, On(6, 22), Submitted: true,
            Review: new([2, 2, 1, 3], """
                Honest, and a good start, but each reason is still someone else's. Tie at least two of them to a challenge you own as
                CFO (investor relations came up in the Lounge), and say what you would use beyond LinkedIn for it. Resubmit when ready.
                """, Complete: false, reviewerName, On(9, 16))),
        new("my-reasons", Sofia.UserId, Sofia.Name, """
            ## Three reasons

            1. **Employer brand.** Sailors choose employers on what other sailors write. I need to read it.
            2. **A network beyond shipping.** Most HR innovation I admire happens in software companies.
            3. **Modelling learning in the open** for a leadership team that still sees writing online as risky.

            ## Services

            LinkedIn, a few maritime forums, and a private blog for my own notes that I may one day make public. The concern is the
            line between my private and professional self, which in a small industry is thin.
            """, On(6, 15), Submitted: true,
            Review: new([3, 4, 3, 3], "A strong link to your leadership context. Say more next time about how you will keep the private and professional apart.", Complete: true, reviewerName, On(9, 11)),
            SharedWithCohort: true,
            Comments: [new(Hanna.UserId, Hanna.Name, "The thin line in a small industry is very true in the public sector too.", On(10, 8))]),
        new("my-reasons", Daniel.UserId, Daniel.Name, """
            Reasons: buyers research us before we meet them; my team copies what I do; and the Baltic market is small enough that
            reputation travels fast. Services: LinkedIn and a weekly newsletter from two industry analysts. Concern: it is easy to
            turn every post into a sales pitch.
            """, On(9, 21), Submitted: true),
        new("my-reasons", Laura.UserId, Laura.Name, """
            1. Customers read us in public before they buy. 2. Hiring: engineers check what the founder writes. 3. I learn more from
            other founders' mistakes than from any course (present company excepted). Services: LinkedIn, our own forum, an RSS
            reader. Concern: I post too much and listen too little.
            """, On(4, 21), Submitted: true,
            Review: new([4, 4, 4, 3], "Concise and concrete. Your last sentence would make a good focus for the rest of the course.", Complete: true, reviewerName, On(8, 12))),
        new("my-reasons", James.UserId, James.Name, """
            Draft: (1) our clients' procurement teams research us online, (2) the port community shares disruptions on LinkedIn and
            WhatsApp before any official channel ...
            """, On(6, 23), Submitted: false,
            ExtensionRequest: new(DateOnly.FromDateTime(firstDay.AddDays(17).UtcDateTime), "A strike at the port has taken all my evenings this week. I would like to finish this properly rather than rush it.", On(10, 19))),
        new("my-reasons", Hanna.UserId, Hanna.Name, """
            My reasons are listening, speed and trust. Listening, because residents report problems where they already are.
            Speed, because in a crisis an official update that comes two hours late is not an update. Trust, because people
            believe a person more than a logo. Services: an RSS reader, Facebook groups, X lists. Concern: being on call
            everywhere at once.
            """, On(7, 17), Submitted: true),
        new("walking-the-talk", Aino.UserId, Aino.Name, "Where do I delegate what I should do myself? Customer listening, clearly. Next step: ...", On(7, 21), Submitted: false),
        new("walking-the-talk", Laura.UserId, Laura.Name, """
            I ask my team to share customer stories on LinkedIn and I only share product news. Next month I will write one post
            a week about something a customer taught us, and ask my team which ones they found useful.
            """, On(6, 9), Submitted: true,
            Review: new([4, 3, 4], "A concrete commitment with a way to check it. Good.", Complete: true, reviewerName, On(8, 13))),
        new("walking-the-talk", Hanna.UserId, Hanna.Name, """
            I approve every post our agency publishes but have never written one myself. The regional strategy launch in the
            spring will be my first: I will write the post and answer the comments for the first day.
            """, On(11, 20), Submitted: true),
        new("my-radar", Hanna.UserId, Hanna.Name, """
            My dashboard: four questions (what residents report, what the media picks up, what other regions try, what the
            ministry signals) with one source list each, read on Monday and Thursday mornings for twenty minutes.
            """, On(12, 19), Submitted: true),
        new("my-radar", Aino.UserId, Aino.Name, "Questions first: 1. What do customers say about outages before we know? 2. ...", On(13, 21), Submitted: false),
        new("my-radar", Laura.UserId, Laura.Name, """
            Company: our forum and support tickets. Brand: saved searches for Pilvi. Competitors: their changelogs through RSS.
            Field: five founders I follow on LinkedIn. Fridays, thirty minutes, laptop only.
            """, On(13, 8), Submitted: true),
    ];

    /// <summary>
    /// Peer review of the first reflection, anonymous: Aino's reflection has both its reviews; Aino gave one of her two (to
    /// Sofia), so she can ask for another; Daniel is still writing his review of Hanna's.
    /// </summary>
    public DemoPeerReviewing PeerReviewing() => new("my-reasons", DateOnly.FromDateTime(firstDay.AddDays(16).UtcDateTime), On(8, 9),
    [
        new(Aino.UserId, Sofia.UserId, Sofia.Name,
        [
            "Three reasons, each tied to something you answer for. The outage example makes the first one impossible to argue with.",
            "You connect every reason to customer experience. I would add one line on what your team should see you doing.",
            "A small, realistic set of services. The shared note with your team is the part I want to copy.",
            "Keeping the apps off the home screen is a concrete answer to a concern most of us only mention.",
        ], [4, 3, 3, 4], On(9, 8), On(9, 9)),
        new(Aino.UserId, Laura.UserId, Laura.Name,
        [
            "Clear and in your own words.",
            "The point about learning from airlines and banks shows you already look outside your industry.",
            "Consider an RSS reader for the outage searches: it is quieter than X.",
            "Honest about the evenings. What will you do when there is a real outage at 22:00?",
        ], [4, 4, 3, 3], On(10, 12), On(10, 12, 40)),
        new(Sofia.UserId, Aino.UserId, Aino.Name,
        [
            "Employer brand through what sailors write: a reason I had not thought of, and clearly yours.",
            "Modelling learning in the open for a cautious leadership team is exactly the leader's job the module describes.",
            "A private blog for your notes is a good first step before writing in public.",
            "The thin line between private and professional: say what you will do about it, not only that it is there.",
        ], [4, 4, 3, 3], On(10, 19), On(10, 20)),
        new(Daniel.UserId, Hanna.UserId, Hanna.Name,
        [
            "Buyers researching you before you meet: short and convincing.",
            "The small Baltic market is a good point about reputation; connect it to how your team sells.",
            "Two analysts' newsletters are a narrow radar. Which customers' voices will you hear?",
            "You name the sales-pitch risk yourself, which is half of avoiding it.",
        ], [3, 3, 2, 4], On(11, 8), On(11, 8, 30)),
        new(Laura.UserId, Mikko.UserId, Mikko.Name,
        [
            "Very clear. I liked the joke about the course.",
            "Hiring engineers who read what the founder writes: a real reason for a founder.",
            "Your own forum is a radar most of us do not have.",
            "Posting too much and listening too little: brave to write it down.",
        ], [4, 4, 4, 4], On(12, 10), On(12, 10, 20)),
        new(Hanna.UserId, Daniel.UserId, Daniel.Name, [], [], Today(0.6), SentAt: null),
    ]);

    /// <summary>A moment of the cohort's <paramref name="day"/> as Helsinki's clocks read it (the cohort meets in Helsinki time).</summary>
    private DateTimeOffset InHelsinki(int day, int hour, int minute = 0) =>
        Academy.Shared.Time.ZonedTime.Instant(DateOnly.FromDateTime(firstDay.UtcDateTime).AddDays(day), new TimeOnly(hour, minute), "Europe/Helsinki")!.Value;

    /// <summary>
    /// The cohort's live sessions: the kick-off and week 1's session (both past, with recordings, notes and attendance;
    /// Daniel missed both, so he is in Elina's queue), the week 3 session in two days with answers coming in, and
    /// office hours in week 5.
    /// </summary>
    public IReadOnlyList<DemoSession> Sessions()
    {
        var learners = new[] { Aino, Mikko, Sofia, Daniel, Laura, James, Hanna, Priya };
        IReadOnlyList<string> AllBut(params DemoVoice[] absent) => learners.Except(absent).Select(learner => learner.UserId).ToList();
        return
        [
            new("Kick-off: why we are here", """
                1. Welcome and introductions in pairs (20 min)
                2. How the programme works: modules, discussions, reflections
                3. **Your question for the course**: write it down, we return to it in week 7
                """, InHelsinki(0, 17), InHelsinki(0, 18, 30), "https://meet.academy.example/mba-2026-kick-off", "Auditorium 1, Main building",
                "why-leaders-engage", [], "https://video.academy.example/mba-2026/kick-off",
                """
                Thank you all for a lively start. The questions you wrote down are on the whiteboard photo in the Lounge.
                Before next week: read module 2 and post one thing you noticed in your own feeds.
                """, AllBut(Daniel)),
            new("Week 1: what your radar picks up", """
                - Share one signal you caught this week (2 min each)
                - Guest: a communications director on listening with a purpose
                - Q&A
                """, InHelsinki(7, 17), InHelsinki(7, 18, 30), "https://meet.academy.example/mba-2026-week-1", null, "your-radar",
                [(Aino.UserId, RsvpAnswer.Going), (Mikko.UserId, RsvpAnswer.Going), (Daniel.UserId, RsvpAnswer.Maybe)],
                "https://video.academy.example/mba-2026/week-1",
                "The guest's slides and the **listening checklist** are in module 2's further reading.", AllBut(Daniel, James)),
            new("Week 3: networks over teams", """
                We map our own networks on paper before the session: who do you go to, and who comes to you?

                - Small groups: one bridge each of us could build this month
                - Plenary: what the groups found
                """, InHelsinki(16, 17), InHelsinki(16, 18, 30), "https://meet.academy.example/mba-2026-week-3", null, "networks-over-teams",
                [(Aino.UserId, RsvpAnswer.Going), (Mikko.UserId, RsvpAnswer.Going), (Sofia.UserId, RsvpAnswer.Maybe), (Laura.UserId, RsvpAnswer.Going),
                 (James.UserId, RsvpAnswer.NotGoing)]),
            new("Office hours with Elina", "Bring a question about your reflections or your own social media plan. Drop in any time.",
                InHelsinki(28, 12), InHelsinki(28, 13), "https://meet.academy.example/mba-2026-office-hours", "Room 204, Main building", null, []),
        ];
    }

    /// <summary>Networking in progress, as the course's story goes: through people both know.</summary>
    public IReadOnlyList<DemoConnectionRequest> ConnectionRequests() =>
    [
        new(Sofia.UserId, Hanna.UserId, """
            Hanna, your frozen water main story in "Signal or noise?" is exactly the listening I want our HR team to do. We both
            know Mikko; I would like to hear how you set up the neighbourhood alerts.
            """, On(12, 9)),
    ];

    public IReadOnlyList<DemoIntroduction> Introductions() =>
    [
        new(James.UserId, Laura.UserId, Daniel.UserId, """
            Laura, could you introduce me to Daniel? His point about buyers researching suppliers online is the problem we have
            with procurement teams in the port. I'd value twenty minutes with him.
            """, On(11, 12)),
        new(Priya.UserId, James.UserId, Laura.UserId, """
            James, you know Laura well. I would like to ask her how Pilvi's community forum works: our players want something
            similar and I do not know where to start.
            """, On(10, 14),
            "Laura, Priya runs product at Fennica Games and is thinking about a player forum. I think you would enjoy comparing notes.", On(11, 8)),
    ];

    /// <summary>
    /// Aino's (learner1's) messages, as the course's story goes on after the introduction: a talk with Mikko, who knows
    /// Sofia; Elina's study circle; and a message request from Laura, whom Aino does not know yet but both know Elina.
    /// Aino's last word to Mikko was a moment ago, so she can still change it.
    /// </summary>
    public IReadOnlyList<DemoPrivateConversation> PrivateConversations() =>
    [
        new(null, [Aino.UserId, Mikko.UserId],
        [
            new(Aino.UserId, "Mikko, you mentioned Sofia runs the HR side of a radar group at her company. Would you introduce us?", On(12, 19, 5)),
            new(Mikko.UserId, """
                Happily. She is careful with strangers, so I'll tell her first why you're worth twenty minutes: your **listening
                problem** from the Lounge is exactly hers.
                """, On(13, 8, 40)),
            new(Aino.UserId, "Thank you! I'll read her posts in module 2 first, so I don't ask what she has already answered.", now.AddMinutes(-3)),
            new(Mikko.UserId, "Good plan. She just accepted my note: expect a connection request.", now.AddMinutes(-1)),
        ], UnreadBy: [Aino.UserId]),
        new("Week 3 study circle", [Elina.UserId, Aino.UserId, Hanna.UserId, James.UserId],
        [
            new(Elina.UserId, """
                A small circle for module 3, since all three of you wrote about **bridges** in your reflections. Before Thursday, each
                of you: name one person outside your team you could connect with this month, and why.
                """, Today(0.25)),
            new(Hanna.UserId, "Mine is the city's IT lead: we talk only when something breaks.", Today(0.4)),
        ], UnreadBy: [Aino.UserId, James.UserId]),
        new(null, [Laura.UserId, Aino.UserId],
        [
            new(Laura.UserId, """
                Hi Aino, we haven't met yet, but we both know Elina. Your post about *listening before posting* is what I keep
                telling our product team. Could we compare notes over coffee in week 4?
                """, On(13, 16, 45)),
        ], IsRequest: true),
        // A pitch Priya did not want: she reported it, and it waits for the admin with the two messages on either side.
        new(null, [Priya.UserId, Daniel.UserId],
        [
            new(Priya.UserId, "Daniel, thank you for the point about buyers researching suppliers online. Do you have the article you mentioned?", On(9, 10, 15)),
            new(Daniel.UserId, "Here it is: the one about buyers finishing most of their research before they call anyone.", On(9, 11, 2)),
            new(Priya.UserId, "Thanks, I'll read it tonight.", On(9, 11, 20)),
            new(Daniel.UserId, """
                By the way, my firm runs exactly this workshop for game studios. **Book this week** and I'll drop the price for the
                cohort: just reply with your budget.
                """, On(10, 8, 5)),
            new(Daniel.UserId, "I sent the same offer to everyone in the cohort, so decide fast.", On(10, 8, 6)),
            new(Priya.UserId, "I'd rather keep our conversations here about the course.", On(10, 9, 30)),
            new(Daniel.UserId, "Suit yourself.", On(10, 9, 45)),
        ], Report: new(4, Priya.UserId, "A sales pitch, sent to the whole cohort by his own account. Not what these messages are for.", On(10, 9, 35))),
    ];

    /// <summary>What waits for Aino (learner1) at /notifications; the thread numbers come from the seeded discussions.</summary>
    public IReadOnlyList<DemoNotification> NotificationsForAino(string cohortSlug, IReadOnlyList<int> threadNumbers)
    {
        string Post(int conversation, int sequence) =>
            $"/cohorts/{cohortSlug}/discussions/{threadNumbers[conversation]}?at={sequence}#post-{sequence}";
        return
        [
            new(Aino.UserId, Hanna.Name, DemoDiscussionNotices.MentionedYou(Hanna.Name, "Introductions: who we are and what we hope to change"), Post(1, 6), On(1, 11, 20),
                NotificationKind.Discussion, cohortSlug),
            new(Aino.UserId, Mikko.Name, DemoDiscussionNotices.RepliedToYourPost(Mikko.Name, "Distraction or dashboard?"), Post(2, 4), On(3, 9, 2), NotificationKind.Discussion, cohortSlug),
            // Her review in Reflections(): 4 + 3 + 3 + 4 of the rubric's 4 × 4 points.
            new(Aino.UserId, Elina.Name, DemoReflectionNotices.Reviewed(Elina.Name, "My list of reasons", 14, 16), $"/cohorts/{cohortSlug}/reflections/my-reasons", On(8, 10),
                NotificationKind.ReflectionFeedback, cohortSlug),
            new(Aino.UserId, Sofia.Name, DemoReflectionNotices.CommentedOn(Sofia.Name, "My list of reasons"), $"/cohorts/{cohortSlug}/reflections/my-reasons/gallery", On(8, 18),
                NotificationKind.ReflectionFeedback, cohortSlug),
            new(Aino.UserId, Hanna.Name, DemoDiscussionNotices.MentionedYou(Hanna.Name, "Signal or noise?"), Post(5, 2), On(8, 9, 30), NotificationKind.Discussion, cohortSlug),
        ];
    }
}
