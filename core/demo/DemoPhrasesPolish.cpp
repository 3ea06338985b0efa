// The Polish phrases of the demo: what customers write and agents answer, per topic.
// Template marks: {x} case details (see PhraseRenderer.h), [male|female] the speaker's
// gender, <male|female> the customer's gender.

#include "DemoPhrases.h"

#include <array>

namespace concord::demo {
namespace {

using SV = std::string_view;

// --- Product complaints -------------------------------------------------------------------
constexpr SV kComplaintSubjects[] = {
    "Reklamacja – {p}",
    "Uszkodzony produkt w zamówieniu {o}",
    "Chcę złożyć reklamację",
    "Reklamacja zamówienia {o}",
    "Wadliwy towar – prośba o wymianę",
    "Produkt niezgodny z opisem",
    "Zgłoszenie reklamacyjne {k}",
    "Nie działa {p}",
};
constexpr SV kComplaintOpenings[] = {
    "Dzień dobry, chcę złożyć reklamację. Produkt z zamówienia {o} ({p}) przestał działać po "
    "tygodniu używania.",
    "Chcę złożyć reklamację: {p} z zamówienia {o} ma pękniętą obudowę.",
    "Witam, otrzymał[em|am] dziś paczkę z zamówieniem {o}. Produkt ({p}) jest uszkodzony, "
    "karton był zgnieciony.",
    "Dzień dobry, w zamówieniu {o} zamiast zamówionego koloru przyszedł inny. Chcę złożyć "
    "reklamację albo wymienić towar.",
    "Produkt nie działa zgodnie z opisem na stronie. Zapłacił[em|am] {a}, a urządzenie "
    "wyłącza się po kilku minutach. Jak złożyć reklamację?",
    "Dzień dobry, po pierwszym uruchomieniu urządzenie wydaje głośne dźwięki i czuć zapach "
    "spalenizny. Chodzi o {P} z zamówienia {o}.",
    "Witam, w paczce brakowało zasilacza. Produkt: {p}, numer zamówienia {o}.",
    "Chcę złożyć reklamację. Od {d} korzystam z urządzenia ({p}) i już pojawiła się usterka: "
    "ekran miga i gaśnie.",
    "Dzień dobry, zamówienie {o} dotarło niekompletne – brakuje instrukcji i jednego elementu "
    "montażowego. Co mam zrobić?",
    "Reklamuję {P}. Po dwóch dniach pojawiła się rysa na obudowie, której nie było przy "
    "odbiorze. Zdjęcia mogę przesłać.",
    "Dzień dobry, jestem bardzo [niezadowolony|niezadowolona]. To już drugi raz, kiedy "
    "otrzymuję wadliwy towar (zamówienie {o}). Chcę złożyć reklamację i proszę o zwrot {a}.",
    "Hej, kupił[em|am] u Was {P} za {a} i urządzenie nie chce się włączyć. Co robimy?",
    "Dzień dobry, chciał[bym|abym] zgłosić wadę produktu: {p}. Zamówienie {o} z dnia {d}.",
    "Witam, urządzenie z zamówienia {o} przecieka. Po każdym użyciu pod spodem jest kałuża "
    "wody. Chcę złożyć reklamację.",
};
constexpr SV kComplaintDetails[] = {
    "Numer zamówienia to {o}, zakup z dnia {d}.",
    "Zdjęcia uszkodzeń wysłał[em|am] przed chwilą w załączniku.",
    "Usterka pojawia się za każdym razem po około 10 minutach pracy.",
    "Produkt był używany zgodnie z instrukcją, nic nie upadło.",
    "Wolał[bym|abym] wymianę na nowy egzemplarz niż naprawę.",
    "Proszę o zwrot pieniędzy na konto, z którego płacił[em|am].",
    "Opakowanie mam, mogę odesłać towar w oryginalnym kartonie.",
    "Kiedy kurier może odebrać uszkodzony towar? Jestem w domu po 16.",
    "Czy reklamację mogę też złożyć w salonie stacjonarnym?",
};
constexpr SV kComplaintFirstReplies[] = {
    "Przykro mi z powodu kłopotu z produktem. Przyj[ąłem|ęłam] zgłoszenie reklamacyjne pod "
    "numerem {k}.",
    "Dziękuję za zgłoszenie. Aby rozpatrzyć reklamację, <mógłby Pan|mogłaby Pani> przesłać "
    "zdjęcia uszkodzenia oraz numer zamówienia?",
    "Bardzo przepraszamy za niedogodności. Reklamacja zamówienia {o} została zarejestrowana, "
    "numer zgłoszenia: {k}.",
    "Rozumiem, to na pewno frustrujące. Sprawdzę historię zamówienia {o} i wrócę z "
    "odpowiedzią.",
    "Dziękuję za kontakt. Czy urządzenie było podłączone zgodnie z instrukcją? To pomoże nam "
    "szybciej rozpatrzyć reklamację.",
    "Przyjęliśmy reklamację {k}. Kurier odbierze towar w ciągu 2 dni roboczych, etykietę "
    "wyślemy na adres {e}.",
};
constexpr SV kComplaintProgress[] = {
    "Zamówił[em|am] kuriera {c} po odbiór towaru. Proszę zapakować produkt w karton, etykieta "
    "przyjdzie mailem.",
    "Serwis potwierdził usterkę. Czekamy jeszcze na decyzję, czy możliwa jest wymiana.",
    "Przekazał[em|am] zdjęcia do działu jakości. Odpowiedź powinna być w ciągu 3 dni "
    "roboczych.",
    "Reklamacja {k} jest w trakcie rozpatrywania. Ustawowo mamy na to 14 dni, ale zwykle "
    "trwa to krócej.",
    "Czy <mógłby Pan|mogłaby Pani> potwierdzić adres odbioru? Kurier przyjedzie w najbliższy "
    "dzień roboczy.",
    "Sprawdził[em|am] – ten model jest dostępny w magazynie, więc wymiana jest możliwa od "
    "ręki.",
};
constexpr SV kComplaintResolutions[] = {
    "Reklamacja {k} została uznana. Zwrot {a} zleciliśmy dziś, pieniądze powinny być na "
    "koncie w ciągu 3 dni roboczych.",
    "Nowy egzemplarz wysłaliśmy dziś kurierem {c}, numer przesyłki {t}.",
    "Reklamacja została rozpatrzona pozytywnie. Produkt zostanie wymieniony na nowy.",
    "Serwis naprawił urządzenie na nasz koszt. Odeślemy je w ciągu 2 dni.",
    "Przyznaliśmy rabat w wysokości {a} jako rekompensatę za niedogodności.",
    "Niestety reklamacja nie została uznana – serwis stwierdził uszkodzenie mechaniczne. "
    "Szczegóły opinii wysłaliśmy na {e}.",
};
constexpr SV kComplaintNotes[] = {
    "<Klient zgłasza|Klientka zgłasza> usterkę drugi raz – proszę o priorytetowe "
    "rozpatrzenie.",
    "Zdjęcia w załączniku maila, uszkodzenie wygląda na transportowe. Zgłosić do {c}.",
    "Sprawdzone w systemie: zamówienie {o}, wartość {a}, dostawa {c}.",
    "Do decyzji kierownika: <klient prosi|klientka prosi> o zwrot zamiast wymiany.",
    "Reklamacja {k} założona, czekamy na opinię serwisu.",
};
constexpr SV kComplaintCallNotes[] = {
    "<Klient dzwonił|Klientka dzwoniła> w sprawie uszkodzonego produktu ({p}, zamówienie "
    "{o}). Przyj[ąłem|ęłam] reklamację {k}, kurier odbierze towar.",
    "Rozmowa o reklamacji {k}: wyjaśnił[em|am] procedurę i terminy. <Klient prześle|Klientka "
    "prześle> zdjęcia mailem.",
    "<Klient zgłosił|Klientka zgłosiła> wadę: {p}. Zaproponował[em|am] wymianę, <klient się "
    "zgodził|klientka się zgodziła>.",
    "Oddzwonił[em|am] z decyzją w sprawie reklamacji {k} – uznana, zwrot {a}.",
    "<Klient był zdenerwowany|Klientka była zdenerwowana> – drugi wadliwy egzemplarz. "
    "Obiecał[em|am] kontakt z działu reklamacji do jutra.",
};
constexpr SV kComplaintVisitPurposes[] = {"Złożenie reklamacji", "Oddanie wadliwego produktu",
                                          "Odbiór produktu po naprawie"};
constexpr SV kComplaintVisitNotes[] = {
    "<Klient przyniósł|Klientka przyniosła> {P} do salonu. Przyjęto reklamację {k}, wydano "
    "potwierdzenie.",
    "Obejrzał[em|am] produkt na miejscu – uszkodzenie potwierdzone, wymiana od ręki.",
    "Wydano naprawione urządzenie, <klient sprawdził|klientka sprawdziła> działanie przy "
    "stanowisku.",
};
constexpr SV kComplaintTags[] = {"reklamacja", "uszkodzenie", "wymiana"};
constexpr SV kComplaintIvr1[] = {"2 Reklamacje i zwroty", "1 Nowa reklamacja"};

// --- Delivery delays -----------------------------------------------------------------------
constexpr SV kDeliverySubjects[] = {
    "Opóźniona dostawa zamówienia {o}", "Gdzie jest moja paczka?", "Brak przesyłki {t}",
    "Zamówienie {o} – status dostawy",  "Paczka nie dotarła",      "Kurier nie przyjechał",
    "Termin dostawy zamówienia {o}",
};
constexpr SV kDeliveryOpenings[] = {
    "Dzień dobry, zamówienie {o} złożył[em|am] {d}, a paczka nadal do mnie nie dotarła. "
    "Kiedy mogę się jej spodziewać?",
    "Gdzie jest moja paczka? Numer przesyłki {t}, od trzech dni status się nie zmienia.",
    "Witam, kurier {c} miał przyjechać wczoraj, ale nikt się nie pojawił. Zamówienie {o}.",
    "Dzień dobry, w śledzeniu przesyłki {t} widzę „doręczono”, ale nic nie dostał[em|am].",
    "Zamówienie {o} miało być dostarczone w ciągu 2 dni, minął już tydzień. Proszę o "
    "informację, co się dzieje.",
    "Potrzebuję tego produktu na weekend. Czy jest szansa, że zamówienie {o} dotrze przed "
    "sobotą?",
    "Dostał[em|am] SMS, że paczka czeka w paczkomacie, ale kod odbioru nie działa.",
    "Dzień dobry, chciał[bym|abym] zmienić adres dostawy dla zamówienia {o}, bo nie będzie "
    "mnie w domu.",
    "Przesyłka {t} wróciła do nadawcy, choć był[em|am] w domu cały dzień. Co teraz?",
    "Zapłacił[em|am] {a} za dostawę ekspresową, a paczka idzie już czwarty dzień.",
    "Witam, zamówienie {o} ma status „w realizacji” od {d}. Czy w ogóle zostało wysłane?",
    "Dzień dobry, dostał[em|am] tylko jedną z dwóch paczek z zamówienia {o}.",
};
constexpr SV kDeliveryDetails[] = {
    "Numer przesyłki to {t}.",
    "Adres się zgadza, domofon działa.",
    "Mogę odebrać osobiście w salonie, jeśli tak będzie szybciej.",
    "Jeśli paczka nie dotrze do piątku, chcę anulować zamówienie.",
    "Kurier nie zostawił awizo ani nie dzwonił.",
    "Jestem w domu codziennie od 15:00.",
};
constexpr SV kDeliveryFirstReplies[] = {
    "Sprawdzam status przesyłki {t}. Proszę o chwilę cierpliwości.",
    "Przepraszamy za opóźnienie. Paczka z zamówienia {o} utknęła w sortowni {c}, "
    "zgłosił[em|am] to przewoźnikowi.",
    "Dziękuję za informację. Widzę, że zamówienie {o} zostało nadane {d}. Wyjaśnię z "
    "kurierem, co się stało.",
    "Przesyłka {t} jest w drodze, planowane doręczenie to jutro do 18:00.",
    "Rozumiem, to bardzo niekomfortowa sytuacja. Złożył[em|am] reklamację u przewoźnika {c}.",
};
constexpr SV kDeliveryProgress[] = {
    "Przewoźnik potwierdził, że paczka jest w oddziale lokalnym. Doręczenie powinno nastąpić "
    "jutro.",
    "Zmienił[em|am] adres dostawy, kurier dostał nowe dane.",
    "Wygenerował[em|am] nowy kod odbioru i wysłał[em|am] go SMS-em.",
    "Czekamy na odpowiedź {c}, dam znać najpóźniej jutro.",
    "Druga paczka z zamówienia {o} wyjedzie dziś z magazynu.",
};
constexpr SV kDeliveryResolutions[] = {
    "Paczka została doręczona. W ramach przeprosin zwróciliśmy koszt dostawy ({a}).",
    "Wysłaliśmy zamówienie ponownie, nowy numer przesyłki to {t}.",
    "Zamówienie {o} zostało anulowane, zwrot {a} trafi na konto w ciągu 3 dni roboczych.",
    "Przewoźnik odnalazł paczkę, doręczenie jutro przed południem.",
    "Paczka czeka na odbiór w salonie {b}.",
};
constexpr SV kDeliveryNotes[] = {
    "Przesyłka {t} zagubiona w sortowni – zgłoszona reklamacja u {c}.",
    "<Klient dzwonił|Klientka dzwoniła> już dwa razy w tej sprawie, proszę o szybki kontakt.",
    "Zamówienie {o} do ponownej wysyłki, jeśli {c} nie odnajdzie paczki do piątku.",
};
constexpr SV kDeliveryCallNotes[] = {
    "<Klient pytał|Klientka pytała> o status zamówienia {o}. Przesyłka {t} w drodze, "
    "doręczenie jutro.",
    "Zgłoszenie niedoręczonej paczki ({c}). Założył[em|am] reklamację u przewoźnika, "
    "oddzwonimy.",
    "Zmiana adresu dostawy dla zamówienia {o} – zrobione w trakcie rozmowy.",
    "<Klient zdenerwowany|Klientka zdenerwowana> opóźnieniem, zaproponował[em|am] zwrot "
    "kosztów dostawy {a}.",
};
constexpr SV kDeliveryVisitPurposes[] = {"Odbiór zamówienia w salonie",
                                         "Pytanie o opóźnioną dostawę"};
constexpr SV kDeliveryVisitNotes[] = {
    "<Klient odebrał|Klientka odebrała> zamówienie {o} w salonie zamiast dostawy kurierem.",
    "Sprawdziliśmy przesyłkę {t} na miejscu – paczka w magazynie lokalnym, wydana od ręki.",
};
constexpr SV kDeliveryTags[] = {"dostawa", "kurier", "opóźnienie"};
constexpr SV kDeliveryIvr[] = {"1 Zamówienia i dostawy", "1 Status zamówienia"};

// --- Invoices and billing ------------------------------------------------------------------
constexpr SV kBillingSubjects[] = {
    "Korekta faktury {i}",         "Błędne dane na fakturze", "Podwójne obciążenie karty",
    "Brak faktury do zamówienia {o}", "Faktura na firmę",     "Zwrot nadpłaty",
    "Pytanie o płatność",
};
constexpr SV kBillingOpenings[] = {
    "Dzień dobry, na fakturze {i} jest błędny NIP. Proszę o korektę.",
    "Witam, nie otrzymał[em|am] faktury do zamówienia {o}. Potrzebuję jej do rozliczenia "
    "firmy.",
    "Z mojej karty pobrano dwa razy kwotę {a} za jedno zamówienie ({o}). Proszę o zwrot "
    "nadpłaty.",
    "Dzień dobry, proszę o wystawienie faktury na firmę zamiast paragonu. Zamówienie {o} z "
    "dnia {d}.",
    "Na fakturze {i} jest zła kwota – zapłacił[em|am] {a} po rabacie, a faktura jest na "
    "pełną cenę.",
    "Dzień dobry, zmieniła się nazwa mojej firmy. Czy można poprawić dane na fakturze {i}?",
    "Zapłacił[em|am] za zamówienie {o} przelewem, a w systemie nadal widzę status „oczekuje "
    "na płatność”.",
    "Proszę o duplikat faktury {i}, oryginał zaginął.",
    "Dzień dobry, płatność ratalna za zamówienie {o} została odrzucona, ale pieniądze "
    "zniknęły z konta.",
    "Na fakturze {i} brakuje adresu dostawy, a księgowość tego wymaga.",
    "Witam, otrzymał[em|am] wezwanie do zapłaty za fakturę {i}, którą opłacił[em|am] {d}.",
    "Dlaczego obciążono mnie kwotą {a}? Nie rozpoznaję tej transakcji.",
};
constexpr SV kBillingDetails[] = {
    "Poprawny NIP przesyłam w załączniku.",
    "Potwierdzenie przelewu z dnia {d} w załączniku.",
    "Kwota {a} została pobrana dwukrotnie, widzę to na wyciągu.",
    "Fakturę proszę wysłać na adres {e}.",
    "Potrzebuję korekty do końca miesiąca, bo zamykamy księgi.",
};
constexpr SV kBillingFirstReplies[] = {
    "Dziękuję za zgłoszenie. Sprawdzę płatności do zamówienia {o}.",
    "Przepraszamy za błąd na fakturze {i}. Przygotujemy fakturę korygującą.",
    "Widzę dwie transakcje na kwotę {a}. Jedna z nich to blokada środków, która powinna "
    "zniknąć w ciągu 7 dni.",
    "Dziękuję za kontakt. Czy <mógłby Pan|mogłaby Pani> podać poprawne dane do faktury?",
    "Faktura {i} została wysłana na adres {e}. Proszę sprawdzić też folder spam.",
};
constexpr SV kBillingProgress[] = {
    "Przekazał[em|am] prośbę o korektę do działu księgowości, zwykle trwa to 2 dni robocze.",
    "Płatność została zaksięgowana {d}, status zamówienia zaraz się zaktualizuje.",
    "Zleciliśmy zwrot nadpłaty {a}, potrzebujemy jeszcze potwierdzenia numeru konta.",
    "Czekam na potwierdzenie od operatora płatności.",
};
constexpr SV kBillingResolutions[] = {
    "Faktura korygująca do {i} została wystawiona i wysłana na {e}.",
    "Zwrot nadpłaty {a} został zlecony, środki wrócą na kartę w ciągu 5 dni roboczych.",
    "Wystawiliśmy fakturę na firmę, dokument jest dostępny w zakładce Moje zamówienia.",
    "Duplikat faktury {i} wysłaliśmy na adres e-mail z zamówienia.",
    "Wezwanie do zapłaty zostało anulowane – płatność była zaksięgowana poprawnie. "
    "Przepraszamy za pomyłkę.",
};
constexpr SV kBillingNotes[] = {
    "Korekta {i}: zmiana NIP, zgłoszone do księgowości.",
    "Podwójne obciążenie {a} – potwierdzone w panelu operatora płatności.",
    "<Klient firmowy|Klientka firmowa>, faktury zawsze na NIP.",
};
constexpr SV kBillingCallNotes[] = {
    "<Klient pytał|Klientka pytała> o fakturę do zamówienia {o}. Wysłał[em|am] ją ponownie "
    "na {e}.",
    "Zgłoszenie podwójnej płatności {a}. Sprawdzone – blokada środków, wyjaśnił[em|am] "
    "sytuację.",
    "Prośba o korektę faktury {i}, dane do korekty przyjdą mailem.",
};
constexpr SV kBillingVisitPurposes[] = {"Odbiór faktury", "Wyjaśnienie płatności"};
constexpr SV kBillingVisitNotes[] = {
    "Wydrukowano duplikat faktury {i} i wydano <klientowi|klientce>.",
    "Wyjaśnił[em|am] przy stanowisku rozliczenie raty, <klient zadowolony|klientka "
    "zadowolona>.",
};
constexpr SV kBillingTags[] = {"faktura", "płatność", "korekta"};
constexpr SV kBillingIvr[] = {"3 Faktury i płatności", "1 Faktury"};

// --- Returns -------------------------------------------------------------------------------
constexpr SV kReturnSubjects[] = {
    "Zwrot towaru – zamówienie {o}", "Odstąpienie od umowy", "Chcę zwrócić produkt",
    "Status zwrotu {k}",             "Zwrot pieniędzy",      "Wymiana na inny model",
};
constexpr SV kReturnOpenings[] = {
    "Dzień dobry, chcę zwrócić {P} z zamówienia {o}. Produkt nie spełnił moich oczekiwań.",
    "Witam, odstępuję od umowy zakupu (zamówienie {o}). Jak mam odesłać towar?",
    "Odesłał[em|am] produkt {d}, a pieniądze nadal nie wróciły. Numer zwrotu {k}.",
    "Dzień dobry, czy produkt kupiony w sklepie internetowym mogę zwrócić w salonie {b}?",
    "Zamówił[em|am] dwa egzemplarze przez pomyłkę. Chcę zwrócić jeden z zamówienia {o}.",
    "Czy zwrot jest darmowy? Produkt ({p}) jest nieużywany, w oryginalnym opakowaniu.",
    "Zwrot {k} ma status „odrzucony”, ale nie wiem dlaczego. Proszę o wyjaśnienie.",
    "Dzień dobry, minęło już 14 dni od dostawy. Czy nadal mogę oddać {P}?",
    "Kupił[em|am] prezent, który okazał się nietrafiony. Jak wygląda zwrot bez paragonu?",
    "Proszę o etykietę zwrotną do zamówienia {o}.",
};
constexpr SV kReturnDetails[] = {
    "Produkt jest nieużywany, mam wszystkie elementy i paragon.",
    "Zwrot proszę na kartę, którą płacił[em|am].",
    "Paczkę nadał[em|am] w paczkomacie, numer nadania {t}.",
    "Wolał[bym|abym] wymianę na inny model zamiast zwrotu pieniędzy.",
};
constexpr SV kReturnFirstReplies[] = {
    "Oczywiście. Ma <Pan|Pani> 30 dni na zwrot bez podania przyczyny.",
    "Dziękuję za wiadomość. Etykietę zwrotną do zamówienia {o} wysłał[em|am] na {e}.",
    "Sprawdzam status zwrotu {k}, proszę o chwilę.",
    "Zwrot można złożyć online lub w dowolnym salonie, np. {b}.",
};
constexpr SV kReturnProgress[] = {
    "Paczka zwrotna dotarła do magazynu, trwa weryfikacja stanu produktu.",
    "Zwrot {k} został zarejestrowany. Po przyjęciu towaru zlecimy przelew.",
    "Magazyn potwierdził odbiór przesyłki {t}.",
};
constexpr SV kReturnResolutions[] = {
    "Zwrot {k} przyjęty, kwota {a} została przelana na konto.",
    "Wymiana gotowa – nowy produkt wysłaliśmy kurierem {c}, numer przesyłki {t}.",
    "Zwrot zaakceptowany, środki wrócą na kartę w ciągu 3 dni roboczych.",
    "Odrzucenie zwrotu {k} było błędem magazynu, zwrot {a} zlecony dziś.",
};
constexpr SV kReturnNotes[] = {
    "Zwrot {k} – towar bez śladów użytkowania, akceptacja.",
    "Produkt bez oryginalnego opakowania, potrąciliśmy 10% zgodnie z regulaminem – "
    "poinformować <klienta|klientkę>.",
};
constexpr SV kReturnCallNotes[] = {
    "<Klient pytał|Klientka pytała> o procedurę zwrotu. Wysłał[em|am] etykietę zwrotną na "
    "{e}.",
    "Status zwrotu {k}: towar w magazynie, przelew w ciągu 3 dni. <Klient "
    "poinformowany|Klientka poinformowana>.",
    "Zamiana zwrotu na wymianę zgodnie z prośbą <klienta|klientki>.",
};
constexpr SV kReturnVisitPurposes[] = {"Zwrot towaru", "Wymiana produktu"};
constexpr SV kReturnVisitNotes[] = {
    "Przyjęto zwrot w salonie: {p}. Zwrot {a} na kartę.",
    "<Klient wymienił|Klientka wymieniła> produkt na inny model, dopłata {a}.",
};
constexpr SV kReturnTags[] = {"zwrot", "wymiana"};
constexpr SV kReturnIvr[] = {"2 Reklamacje i zwroty", "3 Zwroty"};

// --- Warranty ------------------------------------------------------------------------------
constexpr SV kWarrantySubjects[] = {
    "Naprawa gwarancyjna – {p}", "Gwarancja",         "Serwis – zgłoszenie {k}",
    "Długi czas naprawy",        "Karta gwarancyjna", "Usterka po roku użytkowania",
};
constexpr SV kWarrantyOpenings[] = {
    "Dzień dobry, mój sprzęt ({p}) ma jeszcze gwarancję, a od wczoraj nie działa. Jak "
    "zgłosić naprawę?",
    "Witam, urządzenie jest w serwisie od ponad miesiąca (zgłoszenie {k}). Kiedy mogę "
    "spodziewać się zwrotu?",
    "Zgubił[em|am] kartę gwarancyjną. Czy sam dowód zakupu z zamówienia {o} wystarczy?",
    "Dzień dobry, to już trzecia naprawa tego samego produktu ({p}). Chcę wymiany na nowy.",
    "Czy gwarancja obejmuje uszkodzenie baterii? Chodzi o {P}.",
    "Serwis odesłał urządzenie bez naprawy, z adnotacją „usterki nie stwierdzono”. Problem "
    "nadal występuje.",
    "Dzień dobry, chciał[bym|abym] przedłużyć gwarancję na {P}. Czy jest taka możliwość?",
    "Po naprawie gwarancyjnej pojawiła się nowa usterka. Zgłoszenie serwisowe {k}.",
    "Dzień dobry, czy naprawę gwarancyjną mogę zgłosić w salonie {b}?",
};
constexpr SV kWarrantyDetails[] = {
    "Usterka: urządzenie samo się wyłącza i nie reaguje na przyciski.",
    "Dowód zakupu mam w formie elektronicznej, zamówienie {o}.",
    "Serwis ma urządzenie od {d}.",
    "Potrzebuję sprzętu do pracy, czy jest możliwe urządzenie zastępcze?",
};
constexpr SV kWarrantyFirstReplies[] = {
    "Gwarancja obejmuje tę usterkę. Zgłoszenie serwisowe założył[em|am] pod numerem {k}.",
    "Dowód zakupu w postaci faktury lub potwierdzenia zamówienia {o} w zupełności wystarczy.",
    "Sprawdzę w serwisie, na jakim etapie jest naprawa {k}.",
    "Przepraszamy, że naprawa trwa tak długo. Zapytam serwis o konkretny termin.",
};
constexpr SV kWarrantyProgress[] = {
    "Serwis czeka na część zamienną, przewidywany termin naprawy to 7 dni.",
    "Kurier odbierze urządzenie jutro między 8:00 a 16:00.",
    "Przy trzeciej naprawie przysługuje wymiana – złożył[em|am] wniosek.",
};
constexpr SV kWarrantyResolutions[] = {
    "Naprawa {k} zakończona, urządzenie wraca kurierem {c}, przesyłka {t}.",
    "Wniosek o wymianę został zaakceptowany, nowy egzemplarz wyślemy w ciągu 3 dni.",
    "Serwis wymienił płytę główną, urządzenie czeka na odbiór w salonie {b}.",
    "Gwarancję można przedłużyć o 2 lata za {a}, link do zakupu wysłał[em|am] na {e}.",
};
constexpr SV kWarrantyNotes[] = {
    "Trzecia naprawa tego samego produktu – kwalifikuje się do wymiany.",
    "Serwis zewnętrzny, zgłoszenie {k}, termin 14 dni.",
};
constexpr SV kWarrantyCallNotes[] = {
    "Zgłoszenie naprawy gwarancyjnej: {p}. Założone {k}, kurier odbierze jutro.",
    "<Klient pytał|Klientka pytała> o termin naprawy {k}. Serwis czeka na część, termin 7 "
    "dni.",
    "Wyjaśnił[em|am] zakres gwarancji, uszkodzenie mechaniczne nie jest nią objęte.",
};
constexpr SV kWarrantyVisitPurposes[] = {"Oddanie sprzętu do serwisu",
                                         "Odbiór z naprawy gwarancyjnej"};
constexpr SV kWarrantyVisitNotes[] = {
    "Przyjęto do naprawy gwarancyjnej: {p}. Zgłoszenie {k}.",
    "Wydano urządzenie po naprawie {k}, sprawdzone przy <kliencie|klientce>.",
};
constexpr SV kWarrantyTags[] = {"gwarancja", "serwis"};
constexpr SV kWarrantyIvr[] = {"2 Reklamacje i zwroty", "4 Serwis i gwarancja"};

// --- Account access ------------------------------------------------------------------------
constexpr SV kAccountSubjects[] = {
    "Nie mogę się zalogować",        "Reset hasła",    "Zablokowane konto",
    "Zmiana adresu e-mail w koncie", "Usunięcie konta", "Brak kodu SMS",
    "Podejrzane logowanie",
};
constexpr SV kAccountOpenings[] = {
    "Dzień dobry, nie mogę zalogować się do konta. Link do resetu hasła nie przychodzi na "
    "{e}.",
    "Moje konto zostało zablokowane po kilku próbach logowania. Proszę o odblokowanie.",
    "Dostał[em|am] powiadomienie o logowaniu z nieznanego urządzenia. Czy ktoś ma dostęp do "
    "mojego konta?",
    "Chcę zmienić adres e-mail przypisany do konta, stary już nie działa.",
    "Nie przychodzi kod SMS do weryfikacji dwuetapowej.",
    "Proszę o usunięcie mojego konta i danych osobowych zgodnie z RODO.",
    "Po zmianie hasła aplikacja ciągle mnie wylogowuje.",
    "Dzień dobry, mam dwa konta na różne adresy e-mail. Czy można je połączyć?",
    "Nie widzę w koncie historii zamówień sprzed roku, w tym zamówienia {o}.",
    "Witam, strona pokazuje błąd przy logowaniu: „nieprawidłowy token”.",
};
constexpr SV kAccountDetails[] = {
    "Próbował[em|am] w innej przeglądarce, to samo.",
    "Mój numer telefonu się nie zmienił, a kod nadal nie przychodzi.",
    "Ostatnio logował[em|am] się {d}.",
    "Nie klikał[em|am] w żadne podejrzane linki.",
};
constexpr SV kAccountFirstReplies[] = {
    "Dla bezpieczeństwa muszę potwierdzić tożsamość. <Mógłby Pan|Mogłaby Pani> podać numer "
    "ostatniego zamówienia?",
    "Sprawdzam konto przypisane do adresu {e}.",
    "Konto zostało czasowo zablokowane po 5 nieudanych próbach logowania. Odblokowanie "
    "zajmie chwilę.",
    "Dziękuję za zgłoszenie. Dla bezpieczeństwa wylogował[em|am] wszystkie aktywne sesje.",
};
constexpr SV kAccountProgress[] = {
    "Wysłał[em|am] ponownie link do resetu hasła, jest ważny 24 godziny.",
    "Kod SMS był blokowany przez operatora, zgłosiliśmy to dostawcy.",
    "Wniosek o usunięcie konta przekazał[em|am] do inspektora ochrony danych.",
};
constexpr SV kAccountResolutions[] = {
    "Konto odblokowane, można już się zalogować. Zalecamy zmianę hasła.",
    "Adres e-mail w koncie został zmieniony na {e}.",
    "Konta zostały połączone, historia zamówień jest w jednym miejscu.",
    "Konto zostanie usunięte w ciągu 30 dni, potwierdzenie wysłaliśmy mailem.",
};
constexpr SV kAccountNotes[] = {
    "Tożsamość potwierdzona numerem zamówienia {o}.",
    "Podejrzenie przejęcia konta – wymuszony reset hasła, sesje zakończone.",
};
constexpr SV kAccountCallNotes[] = {
    "Pomoc przy logowaniu – reset hasła w trakcie rozmowy, działa.",
    "Odblokowanie konta po potwierdzeniu tożsamości (zamówienie {o}).",
    "<Klient zgłosił|Klientka zgłosiła> podejrzane logowanie. Sesje zakończone, hasło do "
    "zmiany.",
};
constexpr SV kAccountVisitPurposes[] = {"Potwierdzenie tożsamości",
                                        "Pomoc w zalogowaniu do aplikacji"};
constexpr SV kAccountVisitNotes[] = {
    "Potwierdzono tożsamość na podstawie dowodu osobistego, konto odblokowane.",
    "Pomogliśmy skonfigurować aplikację na telefonie <klienta|klientki>.",
};
constexpr SV kAccountTags[] = {"konto", "logowanie", "bezpieczeństwo"};
constexpr SV kAccountIvr[] = {"4 Konto i logowanie", "1 Reset hasła"};

// --- Common --------------------------------------------------------------------------------
constexpr SV kCustomerThanks[] = {
    "Dziękuję bardzo za pomoc!",      "Dziękuję, to wszystko.",
    "Super, dziękuję za szybką reakcję.", "Dziękuję, w takim razie czekam.",
    "OK, dziękuję.",                  "Dzięki, pozdrawiam.",
    "Dziękuję, sprawa załatwiona.",   "Wielkie dzięki, miłego dnia!",
};
constexpr SV kCustomerFillers[] = {
    "Dobrze.",
    "Rozumiem.",
    "Tak, zgadza się.",
    "A ile to potrwa?",
    "Czy dostanę potwierdzenie mailem?",
    "Proszę o informację, gdy coś będzie wiadomo.",
    "A czy jest inna możliwość?",
    "Chwileczkę, sprawdzę.",
    "Tak, mam numer zamówienia: {o}.",
    "To już kolejny kontakt w tej sprawie…",
    "Dobrze, poczekam.",
    "Mój e-mail to {e}.",
};
constexpr SV kCustomerReminders[] = {
    "Dzień dobry, czy jest już jakaś informacja w mojej sprawie?",
    "Nadal czekam na odpowiedź.",
    "Przypominam się w sprawie zamówienia {o}.",
    "Minęło kilka dni i nikt się nie odezwał. Proszę o kontakt.",
};
constexpr SV kAgentGreetings[] = {
    "Dzień dobry, tu {g} z obsługi klienta Mercato. W czym mogę pomóc?",
    "Witam, nazywam się {g}, chętnie pomogę.",
    "Dzień dobry! Dziękuję za cierpliwość, już zajmuję się sprawą.",
};
constexpr SV kAgentHolds[] = {
    "Proszę o chwilę, sprawdzam.",    "Już sprawdzam w systemie.",
    "Dziękuję, mam wszystkie informacje.", "Rozumiem.",
    "Czy mogę prosić o numer zamówienia?", "Dziękuję za cierpliwość.",
};
constexpr SV kAgentClosings[] = {
    "Czy mogę jeszcze w czymś pomóc?",
    "Dziękuję za kontakt, miłego dnia!",
    "W razie pytań jestem do dyspozycji.",
    "Proszę dać znać, gdyby coś jeszcze było potrzebne.",
};
constexpr SV kAgentQuestions[] = {
    "Czy <mógłby Pan|mogłaby Pani> przesłać zdjęcie paragonu?",
    "Czekam na potwierdzenie, czy taka propozycja odpowiada.",
    "Proszę o potwierdzenie adresu do wysyłki.",
    "Czy <mógłby Pan|mogłaby Pani> podać numer konta do zwrotu?",
};
constexpr SV kCustomerEmailOpen[] = {"Dzień dobry,\n\n", "Witam,\n\n",
                                     "Szanowni Państwo,\n\n", ""};
constexpr SV kCustomerEmailClose[] = {"\n\nPozdrawiam\n{f}", "\n\nZ poważaniem\n{f}",
                                      "\n\n{f}", "\n\nPozdrawiam serdecznie\n{f}"};
constexpr SV kAgentEmailOpen[] = {"Dzień dobry {v},\n\n", "Szanown<y Panie|a Pani>,\n\n",
                                  "Dzień dobry,\n\n"};
constexpr SV kAgentEmailClose[] = {
    "\n\nZ poważaniem\n{s}\nZespół Obsługi Klienta Mercato",
    "\n\nPozdrawiam serdecznie\n{s}\nMercato – Obsługa Klienta",
};
constexpr SV kCustomerReferences[] = {
    " Piszę w nawiązaniu do {R} z {D}.",
    " Zgłaszał[em|am] to już {D}.",
    " Kontaktował[em|am] się już {D} w tej samej sprawie.",
    " To ciąg dalszy {R} z dnia {D}.",
};

// --- The desk's own words ------------------------------------------------------------------
constexpr SV kAgentReferences[] = {
    "Kontynuacja {R} z {D}. ",
    "<Klient nawiązuje|Klientka nawiązuje> do {R} z {D}. ",
    "Sprawa znana z {R} z {D}. ",
};
constexpr SV kEscalationNotes[] = {
    "Przekazuję do zespołu {T} – sprawa wymaga decyzji o zwrocie {a}.",
    "Eskalacja: trzeci kontakt w tej sprawie, <klient rozważa|klientka rozważa> rezygnację z "
    "zakupów.",
    "Proszę o przejęcie – sprawa {k} przekracza moje uprawnienia.",
};
constexpr SV kAssignedEvents[] = {"Przypisano do: {s}", "Rozmowę przejął(a): {s}"};
constexpr SV kTransferEvents[] = {"Przekazano z zespołu {X} do zespołu {T}",
                                  "Eskalacja: {X} → {T}"};
constexpr SV kCustomerNotes[] = {
    "Preferuje kontakt telefoniczny po 16:00.",
    "<Stały klient|Stała klientka> programu lojalnościowego Mercato Plus.",
    "Prosi o faktury wystawiane na firmę.",
    "Niedosłyszy – lepiej kontaktować się przez czat lub e-mail.",
    "Dwukrotnie rekompensata w 2024 r. – decyzje z kierownikiem zmiany.",
};
constexpr SV kGeneralNotes[] = {
    "Sprawdzone w CRM – brak innych otwartych zgłoszeń.",
    "Do weryfikacji przez lidera zmiany.",
    "<Klient prosi|Klientka prosi> o kontakt wyłącznie mailowy.",
    "Ustalenia potwierdzone mailem na {e}.",
};

TopicLines makeLines(Lines subjects, Lines openings, Lines details, Lines firstReplies,
                     Lines progress, Lines resolutions, Lines notes, Lines callNotes,
                     Lines visitPurposes, Lines visitNotes, Lines tags, Lines ivr)
{
    return {subjects,  openings,      details,    firstReplies, progress, resolutions,
            notes,     callNotes,     visitPurposes, visitNotes, tags,     ivr};
}

const std::array<TopicLines, 6>& polishTables()
{
    static const std::array<TopicLines, 6> tables{
        makeLines(kComplaintSubjects, kComplaintOpenings, kComplaintDetails,
                  kComplaintFirstReplies, kComplaintProgress, kComplaintResolutions,
                  kComplaintNotes, kComplaintCallNotes, kComplaintVisitPurposes,
                  kComplaintVisitNotes, kComplaintTags, kComplaintIvr1),
        makeLines(kDeliverySubjects, kDeliveryOpenings, kDeliveryDetails,
                  kDeliveryFirstReplies, kDeliveryProgress, kDeliveryResolutions,
                  kDeliveryNotes, kDeliveryCallNotes, kDeliveryVisitPurposes,
                  kDeliveryVisitNotes, kDeliveryTags, kDeliveryIvr),
        makeLines(kBillingSubjects, kBillingOpenings, kBillingDetails, kBillingFirstReplies,
                  kBillingProgress, kBillingResolutions, kBillingNotes, kBillingCallNotes,
                  kBillingVisitPurposes, kBillingVisitNotes, kBillingTags, kBillingIvr),
        makeLines(kReturnSubjects, kReturnOpenings, kReturnDetails, kReturnFirstReplies,
                  kReturnProgress, kReturnResolutions, kReturnNotes, kReturnCallNotes,
                  kReturnVisitPurposes, kReturnVisitNotes, kReturnTags, kReturnIvr),
        makeLines(kWarrantySubjects, kWarrantyOpenings, kWarrantyDetails,
                  kWarrantyFirstReplies, kWarrantyProgress, kWarrantyResolutions,
                  kWarrantyNotes, kWarrantyCallNotes, kWarrantyVisitPurposes,
                  kWarrantyVisitNotes, kWarrantyTags, kWarrantyIvr),
        makeLines(kAccountSubjects, kAccountOpenings, kAccountDetails, kAccountFirstReplies,
                  kAccountProgress, kAccountResolutions, kAccountNotes, kAccountCallNotes,
                  kAccountVisitPurposes, kAccountVisitNotes, kAccountTags, kAccountIvr),
    };
    return tables;
}

} // namespace

const TopicLines& polishTopicLines(Topic topic)
{
    return polishTables()[static_cast<std::size_t>(topic)];
}

const CommonLines& polishCommonLines()
{
    static const CommonLines lines{kCustomerThanks,    kCustomerFillers,    kCustomerReminders,
                                   kAgentGreetings,    kAgentHolds,         kAgentClosings,
                                   kAgentQuestions,    kCustomerEmailOpen,  kCustomerEmailClose,
                                   kAgentEmailOpen,    kAgentEmailClose,    kCustomerReferences};
    return lines;
}

const DeskLines& deskLines()
{
    static const DeskLines lines{kAgentReferences, kEscalationNotes, kAssignedEvents,
                                 kTransferEvents,  kCustomerNotes,   kGeneralNotes};
    return lines;
}

} // namespace concord::demo
