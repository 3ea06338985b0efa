// People, products and places of the demo contact centre (Mercato, a Polish retailer of home
// appliances and electronics with online shop and branches). Brands are made up.

#include "DemoVocabulary.h"

namespace concord::demo {
namespace {

using domain::Channel;
using domain::SocialNetwork;

constexpr FirstName kPolishFirstNames[] = {
    {"Anna", "Anno", true},           {"Katarzyna", "Katarzyno", true},
    {"Małgorzata", "Małgorzato", true}, {"Agnieszka", "Agnieszko", true},
    {"Barbara", "Barbaro", true},     {"Ewa", "Ewo", true},
    {"Krystyna", "Krystyno", true},   {"Elżbieta", "Elżbieto", true},
    {"Zofia", "Zofio", true},         {"Joanna", "Joanno", true},
    {"Magdalena", "Magdaleno", true}, {"Monika", "Moniko", true},
    {"Aleksandra", "Aleksandro", true}, {"Natalia", "Natalio", true},
    {"Żaneta", "Żaneto", true},       {"Justyna", "Justyno", true},
    {"Dorota", "Doroto", true},       {"Beata", "Beato", true},
    {"Jolanta", "Jolanto", true},     {"Iwona", "Iwono", true},
    {"Karolina", "Karolino", true},   {"Paulina", "Paulino", true},
    {"Weronika", "Weroniko", true},   {"Julia", "Julio", true},
    {"Marta", "Marto", true},         {"Urszula", "Urszulo", true},
    {"Grażyna", "Grażyno", true},     {"Halina", "Halino", true},
    {"Danuta", "Danuto", true},       {"Bożena", "Bożeno", true},
    {"Jadwiga", "Jadwigo", true},     {"Renata", "Renato", true},
    {"Sylwia", "Sylwio", true},       {"Izabela", "Izabelo", true},
    {"Wiktoria", "Wiktorio", true},   {"Łucja", "Łucjo", true},
    {"Teresa", "Tereso", true},       {"Alicja", "Alicjo", true},
    {"Edyta", "Edyto", true},         {"Kinga", "Kingo", true},
    {"Piotr", "Piotrze", false},      {"Krzysztof", "Krzysztofie", false},
    {"Andrzej", "Andrzeju", false},   {"Tomasz", "Tomaszu", false},
    {"Paweł", "Pawle", false},        {"Jan", "Janie", false},
    {"Michał", "Michale", false},     {"Marcin", "Marcinie", false},
    {"Grzegorz", "Grzegorzu", false}, {"Jakub", "Jakubie", false},
    {"Adam", "Adamie", false},        {"Łukasz", "Łukaszu", false},
    {"Marek", "Marku", false},        {"Mateusz", "Mateuszu", false},
    {"Wojciech", "Wojciechu", false}, {"Kamil", "Kamilu", false},
    {"Zbigniew", "Zbigniewie", false}, {"Stanisław", "Stanisławie", false},
    {"Jerzy", "Jerzy", false},        {"Dariusz", "Dariuszu", false},
    {"Rafał", "Rafale", false},       {"Robert", "Robercie", false},
    {"Mariusz", "Mariuszu", false},   {"Jacek", "Jacku", false},
    {"Sebastian", "Sebastianie", false}, {"Przemysław", "Przemysławie", false},
    {"Szymon", "Szymonie", false},    {"Bartosz", "Bartoszu", false},
    {"Damian", "Damianie", false},    {"Artur", "Arturze", false},
    {"Dawid", "Dawidzie", false},     {"Maciej", "Macieju", false},
    {"Ryszard", "Ryszardzie", false}, {"Zdzisław", "Zdzisławie", false},
    {"Witold", "Witoldzie", false},   {"Bogdan", "Bogdanie", false},
    {"Kacper", "Kacprze", false},     {"Filip", "Filipie", false},
    {"Hubert", "Hubercie", false},    {"Józef", "Józefie", false},
};

constexpr Surname kPolishSurnames[] = {
    {"Nowak", "Nowak"},           {"Kowalski", "Kowalska"},     {"Wiśniewski", "Wiśniewska"},
    {"Wójcik", "Wójcik"},         {"Kowalczyk", "Kowalczyk"},   {"Kamiński", "Kamińska"},
    {"Lewandowski", "Lewandowska"}, {"Zieliński", "Zielińska"}, {"Szymański", "Szymańska"},
    {"Woźniak", "Woźniak"},       {"Dąbrowski", "Dąbrowska"},   {"Kozłowski", "Kozłowska"},
    {"Jankowski", "Jankowska"},   {"Mazur", "Mazur"},           {"Kwiatkowski", "Kwiatkowska"},
    {"Krawczyk", "Krawczyk"},     {"Piotrowski", "Piotrowska"}, {"Grabowski", "Grabowska"},
    {"Nowakowski", "Nowakowska"}, {"Pawłowski", "Pawłowska"},   {"Michalski", "Michalska"},
    {"Nowicki", "Nowicka"},       {"Adamczyk", "Adamczyk"},     {"Dudek", "Dudek"},
    {"Zając", "Zając"},           {"Wieczorek", "Wieczorek"},   {"Jabłoński", "Jabłońska"},
    {"Król", "Król"},             {"Majewski", "Majewska"},     {"Olszewski", "Olszewska"},
    {"Jaworski", "Jaworska"},     {"Wróbel", "Wróbel"},         {"Malinowski", "Malinowska"},
    {"Pawlak", "Pawlak"},         {"Witkowski", "Witkowska"},   {"Walczak", "Walczak"},
    {"Stępień", "Stępień"},       {"Górski", "Górska"},         {"Rutkowski", "Rutkowska"},
    {"Michalak", "Michalak"},     {"Sikora", "Sikora"},         {"Ostrowski", "Ostrowska"},
    {"Baran", "Baran"},           {"Duda", "Duda"},             {"Szewczyk", "Szewczyk"},
    {"Tomaszewski", "Tomaszewska"}, {"Pietrzak", "Pietrzak"},   {"Marciniak", "Marciniak"},
    {"Wróblewski", "Wróblewska"}, {"Zalewski", "Zalewska"},     {"Jakubowski", "Jakubowska"},
    {"Jasiński", "Jasińska"},     {"Zawadzki", "Zawadzka"},     {"Sadowski", "Sadowska"},
    {"Bąk", "Bąk"},               {"Chmielewski", "Chmielewska"}, {"Włodarczyk", "Włodarczyk"},
    {"Borkowski", "Borkowska"},   {"Czarnecki", "Czarnecka"},   {"Sawicki", "Sawicka"},
    {"Sokołowski", "Sokołowska"}, {"Urbański", "Urbańska"},     {"Kubiak", "Kubiak"},
    {"Maciejewski", "Maciejewska"}, {"Szczepański", "Szczepańska"}, {"Kucharski", "Kucharska"},
    {"Wilk", "Wilk"},             {"Kalinowski", "Kalinowska"}, {"Lis", "Lis"},
    {"Mazurek", "Mazurek"},       {"Wysocki", "Wysocka"},       {"Adamski", "Adamska"},
    {"Kaźmierczak", "Kaźmierczak"}, {"Wasilewski", "Wasilewska"}, {"Sobczak", "Sobczak"},
    {"Czerwiński", "Czerwińska"}, {"Andrzejewski", "Andrzejewska"}, {"Cieślak", "Cieślak"},
    {"Głowacki", "Głowacka"},     {"Zakrzewski", "Zakrzewska"}, {"Kołodziej", "Kołodziej"},
    {"Sikorski", "Sikorska"},     {"Krajewski", "Krajewska"},   {"Gajewski", "Gajewska"},
    {"Szymczak", "Szymczak"},     {"Szulc", "Szulc"},           {"Baranowski", "Baranowska"},
    {"Laskowski", "Laskowska"},   {"Brzeziński", "Brzezińska"}, {"Makowski", "Makowska"},
    {"Ziółkowski", "Ziółkowska"}, {"Przybylski", "Przybylska"}, {"Szczęsny", "Szczęsna"},
    {"Żak", "Żak"},               {"Łuczak", "Łuczak"},         {"Śliwiński", "Śliwińska"},
    {"Gołębiowski", "Gołębiowska"}, {"Żukowski", "Żukowska"},   {"Błaszczyk", "Błaszczyk"},
    {"Ćwikliński", "Ćwiklińska"}, {"Pająk", "Pająk"},           {"Grzelak", "Grzelak"},
    {"Kurek", "Kurek"},           {"Leśniak", "Leśniak"},       {"Bielecki", "Bielecka"},
    {"Tkaczyk", "Tkaczyk"},       {"Dziedzic", "Dziedzic"},     {"Świątek", "Świątek"},
    {"Źródłowski", "Źródłowska"},
};

constexpr FirstName kEnglishFirstNames[] = {
    {"Emily", "", true},    {"Sarah", "", true},   {"Olivia", "", true},  {"Charlotte", "", true},
    {"Sophie", "", true},   {"Hannah", "", true},  {"Emma", "", true},    {"Laura", "", true},
    {"Rachel", "", true},   {"Grace", "", true},   {"Chloe", "", true},   {"Jessica", "", true},
    {"Lena", "", true},     {"Chiara", "", true},  {"James", "", false},  {"Oliver", "", false},
    {"Thomas", "", false},  {"Daniel", "", false}, {"Matthew", "", false}, {"William", "", false},
    {"Jack", "", false},    {"Harry", "", false},  {"David", "", false},  {"Michael", "", false},
    {"Ben", "", false},     {"Ryan", "", false},   {"Lukas", "", false},  {"Sean", "", false},
};

constexpr Surname kEnglishSurnames[] = {
    {"Smith", "Smith"},       {"Johnson", "Johnson"},   {"Brown", "Brown"},
    {"Taylor", "Taylor"},     {"Wilson", "Wilson"},     {"Evans", "Evans"},
    {"Walker", "Walker"},     {"Wright", "Wright"},     {"Robinson", "Robinson"},
    {"Thompson", "Thompson"}, {"Hughes", "Hughes"},     {"Edwards", "Edwards"},
    {"Green", "Green"},       {"Clarke", "Clarke"},     {"Harris", "Harris"},
    {"Murphy", "Murphy"},     {"O'Brien", "O'Brien"},   {"Kelly", "Kelly"},
    {"Walsh", "Walsh"},       {"Müller", "Müller"},     {"Schneider", "Schneider"},
    {"Rossi", "Rossi"},       {"García", "García"},     {"Novák", "Nováková"},
};

constexpr Product kProducts[] = {
    {"ekspres do kawy Caffaro Lusso", "ekspres do kawy Caffaro Lusso",
     "Caffaro Lusso coffee machine", 1299, 2899},
    {"pralka Aquela 8 kg", "pralkę Aquela 8 kg", "Aquela 8 kg washing machine", 1499, 2999},
    {"lodówka Nordfrost NF-340", "lodówkę Nordfrost NF-340", "Nordfrost NF-340 fridge", 1899,
     3999},
    {"odkurzacz bezprzewodowy Vento V12", "odkurzacz bezprzewodowy Vento V12",
     "Vento V12 cordless vacuum", 699, 1899},
    {"robot sprzątający Vento Robo S3", "robot sprzątający Vento Robo S3",
     "Vento Robo S3 robot vacuum", 999, 2499},
    {"telewizor Lumera 55\" 4K", "telewizor Lumera 55\" 4K", "Lumera 55\" 4K TV", 1999, 4499},
    {"smartfon Vantel X9", "smartfon Vantel X9", "Vantel X9 smartphone", 1199, 3499},
    {"laptop Orbis Book 14", "laptop Orbis Book 14", "Orbis Book 14 laptop", 2499, 5999},
    {"słuchawki Sonora Air", "słuchawki Sonora Air", "Sonora Air headphones", 249, 899},
    {"zmywarka Aquela 60 cm", "zmywarkę Aquela 60 cm", "Aquela 60 cm dishwasher", 1399, 2799},
    {"kuchenka mikrofalowa Termo M20", "kuchenkę mikrofalową Termo M20",
     "Termo M20 microwave", 349, 799},
    {"czajnik elektryczny Termo K5", "czajnik elektryczny Termo K5", "Termo K5 kettle", 99,
     299},
    {"blender kielichowy Mixo Pro", "blender kielichowy Mixo Pro", "Mixo Pro blender", 199,
     699},
    {"suszarka do włosów Aria 2200", "suszarkę do włosów Aria 2200", "Aria 2200 hair dryer",
     129, 399},
    {"głośnik Sonora Box", "głośnik Sonora Box", "Sonora Box speaker", 199, 799},
    {"smartwatch Vantel Fit 3", "smartwatch Vantel Fit 3", "Vantel Fit 3 smartwatch", 399, 1199},
    {"monitor Orbis 27 QHD", "monitor Orbis 27 QHD", "Orbis 27 QHD monitor", 899, 1999},
    {"drukarka Printo 350", "drukarkę Printo 350", "Printo 350 printer", 299, 999},
    {"rower elektryczny Velora E5", "rower elektryczny Velora E5", "Velora E5 e-bike", 3999,
     8999},
    {"materac Somnia Comfort 160x200", "materac Somnia Comfort 160x200",
     "Somnia Comfort 160x200 mattress", 899, 2999},
    {"żelazko parowe Steamo 3000", "żelazko parowe Steamo 3000", "Steamo 3000 steam iron", 149,
     449},
    {"płyta indukcyjna Termo IH60", "płytę indukcyjną Termo IH60", "Termo IH60 induction hob",
     999, 2499},
    {"frytkownica beztłuszczowa Airly", "frytkownicę beztłuszczową Airly",
     "Airly air fryer", 299, 899},
    {"kamera sportowa Actio 4K", "kamerę sportową Actio 4K", "Actio 4K action camera", 499,
     1499},
    {"tablet Orbis Tab 11", "tablet Orbis Tab 11", "Orbis Tab 11 tablet", 899, 2299},
    {"konsola Gamex One", "konsolę Gamex One", "Gamex One console", 1499, 2699},
    {"hulajnoga elektryczna Velora S2", "hulajnogę elektryczną Velora S2",
     "Velora S2 e-scooter", 1199, 2999},
    {"oczyszczacz powietrza Aria Pure", "oczyszczacz powietrza Aria Pure",
     "Aria Pure air purifier", 499, 1599},
};

constexpr std::string_view kBranches[] = {
    "Warszawa, Marszałkowska 104", "Warszawa, Puławska 38",    "Kraków, Pawia 5",
    "Gdańsk, Grunwaldzka 82",      "Poznań, Półwiejska 32",    "Wrocław, Świdnicka 40",
    "Łódź, Piotrkowska 120",       "Katowice, 3 Maja 30",      "Lublin, Lipowa 13",
    "Szczecin, Wojska Polskiego 24", "Białystok, Lipowa 2",    "Rzeszów, 3 Maja 18",
};

constexpr std::string_view kCouriers[] = {"InPost", "DPD", "DHL", "GLS", "Poczta Polska",
                                          "Mercato Transport"};

constexpr std::string_view kPolishMailDomains[] = {
    "gmail.com", "wp.pl",   "onet.pl",     "o2.pl",      "interia.pl",
    "op.pl",     "gmail.com", "outlook.com", "poczta.fm", "icloud.com",
};
constexpr std::string_view kEnglishMailDomains[] = {"gmail.com", "outlook.com", "yahoo.co.uk",
                                                    "hotmail.com", "icloud.com", "gmx.de"};

} // namespace

std::span<const FirstName> polishFirstNames() { return kPolishFirstNames; }
std::span<const Surname> polishSurnames() { return kPolishSurnames; }
std::span<const FirstName> englishFirstNames() { return kEnglishFirstNames; }
std::span<const Surname> englishSurnames() { return kEnglishSurnames; }
std::span<const Product> products() { return kProducts; }
Lines branches() { return kBranches; }
Lines couriers() { return kCouriers; }
Lines polishMailDomains() { return kPolishMailDomains; }
Lines englishMailDomains() { return kEnglishMailDomains; }

std::string_view networkName(SocialNetwork network)
{
    switch (network) {
    case SocialNetwork::Messenger: return "Messenger";
    case SocialNetwork::WhatsApp: return "WhatsApp";
    case SocialNetwork::Instagram: return "Instagram";
    case SocialNetwork::Telegram: return "Telegram";
    case SocialNetwork::X: return "X";
    case SocialNetwork::None: break;
    }
    return {};
}

std::string_view channelReference(Channel channel, bool english)
{
    switch (channel) {
    case Channel::Email: return english ? "e-mail" : "wiadomości e-mail";
    case Channel::Chat: return english ? "chat" : "rozmowy na czacie";
    case Channel::Sms: return english ? "text message" : "SMS-a";
    case Channel::Social: return english ? "message" : "wiadomości na komunikatorze";
    case Channel::Voice: return english ? "phone call" : "rozmowy telefonicznej";
    case Channel::Visit: return english ? "visit to your store" : "wizyty w salonie";
    }
    return {};
}

} // namespace concord::demo
