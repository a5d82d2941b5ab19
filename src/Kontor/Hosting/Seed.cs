using System.Security.Cryptography;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Hosting;

/// <summary>What a new database starts with: the default pipeline (Bitrix24's stages), an administrator and the default roles.</summary>
public static class Seed
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration cfg, ILogger log)
    {
        var db = services.GetRequiredService<KontorDb>();
        if (!await db.Set<Pipeline>().AnyAsync())
        {
            db.Add(DefaultPipeline.Create());
            await db.SaveChangesAsync();
        }

        if (!await db.Users.AnyAsync())
        {
            await CreateAdministratorAsync(services, cfg, log);
        }

        await DefaultRoles.SeedAsync(db, CancellationToken.None);
    }

    private static async Task CreateAdministratorAsync(IServiceProvider services, IConfiguration cfg, ILogger log)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var email = cfg["Kontor:Admin:Email"] ?? "admin@kontor.local";
        var password = cfg["Kontor:Admin:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "-K1";
        }

        var admin = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Name = cfg["Kontor:Admin:Name"] ?? "Administrator",
            IsAdministrator = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(admin, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The administrator could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (generated)
        {
            // Shown once, on the first start only: the operator needs it to sign in.
            log.LogWarning("Created the administrator {Email} with the generated password {Password} — change it after signing in.", email, password);
        }
        else
        {
            log.LogInformation("Created the administrator {Email}", email);
        }
    }
}
