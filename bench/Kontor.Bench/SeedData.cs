using System.Globalization;
using Kontor.Common;

namespace Kontor.Bench;

/// <summary>
/// Deterministic seed data shaped like the raw-SQL reference data: 10 % open deals skewed towards the early stages,
/// closed deals 45 % won and 55 % lost, five currencies, log-normal amounts with a median of about 5,000, skewed
/// responsibles and German and English titles. The same seed and day give the same rows.
/// </summary>
public sealed class SeedData(int seed, DateTime today)
{
    public const double OpenShare = 0.10;
    private static readonly double WonShareOfClosed = 0.45;
    private static readonly double AmountMedian = 5_000;
    private static readonly double AmountSigma = 1.0;

    // Share of open deals per in-progress stage, in board order; a pipeline with fewer stages uses the first ones.
    private static readonly double[] OpenStageWeights = [34, 24, 16, 12, 9, 5];
    private static readonly (string Code, double Weight)[] Currencies = [("EUR", 80), ("USD", 8), ("GBP", 5), ("CHF", 4), ("PLN", 3)];
    private static readonly (string Code, double Weight)[] Sources =
        [("CALL", 25), ("EMAIL", 20), ("WEB", 20), ("RECOMMENDATION", 10), ("PARTNER", 10), ("TRADE_SHOW", 8), ("ADVERTISING", 4), ("OTHER", 3)];

    private static readonly string[] FirstNames =
    [
        "Anna", "Lukas", "Marie", "Felix", "Sophie", "Jonas", "Laura", "Leon", "Lena", "Paul", "Julia", "Maximilian", "Hannah", "Tim",
        "Lea", "Jan", "Sarah", "Niklas", "Katharina", "Tobias", "Claudia", "Stefan", "Sabine", "Thomas", "Andrea", "Michael", "Petra",
        "Markus", "Nicole", "Christian", "Emily", "James", "Olivia", "Oliver", "Charlotte", "George", "Amelia", "Harry", "Grace", "Jack",
    ];

    private static readonly string[] LastNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch",
        "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
        "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
        "Johnson", "Davies", "Walker", "Wright",
    ];

    private static readonly (string Branch, string Industry)[] Branches =
    [
        ("Elektro", "Elektrotechnik"), ("Logistik", "Logistik"), ("Maschinenbau", "Maschinenbau"), ("Food", "Lebensmittel"),
        ("Bau", "Bauwesen"), ("Consulting", "Beratung"), ("Medizintechnik", "Gesundheit"), ("Software", "IT"), ("Druck", "Medien"),
        ("Metall", "Metallverarbeitung"), ("Holz", "Holzverarbeitung"), ("Textil", "Textil"), ("Automotive", "Automobil"),
        ("Energie", "Energie"), ("Pharma", "Pharma"), ("Systems", "IT"), ("Solutions", "Dienstleistungen"), ("Handel", "Großhandel"),
        ("Immobilien", "Immobilien"), ("Verpackung", "Verpackung"),
    ];

    private static readonly string[] GermanForms = ["GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "KG", "AG", "e.K.", "UG (haftungsbeschränkt)", "OHG"];
    private static readonly string[] EnglishForms = ["Ltd", "Ltd", "LLC", "Inc.", "plc"];

    private static readonly (string City, string PostalCode, string Country)[] Cities =
    [
        ("Berlin", "10115", "Deutschland"), ("Hamburg", "20095", "Deutschland"), ("München", "80331", "Deutschland"),
        ("Köln", "50667", "Deutschland"), ("Frankfurt am Main", "60311", "Deutschland"), ("Stuttgart", "70173", "Deutschland"),
        ("Düsseldorf", "40213", "Deutschland"), ("Leipzig", "04109", "Deutschland"), ("Dortmund", "44135", "Deutschland"),
        ("Bremen", "28195", "Deutschland"), ("Dresden", "01067", "Deutschland"), ("Hannover", "30159", "Deutschland"),
        ("Nürnberg", "90402", "Deutschland"), ("Wien", "1010", "Österreich"), ("Zürich", "8001", "Schweiz"),
        ("London", "EC1A 1BB", "United Kingdom"), ("Manchester", "M1 1AE", "United Kingdom"), ("Warszawa", "00-001", "Polska"),
    ];

    private static readonly string[] Streets =
        ["Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Am Markt", "High Street", "Station Road"];

    private static readonly string[] Products =
    [
        "ERP-Integration", "CRM-Einführung", "Cloud-Migration", "Support Premium", "Schulung Vertrieb", "Lagerverwaltung", "Hosting",
        "Data Warehouse", "Onboarding Package", "Security Audit", "Webshop-Relaunch", "Managed Services", "Lizenz Standard",
        "Consulting Days", "Wartung Produktionslinie", "Ersatzteilpaket", "Server-Upgrade", "Mobile App", "Reporting Suite", "Fuhrparkservice",
    ];

    private static readonly string[] Comments =
    [
        "Rückruf vereinbart.", "Angebot per E-Mail versendet.", "Budget für das nächste Quartal freigegeben.",
        "Entscheidung liegt bei der Geschäftsführung.", "Follow-up after the trade show.", "Wettbewerber ist noch im Rennen.",
        "Customer asked for a discount on the second year.", "Termin vor Ort in KW 12.",
    ];

    private readonly Random _random = new(seed);

    public static IReadOnlyList<DepartmentRow> Departments(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new DepartmentRow(DepartmentName(i), (i + 1) * 10)),
    ];

    /// <summary>The users, spread evenly over the departments in order (200 over 20: ten each).</summary>
    public IReadOnlyList<UserRow> Users(int count, IReadOnlyList<long> departmentIds)
    {
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var users = new List<UserRow>(count);
        for (var i = 0; i < count; i++)
        {
            var (first, last) = (Pick(FirstNames), Pick(LastNames));
            var local = Ascii($"{first}.{last}").ToLowerInvariant();
            var email = $"{local}@kontor.example";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = $"{local}{n}@kontor.example";
            }

            users.Add(new UserRow(
                $"{first} {last}", departmentIds[i * departmentIds.Count / count], email,
                _random.NextDouble() < 0.85 ? "de-DE" : "en-US", today.AddDays(-_random.Next(700, 1100)), Stamp(), Stamp()));
        }

        return users;
    }

    public IReadOnlyList<CompanyRow> Companies(int count, IReadOnlyList<long> userIds)
    {
        var companies = new List<CompanyRow>(count);
        for (var i = 0; i < count; i++)
        {
            var last = Pick(LastNames);
            var (branch, industry) = Pick(Branches);
            var english = _random.NextDouble() < 0.2;
            var name = $"{last} {branch} {Pick(english ? EnglishForms : GermanForms)}";
            var (city, postalCode, country) = Pick(Cities);
            var created = today.AddSeconds(-_random.Next(1, 1100 * 86_400));
            companies.Add(new CompanyRow(
                name, industry, $"https://www.{Ascii(last + branch).ToLowerInvariant()}.{(english ? "com" : "de")}",
                userIds[_random.Next(userIds.Count)], created, Between(created, today),
                $"{Pick(Streets)} {_random.Next(1, 180)}", postalCode, city, country));
        }

        return companies;
    }

    /// <summary>The deals, ordered by creation as an application would have inserted them.</summary>
    public IReadOnlyList<DealRow> Deals(
        int count, long pipelineId, IReadOnlyList<StageInfo> stages, IReadOnlyList<long> userIds, IReadOnlyList<(long Id, string Name)> companies,
        double openShare = OpenShare)
    {
        var open = stages.Where(s => s.Semantic == "P").ToList();
        var won = stages.First(s => s.Semantic == "S");
        var lost = stages.FirstOrDefault(s => s.Code == "LOSE") ?? stages.First(s => s.Semantic == "F");
        var openWeights = OpenStageWeights.Take(open.Count).ToArray();
        var responsibleWeights = ResponsibleWeights(userIds.Count);

        var deals = new List<DealRow>(count);
        for (var i = 0; i < count; i++)
        {
            var isOpen = _random.NextDouble() < openShare;
            var openIndex = isOpen ? Weighted(openWeights) : -1;
            var stage = isOpen ? open[openIndex] : _random.NextDouble() < WonShareOfClosed ? won : lost;
            var probability = isOpen ? 10 + (80 * openIndex / Math.Max(1, open.Count - 1)) : stage == won ? 100 : 0;
            var company = _random.NextDouble() < 0.95 ? companies[_random.Next(companies.Count)] : ((long Id, string Name)?)null;
            var responsible = userIds[Weighted(responsibleWeights)];
            var currency = PickWeighted(Currencies);
            var amount = Amount();

            DateTime created, moved, updated;
            DateOnly closeDate;
            if (isOpen)
            {
                created = today.AddSeconds(-_random.Next(1, 200 * 86_400)).AddMilliseconds(_random.Next(1000));
                moved = Between(created, today);
                updated = Between(moved, today);
                closeDate = DateOnly.FromDateTime(created.AddDays(_random.Next(14, 120)));
            }
            else
            {
                created = today.AddSeconds(-_random.Next(86_400, 730 * 86_400)).AddMilliseconds(_random.Next(1000));
                var openFor = TimeSpan.FromDays(-45 * Math.Log(1 - _random.NextDouble()));
                moved = created + (openFor < today - created ? openFor : (today - created) * _random.NextDouble());
                updated = Between(moved, Min(today, moved.AddDays(14)));
                closeDate = DateOnly.FromDateTime(moved);
            }

            deals.Add(new DealRow(
                Title(company?.Name), pipelineId, stage.Id, stage.Semantic, !isOpen, amount, currency,
                Money.ToStored(Money.Round(Money.FromStored(amount) * 19 / 119, 2)), probability, company?.Id, responsible,
                DateOnly.FromDateTime(created), closeDate, PickWeighted(Sources), _random.NextDouble() < 0.1 ? Pick(Comments) : null,
                _random.NextDouble() < 0.2, created, updated, moved, isOpen ? null : moved, isOpen ? 1 + _random.Next(3) : 2 + _random.Next(4)));
        }

        deals.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return deals;
    }

    private string Title(string? company)
    {
        var customer = company ?? $"{Pick(FirstNames)} {Pick(LastNames)}";
        var year = today.Year - _random.Next(0, 3);
        var product = Pick(Products);
        var title = _random.Next(8) switch
        {
            0 or 1 => $"Auftrag {year}-{_random.Next(10_000, 99_999)} {customer}",
            2 => $"{_random.Next(1, 250)} × {product} – {customer}",
            3 => $"Angebot {product} für {customer}",
            4 => $"Rahmenvertrag {year} – {customer}",
            5 => $"Renewal {product} {year} – {customer}",
            6 => $"Pilot project: {product} at {customer}",
            _ => $"Lizenzerweiterung {_random.Next(5, 500)} Arbeitsplätze – {customer}",
        };
        return title.Length <= 255 ? title : title[..255];
    }

    /// <summary>A log-normal amount in whole cents, stored as ten-thousandths.</summary>
    private long Amount()
    {
        var value = Math.Exp(Math.Log(AmountMedian) + (AmountSigma * Gaussian()));
        var cents = Math.Max(1_000, (long)Math.Round(value * 100));
        return cents * (Money.Scale / 100);
    }

    /// <summary>The busiest responsible carries about five times the deals of the quietest, in shuffled order.</summary>
    private double[] ResponsibleWeights(int count)
    {
        var weights = Enumerable.Range(0, count).Select(i => 1 + (4.0 * i / Math.Max(1, count - 1))).ToArray();
        _random.Shuffle(weights);
        return weights;
    }

    private static string DepartmentName(int i)
    {
        string[] names =
        [
            "Vertrieb Nord", "Vertrieb Süd", "Vertrieb West", "Vertrieb Ost", "Key Account", "Inside Sales", "Export", "Partnervertrieb",
            "Service", "Projektgeschäft", "Öffentliche Auftraggeber", "Handel", "Industrie", "Mittelstand", "Neukunden", "Bestandskunden",
            "DACH", "UK & Ireland", "Polen", "Schweiz",
        ];
        return i < names.Length ? names[i] : string.Create(CultureInfo.InvariantCulture, $"Team {i + 1}");
    }

    private DateTime Between(DateTime from, DateTime to) => from + ((to - from) * _random.NextDouble());

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private string PickWeighted((string Code, double Weight)[] items) => items[Weighted([.. items.Select(i => i.Weight)])].Code;

    private int Weighted(double[] weights)
    {
        var x = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private string Stamp()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("N").ToUpperInvariant();
    }

    private static string Ascii(string text) => text
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
        .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
        .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal)
        .Replace("Ü", "Ue", StringComparison.Ordinal);
}
