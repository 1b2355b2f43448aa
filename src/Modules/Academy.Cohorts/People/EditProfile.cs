using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.People;

/// <summary>Saves the member's profile; every field with its visibility.</summary>
public sealed record EditProfile(
    string Headline, string Organisation, string Industry, string Location, string Bio,
    string Expertise, string Interests, string? LinkedInUrl, string? XUrl, string? BlogUrl, string? WebsiteUrl, bool ShowsActivity,
    FieldVisibility HeadlineVisibility, FieldVisibility OrganisationVisibility, FieldVisibility IndustryVisibility,
    FieldVisibility LocationVisibility, FieldVisibility BioVisibility, FieldVisibility TagsVisibility, FieldVisibility LinksVisibility) : IRequest;

internal sealed class EditProfileValidator : AbstractValidator<EditProfile>
{
    public EditProfileValidator(IStringLocalizer<CohortsText> t)
    {
        RuleFor(request => request.Headline).MaximumLength(200).WithMessage(_ => t["Keep the headline to 200 characters."]);
        RuleFor(request => request.Organisation).MaximumLength(200).WithMessage(_ => t["Keep the organisation to 200 characters."]);
        RuleFor(request => request.Industry).MaximumLength(100).WithMessage(_ => t["Keep the industry to 100 characters."]);
        RuleFor(request => request.Location).MaximumLength(100).WithMessage(_ => t["Keep the location to 100 characters."]);
        RuleFor(request => request.Bio).MaximumLength(ProfileRules.MaximumBioLength)
            .WithMessage(request => t["A bio can have at most {0:N0} characters; this one has {1:N0}.", ProfileRules.MaximumBioLength, request.Bio.Length]);
        foreach (var (name, tags) in new (string, Func<EditProfile, string>)[] { (nameof(EditProfile.Expertise), r => r.Expertise), (nameof(EditProfile.Interests), r => r.Interests) })
        {
            RuleFor(request => ProfileRules.Tags(tags(request)))
                .Must(list => list.Count <= ProfileRules.MaximumTags).WithMessage(_ => t["At most {0} tags, separated by commas.", ProfileRules.MaximumTags]).OverridePropertyName(name)
                .Must(list => list.All(tag => tag.Length <= ProfileRules.MaximumTagLength)).WithMessage(_ => t["Keep each tag to {0} characters.", ProfileRules.MaximumTagLength]);
        }

        foreach (var (name, url) in new (string, Func<EditProfile, string?>)[]
                 {
                     (nameof(EditProfile.LinkedInUrl), r => r.LinkedInUrl), (nameof(EditProfile.XUrl), r => r.XUrl),
                     (nameof(EditProfile.BlogUrl), r => r.BlogUrl), (nameof(EditProfile.WebsiteUrl), r => r.WebsiteUrl),
                 })
        {
            RuleFor(request => url(request))
                .Must(Academy.Shared.Text.WebAddress.IsEmptyOrHttps).WithMessage(_ => t["Enter a full address starting with https://, for example https://www.linkedin.com/in/your-name."])
                .OverridePropertyName(name);
        }
    }
}

internal sealed class EditProfileHandler(ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<EditProfile, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditProfile request, CancellationToken cancellationToken)
    {
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        static string? Url(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        var bio = (request.Bio ?? string.Empty).Trim();
        profile.Edit(new ProfileChanges(
                (request.Headline ?? string.Empty).Trim(), (request.Organisation ?? string.Empty).Trim(), (request.Industry ?? string.Empty).Trim(),
                (request.Location ?? string.Empty).Trim(), bio, ProfileRules.Tags(request.Expertise), ProfileRules.Tags(request.Interests),
                Url(request.LinkedInUrl), Url(request.XUrl), Url(request.BlogUrl), Url(request.WebsiteUrl), request.ShowsActivity,
                request.HeadlineVisibility, request.OrganisationVisibility, request.IndustryVisibility, request.LocationVisibility,
                request.BioVisibility, request.TagsVisibility, request.LinksVisibility),
            bio.Length == 0 ? string.Empty : markdown.RenderUserContent(bio).Html);
        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return MediatR.Unit.Value;
    }
}
