using System.Globalization;
using Bogus;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>
/// Titles, descriptions and partner names for synthetic pledges. Pledges are written in English, Spanish and French and
/// mention local names in Arabic and Chinese now and then, because search benchmarks on ASCII-only text flatter the engine.
/// </summary>
public static class SyntheticTexts
{
    private static readonly string[] ActionsEn = ["Expanding", "Strengthening", "Launching", "Scaling up", "Piloting", "Building", "Improving", "Co-designing", "Establishing", "Opening", "Funding", "Coordinating"];
    private static readonly string[] VerbsEn = ["expand", "strengthen", "launch", "scale up", "pilot", "build", "improve", "co-design", "establish", "open", "fund", "coordinate"];
    private static readonly string[] TopicsEn =
    [
        "access to primary health care", "language and orientation courses", "a one-stop migrant support centre", "inclusive public housing",
        "legal aid and documentation services", "vocational training and job placement", "school enrolment support", "climate-resilient settlements",
        "an anti-discrimination campaign", "community sponsorship", "emergency reception capacity", "a municipal identity card", "psychosocial support",
        "digital skills training", "small business grants", "safe and regular pathways", "participatory budgeting", "early childhood education",
        "access to clean water and sanitation", "recognition of foreign qualifications", "a migrant advisory council", "shelter for survivors of violence",
        "urban agriculture cooperatives", "data on displacement in the city", "mental health services", "a welcome desk at the bus terminal",
    ];
    private static readonly string[] GroupsEn =
    [
        "refugees", "migrants", "internally displaced families", "asylum seekers", "migrant women", "unaccompanied children", "returnees",
        "host communities", "stateless residents", "young newcomers", "migrant workers", "older refugees",
    ];
    private static readonly string[] ActionsEs = ["Ampliar", "Fortalecer", "Impulsar", "Garantizar", "Mejorar", "Crear", "Consolidar"];
    private static readonly string[] TopicsEs =
    [
        "el acceso a la atención primaria de salud", "los cursos de idioma y orientación", "un centro de atención integral al migrante",
        "la vivienda pública inclusiva", "la asesoría jurídica y la documentación", "la formación profesional y la inserción laboral",
        "la matrícula escolar", "la acogida de emergencia", "la participación ciudadana", "el apoyo psicosocial", "los emprendimientos de población migrante",
    ];
    private static readonly string[] GroupsEs = ["personas refugiadas", "personas migrantes", "familias desplazadas", "solicitantes de asilo", "mujeres migrantes", "niñas, niños y adolescentes no acompañados", "comunidades de acogida"];
    private static readonly string[] ActionsFr = ["Élargir", "Renforcer", "Lancer", "Garantir", "Améliorer", "Créer", "Coordonner"];
    private static readonly string[] TopicsFr =
    [
        "l'accès aux soins de santé primaires", "les cours de langue et d'orientation", "un guichet unique d'accueil des personnes migrantes",
        "le logement social inclusif", "l'aide juridique et l'accès aux papiers", "la formation professionnelle et l'insertion",
        "la scolarisation des enfants", "les capacités d'accueil d'urgence", "la lutte contre les discriminations", "le soutien psychosocial",
    ];
    private static readonly string[] GroupsFr = ["personnes réfugiées", "personnes migrantes", "familles déplacées", "demandeurs d'asile", "femmes migrantes", "mineurs non accompagnés", "communautés d'accueil"];

    // Real words, so that a search for them finds something: "city", "refugees", "migrants", "inclusion", "education", "health", "host community", "municipality", "protection", "housing".
    private static readonly string[] Arabic = ["مدينة", "لاجئين", "مهاجرين", "الإدماج", "التعليم", "الصحة", "المجتمع المضيف", "بلدية", "الحماية", "السكن"];

    // "city", "migrants", "refugees", "community", "integration", "education", "medical services", "housing", "employment", "language courses".
    private static readonly string[] Chinese = ["城市", "移民", "难民", "社区", "融合", "教育", "医疗服务", "住房", "就业", "语言课程"];
    private static readonly string[] ServiceLanguages =
    [
        "Arabic, Dari and French", "Spanish and Quechua", "English, Somali and Swahili", "Ukrainian and Polish", "Portuguese and Haitian Creole",
        "Tigrinya, Amharic and Arabic", "Pashto and Urdu", "French and Lingala", "Turkish, Arabic and Kurdish", "Spanish, Wayuunaiki and English",
    ];
    private static readonly string[] UnAgencies = ["UNHCR", "IOM", "UNDP", "UN-Habitat", "UNICEF", "ILO", "WHO", "UNESCO", "UN Women", "WFP"];
    private static readonly string[] Ministries = ["Interior", "Labour", "Social Affairs", "Health", "Education", "Foreign Affairs", "Housing"];

    public static string Title(Faker faker, string language, string place) => language switch
    {
        "es" => $"{faker.PickRandom(ActionsEs)} {faker.PickRandom(TopicsEs)} para {faker.PickRandom(GroupsEs)} en {place}",
        "fr" => $"{faker.PickRandom(ActionsFr)} {faker.PickRandom(TopicsFr)} pour les {faker.PickRandom(GroupsFr)} à {place}",
        _ => faker.Random.Int(0, 4) switch
        {
            0 => $"{place}: {faker.PickRandom(TopicsEn)} for {faker.PickRandom(GroupsEn)}",
            1 => $"{Capitalize(faker.PickRandom(TopicsEn))} ({place})",
            _ => $"{faker.PickRandom(ActionsEn)} {faker.PickRandom(TopicsEn)} for {faker.PickRandom(GroupsEn)} in {place}",
        },
    };

    /// <summary>Two to four sentences in the pledge's language; a local name in another script now and then.</summary>
    public static string Description(Faker faker, string language, string organization, string place, int year, string? partner)
    {
        var count = faker.Random.Int(2, 4);
        var sentences = new List<string>(count + 1);
        var partnerText = partner ?? faker.Company.CompanyName();
        switch (language)
        {
            case "es":
                sentences.Add($"{organization} se compromete a {faker.PickRandom(ActionsEs).ToLowerInvariant()} {faker.PickRandom(TopicsEs)} para {faker.PickRandom(GroupsEs)} a partir de {year}.");
                sentences.Add($"La iniciativa se desarrolla en el barrio {faker.Address.StreetName()} junto con {partnerText}.");
                sentences.Add($"En la fase piloto se atendieron {Number(faker.Random.Int(40, 9_000))} personas y se capacitó a {faker.Random.Int(5, 120)} funcionarios municipales.");
                sentences.Add($"Los resultados se presentarán en la Plaza Mayor de {place} y en el portal de datos abiertos de la ciudad.");
                break;
            case "fr":
                sentences.Add($"{organization} s'engage à {faker.PickRandom(ActionsFr).ToLowerInvariant()} {faker.PickRandom(TopicsFr)} pour les {faker.PickRandom(GroupsFr)} dès {year}.");
                sentences.Add($"L'action est menée dans le quartier {faker.Address.StreetName()} avec {partnerText}.");
                sentences.Add($"La phase pilote a accompagné {Number(faker.Random.Int(40, 9_000))} personnes et formé {faker.Random.Int(5, 120)} agents municipaux.");
                sentences.Add($"Un bilan sera présenté à l'Hôtel de Ville de {place} et publié sur le portail de données ouvertes.");
                break;
            default:
                sentences.Add($"{organization} pledges to {faker.PickRandom(VerbsEn)} {faker.PickRandom(TopicsEn)} for {faker.PickRandom(GroupsEn)} from {year}.");
                sentences.Add(faker.Random.Int(0, 2) switch
                {
                    0 => $"The work is led with {partnerText} in the {faker.Address.StreetName()} neighbourhood.",
                    1 => $"It builds on a {year - 1} pilot that reached {Number(faker.Random.Int(40, 9_000))} people.",
                    _ => $"Services are offered in {faker.PickRandom(ServiceLanguages)}.",
                });
                sentences.Add($"A municipal team of {faker.Random.Int(3, 60)} staff will co-design the service with residents and {partnerText}.");
                sentences.Add($"Progress is reported every {faker.PickRandom("quarter", "six months", "year")} to the city council of {place} and to the Local Coalition.");
                break;
        }
        var text = sentences.Take(count).ToList();
        if (faker.Random.Bool(0.15f))
        {
            text.Insert(1, faker.Random.Bool()
                ? $"Locally the programme is known as «{string.Join(' ', faker.Random.ListItems(Arabic, 2))}»."
                : $"Locally the programme is known as “{string.Concat(faker.Random.ListItems(Chinese, 2))}”.");
        }
        return string.Join(' ', text);
    }

    public static string Results(Faker faker, long people, string place) => faker.Random.Int(0, 2) switch
    {
        0 => $"The programme reached {Number(people)} people in {place} and trained {faker.Random.Int(5, 200)} frontline staff.",
        1 => $"{Number(people)} residents used the new services; a follow-up survey found {faker.Random.Int(55, 95)}% satisfied.",
        _ => $"Services opened in {faker.Random.Int(1, 12)} districts of {place}, reaching {Number(people)} people so far.",
    };

    public static string Challenges(Faker faker) => faker.PickRandom(
        "Funding for the second phase is not yet secured.",
        "National rules on documentation limit who can be served.",
        "Staff turnover slowed the roll-out.",
        "Coordination with national agencies remains ad hoc.",
        "Rising rents make housing placements harder every year.");

    public static string Partner(Faker faker, PartnerType? type, string place, string? countryName) => type switch
    {
        PartnerType.UnAgency => faker.PickRandom(UnAgencies),
        PartnerType.NationalGovernment => $"Ministry of {faker.PickRandom(Ministries)}{(countryName is null ? "" : $" of {countryName}")}",
        PartnerType.OtherLocalGovernment => $"{faker.Address.City()} City Council",
        PartnerType.Academia => $"University of {faker.Address.City()}",
        PartnerType.PrivateSector => faker.Company.CompanyName(),
        PartnerType.Donor => $"{faker.Name.LastName()} Family Foundation",
        PartnerType.RefugeeOrMigrantLedOrganization => faker.Random.Bool() ? $"{place} Refugee Youth Network" : $"Migrant Women's Collective of {place}",
        PartnerType.CivilSociety => $"{faker.Name.LastName()} Community Association",
        _ => $"{place} Chamber of Commerce",
    };

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
