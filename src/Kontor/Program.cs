using Kontor.Features.Activities;
using Kontor.Features.Auth;
using Kontor.Features.Calendar;
using Kontor.Features.Comments;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Deliveries;
using Kontor.Features.Departments;
using Kontor.Features.Notifications;
using Kontor.Features.Payments;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Kontor.Hosting;
using Kontor.Realtime;
using Kontor.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.AddKontor();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddActivities();
builder.Services.AddKontorRealtime();
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
app.MapTimeline();
app.MapComments();
app.MapActivities();
app.MapPayments();
app.MapDeliveries();
app.MapNotifications();
app.MapCalendar();
app.MapRealtime();
app.MapKontorUi();

await app.MigrateAndSeedAsync();
await app.RunAsync();
