using Kontor.Features.Auth;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Features.Timeline;
using Kontor.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKontor();

var app = builder.Build();
app.UseKontor();

app.MapAuth();
app.MapDeals();
app.MapPipelines();
app.MapTimeline();

await app.MigrateAndSeedAsync();
await app.RunAsync();
