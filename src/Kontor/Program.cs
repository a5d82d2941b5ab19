using Kontor.Features.Auth;
using Kontor.Features.Deals;
using Kontor.Features.Departments;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Kontor.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKontor();

var app = builder.Build();
app.UseKontor();

app.MapAuth();
app.MapDeals();
app.MapTimeline();
app.MapUsers();
app.MapDepartments();

await app.MigrateAndSeedAsync();
await app.RunAsync();
