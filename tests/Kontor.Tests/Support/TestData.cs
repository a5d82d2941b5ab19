using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Customers;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Support;

/// <summary>Small factories that put records straight into a test app's database.</summary>
public static class TestData
{
    public static Task<long> CompanyAsync(this KontorAppFactory app, string name = "Braun Elektro KG") =>
        app.WithDbAsync(async db =>
        {
            var company = new Company { Name = name, CreatedAt = app.Clock.GetUtcNow().UtcDateTime, UpdatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Add(company);
            await db.SaveChangesAsync();
            return company.Id;
        });

    public static Task<long> ContactAsync(this KontorAppFactory app, string first = "Ada", string last = "Lovelace") =>
        app.WithDbAsync(async db =>
        {
            var contact = new Contact { FirstName = first, LastName = last, CreatedAt = app.Clock.GetUtcNow().UtcDateTime, UpdatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    public static Task<long> ProductAsync(this KontorAppFactory app, string name, decimal price, decimal? taxRate = 19m, bool taxIncluded = false, string currency = "EUR") =>
        app.WithDbAsync(async db =>
        {
            var product = new Product { Name = name, Price = price, TaxRate = taxRate, TaxIncluded = taxIncluded, CurrencyCode = currency, Unit = "pcs" };
            db.Add(product);
            await db.SaveChangesAsync();
            return product.Id;
        });

    /// <summary>A user holding the given default roles (by name); "Manager" when none are named, so that they see everything.</summary>
    public static async Task<long> UserAsync(
        this KontorAppFactory app, string email, string name = "Bernd Vertrieb", string password = "user-password-1", string locale = "de-DE",
        long? departmentId = null, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = email,
            Email = email,
            Name = name,
            Locale = locale,
            DepartmentId = departmentId,
            CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        var names = roles.Length == 0 ? [DefaultRoles.Manager] : roles;
        var ids = await db.Set<Role>().Where(r => names.Contains(r.Name)).Select(r => r.Id).ToListAsync();
        Assert.Equal(names.Length, ids.Count);
        db.AddRange(ids.Select(id => new UserRole { UserId = user.Id, RoleId = id }));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A second pipeline with its own stages (codes prefixed as Bitrix24 does).</summary>
    public static Task<Pipeline> PipelineAsync(this KontorAppFactory app, string name = "Service") =>
        app.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = name, Sort = 20 };
            db.Add(pipeline);
            await db.SaveChangesAsync();
            pipeline.Stages.AddRange(DefaultPipeline.StagesForNewPipeline().Select(s => { s.Code = $"C{pipeline.Id}:{s.Code}"; return s; }));
            await db.SaveChangesAsync();
            return pipeline;
        });

    public static Task<Pipeline> DefaultPipelineAsync(this KontorAppFactory app) =>
        app.WithDbAsync(db => db.Set<Pipeline>().Include(p => p.Stages).SingleAsync(p => p.IsDefault));

    public static long StageId(this Pipeline pipeline, string code) =>
        pipeline.Stages.Single(s => s.Code == code || s.Code.EndsWith(":" + code, StringComparison.Ordinal)).Id;
}
