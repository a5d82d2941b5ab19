using Kontor.Features.Auth;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.CustomFields;
using Kontor.Features.Deals;
using Kontor.Features.Departments;
using Kontor.Features.Files;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;
using Kontor.Features.SavedFilters;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Kontor.Hosting;
using Kontor.Realtime;
using Kontor.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.AddKontor();
builder.Services.AddKontorRealtime(builder.Configuration);
builder.Services.AddKontorUi();

var app = builder.Build();
app.UseKontor();

app.MapAuth();
app.MapUsers();
app.MapDepartments();
app.MapCustomers();
app.MapProducts();
app.MapCurrencies();
app.MapPipelines();
app.MapDeals();
app.MapCustomFields();
app.MapFiles();
app.MapTimeline();
app.MapSavedFilters();
app.MapRealtime();
app.MapKontorUi();

await app.MigrateAndSeedAsync();
await app.RunAsync();
