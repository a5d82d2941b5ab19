using System.Globalization;
using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Kontor.Ui.Access;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kontor.Tests.Ui.Access;

public sealed class RefusalsTests
{
    private static readonly IStringLocalizer Text =
        new StringLocalizer<AccessText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static string InCulture(string culture, Func<string> describe)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return describe();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Theory]
    [InlineData("de-DE", "Ihre Rolle erlaubt nicht, den Auftrag in diese Stufe oder aus ihr heraus zu verschieben.")]
    [InlineData("en-US", "Your role does not allow moving the deal into or out of this stage.")]
    public void A_stage_closed_to_the_role_reads_as_a_sentence_in_the_users_language(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, () => Refusals.Describe(Text, DealAccess.StageForbidden)));

    [Fact]
    public void Every_access_refusal_of_the_cores_is_translated()
    {
        foreach (var error in new[] { DealAccess.Forbidden, DealAccess.StageForbidden, DealAccess.ResponsibleForbidden, Kontor.Features.Customers.CustomerAccess.Forbidden, Kontor.Features.Products.ProductErrors.Forbidden, Kontor.Features.Pipelines.PipelineErrors.ManageRequired, Kontor.Features.CustomFields.CustomFieldErrors.AdminRequired, UserErrors.AdminRequired, Kontor.Features.Departments.DepartmentErrors.AdminRequired, Kontor.Features.Access.RoleErrors.ManageRequired })
        {
            Assert.True(Refusals.IsAccessRefusal(error), error.Code);
            Assert.NotEqual(error.Detail, InCulture("de-DE", () => Refusals.Describe(Text, error)));
        }
    }

    [Fact]
    public void Field_messages_are_translated_where_known_and_kept_otherwise()
    {
        var error = Error.Validation(new Dictionary<string, string[]> { ["password"] = ["Passwords must have at least one digit ('0'-'9').", "Something else."] });

        Assert.Equal("Passwörter brauchen mindestens eine Ziffer (0–9). Something else.", InCulture("de-DE", () => Refusals.Describe(Text, error)));
    }

    [Fact]
    public void An_unknown_code_shows_the_cores_own_sentence()
    {
        var error = new Error("deals.something_new", "Something new went wrong.");

        Assert.Equal("Something new went wrong.", InCulture("de-DE", () => Refusals.Describe(Text, error)));
    }
}
