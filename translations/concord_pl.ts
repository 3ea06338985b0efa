<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CommandLine</name>
    <message>
        <source>Concord Desk: one inbox for every customer channel, with the customer's whole history beside the conversation.</source>
        <translation>Concord Desk: jedna skrzynka dla wszystkich kanałów kontaktu z klientem, z całą historią klienta obok rozmowy.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Pokaż tę pomoc i zakończ.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Pokaż wersję i zakończ.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ŚCIEŻKA</translation>
    </message>
    <message>
        <source>Language of the interface: pl or en. Default: the system's.</source>
        <translation>Język interfejsu: pl lub en. Domyślnie: język systemu.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Try '%1 --help'.</source>
        <translation>Spróbuj „%1 --help”.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>Unknown language '%1': use pl or en.</source>
        <translation>Nieznany język „%1”: użyj pl lub en.</translation>
    </message>
    <message>
        <source>The cache path must not be empty.</source>
        <translation>Ścieżka pamięci podręcznej nie może być pusta.</translation>
    </message>
    <message>
        <source>Sync with the concord-hub at ADDRESS (host or host:port). Default: the hub used last, or the built-in demo hub.</source>
        <translation>Synchronizuj z concord-hub pod ADRESEM (host lub host:port). Domyślnie: ostatnio używany hub albo wbudowany hub demonstracyjny.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Use the built-in demo hub, even when another hub was used last.</source>
        <translation>Użyj wbudowanego huba demonstracyjnego, nawet jeśli ostatnio używany był inny hub.</translation>
    </message>
    <message>
        <source>Open the cache file at PATH offline, without a hub and read-only. A missing file is created with demo data.</source>
        <translation>Otwórz plik pamięci podręcznej ze ŚCIEŻKI offline, bez huba i tylko do odczytu. Brakujący plik zostanie utworzony z danymi demonstracyjnymi.</translation>
    </message>
    <message>
        <source>Sign in as the agent with this login (with the built-in hub: any demo login).</source>
        <translation>Zaloguj jako konsultant o tym loginie (z wbudowanym hubem: dowolny login demonstracyjny).</translation>
    </message>
    <message>
        <source>'%1' is not a hub address: write it as host or host:port.</source>
        <translation>„%1” nie jest adresem huba: wpisz go jako host albo host:port.</translation>
    </message>
    <message>
        <source>Choose one of --hub, --embedded and --cache.</source>
        <translation>Wybierz jedną z opcji: --hub, --embedded, --cache.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekująca</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Przychodząca</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Wychodząca</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Oddzwonienie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik zespołu</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The folder for the cache %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu pamięci podręcznej %1.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened. Check that the file exists and that you may read and write it.</source>
        <translation>Nie można otworzyć pamięci podręcznej %1. Sprawdź, czy plik istnieje i czy masz prawo go czytać i zapisywać.</translation>
    </message>
    <message>
        <source>The file %1 is not a Concord cache or is damaged. It was left untouched; choose another file with --cache.</source>
        <translation>Plik %1 nie jest pamięcią podręczną Concord albo jest uszkodzony. Pozostawiono go bez zmian; wskaż inny plik opcją --cache.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Concord. It was left untouched; update Concord to open it.</source>
        <translation>Pamięć podręczną %1 zapisała nowsza wersja Concord. Pozostawiono ją bez zmian; zaktualizuj Concord, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>The cache %1 could not be upgraded to this version. No change was kept.</source>
        <translation>Nie udało się uaktualnić pamięci podręcznej %1 do tej wersji. Nie zachowano żadnej zmiany.</translation>
    </message>
    <message>
        <source>The cache %1 has no such agent. Check the login given with --agent.</source>
        <translation>W pamięci podręcznej %1 nie ma takiego konsultanta. Sprawdź login podany opcją --agent.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be used.</source>
        <translation>Nie można użyć pamięci podręcznej %1.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Login lub hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your supervisor.</source>
        <translation>To konto jest wyłączone. Zwróć się do przełożonego.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a minute and try again.</source>
        <translation>Zbyt wiele nieudanych prób. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Twoja sesja wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>This hub speaks another version of the protocol. Update Concord.</source>
        <translation>Ten hub używa innej wersji protokołu. Zaktualizuj Concord.</translation>
    </message>
    <message>
        <source>The hub refused to sign you in (%1).</source>
        <translation>Hub odmówił zalogowania (%1).</translation>
    </message>
    <message>
        <source>%1 has already taken this conversation.</source>
        <translation>Tę rozmowę prowadzi już %1.</translation>
    </message>
    <message>
        <source>Someone else has already taken this conversation.</source>
        <translation>Ktoś inny przejął już tę rozmowę.</translation>
    </message>
    <message>
        <source>The conversation changed in the meantime. Look again and repeat.</source>
        <translation>Rozmowa zmieniła się w międzyczasie. Sprawdź ją i powtórz.</translation>
    </message>
    <message>
        <source>This conversation belongs to another team: you may read it, not change it.</source>
        <translation>Ta rozmowa należy do innego zespołu: możesz ją czytać, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Ta rozmowa już nie istnieje.</translation>
    </message>
    <message>
        <source>The hub refused the change (%1); it was undone.</source>
        <translation>Hub odrzucił zmianę (%1); została cofnięta.</translation>
    </message>
    <message>
        <source>The hub at %1 does not answer. Check the address and the network.</source>
        <translation>Hub pod adresem %1 nie odpowiada. Sprawdź adres i sieć.</translation>
    </message>
    <message>
        <source>The built-in hub cannot listen on this computer's loopback address.</source>
        <translation>Wbudowany hub nie może nasłuchiwać na adresie pętli zwrotnej tego komputera.</translation>
    </message>
    <message>
        <source>The built-in demo hub cannot start: %1</source>
        <translation>Nie można uruchomić wbudowanego huba demonstracyjnego: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>termin za %1</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>przekroczono %1 temu</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChannelFilter</name>
    <message>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
    </message>
</context>
<context>
    <name>concord::ui::ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie</numerusform>
            <numerusform>%n zmiany czekają na wysłanie</numerusform>
            <numerusform>%n zmian czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>No hub configured: this desk works on its own cache.</source>
        <translation>Brak skonfigurowanego huba: to stanowisko pracuje na własnej pamięci podręcznej.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Loading the inbox: %L1 records…</source>
        <translation>Wczytywanie skrzynki… (rekordy: %L1)</translation>
    </message>
</context>
<context>
    <name>concord::ui::ConversationActions</name>
    <message>
        <source>&amp;Take it</source>
        <translation>&amp;Przejmij</translation>
    </message>
    <message>
        <source>Another team's conversation: read only.</source>
        <translation>Rozmowa innego zespołu: tylko do odczytu.</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Przypisz tę rozmowę do siebie</translation>
    </message>
    <message>
        <source>Someone else has this conversation</source>
        <translation>Tę rozmowę ma ktoś inny</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorytet: %1</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Hand this conversation to another team</source>
        <translation>Przekaż tę rozmowę innemu zespołowi</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Przekazanie do zespołu %1</translation>
    </message>
    <message>
        <source>A note for %1 (optional): what has been done, what the customer expects.</source>
        <translation>Notatka dla zespołu %1 (opcjonalnie): co zostało zrobione, czego oczekuje klient.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Log a phone call or a branch visit with this customer</source>
        <translation>Zarejestruj rozmowę telefoniczną lub wizytę w oddziale tego klienta</translation>
    </message>
    <message>
        <source>Phone call…</source>
        <translation>Rozmowa telefoniczna…</translation>
    </message>
    <message>
        <source>Branch visit…</source>
        <translation>Wizyta w oddziale…</translation>
    </message>
</context>
<context>
    <name>concord::ui::ConversationHeader</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisano</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
</context>
<context>
    <name>concord::ui::ConversationPane</name>
    <message>
        <source>This conversation is no longer in the local cache.</source>
        <translation>Tej rozmowy nie ma już w lokalnej pamięci podręcznej.</translation>
    </message>
    <message>
        <source>The conversation could not be read from the local cache. Try again; if it keeps failing, restart Concord.</source>
        <translation>Nie udało się odczytać rozmowy z lokalnej pamięci podręcznej. Spróbuj ponownie; jeśli błąd się powtarza, uruchom Concord ponownie.</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Wybierz rozmowę</translation>
    </message>
    <message>
        <source>Pick one in the inbox to read its thread here.</source>
        <translation>Wybierz rozmowę w skrzynce, aby przeczytać tu jej wątek.</translation>
    </message>
    <message>
        <source>Writing a reply: %1</source>
        <translation>Piszący odpowiedź: %1</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Również tutaj: %1</translation>
    </message>
</context>
<context>
    <name>concord::ui::CustomerHistoryModel</name>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Rozpoczęta %1</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Ostatnia aktywność %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Zespół: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Przypisano: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the conversation pane</source>
        <translation>Otwórz w panelu rozmowy</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
</context>
<context>
    <name>concord::ui::CustomerPane</name>
    <message>
        <source>This customer is no longer in the local cache.</source>
        <translation>Tego klienta nie ma już w lokalnej pamięci podręcznej.</translation>
    </message>
    <message>
        <source>The customer could not be read from the local cache. Try again; if it keeps failing, restart Concord.</source>
        <translation>Nie udało się odczytać klienta z lokalnej pamięci podręcznej. Spróbuj ponownie; jeśli błąd się powtarza, uruchom Concord ponownie.</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Wybierz rozmowę</translation>
    </message>
    <message>
        <source>The customer's profile and history appear here.</source>
        <translation>Tu pojawią się profil i historia klienta.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Historia klienta</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) on every channel</source>
        <translation>
            <numerusform>%n rozmowa we wszystkich kanałach</numerusform>
            <numerusform>%n rozmowy we wszystkich kanałach</numerusform>
            <numerusform>%n rozmów we wszystkich kanałach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::CustomerProfileView</name>
    <message>
        <source>Ms</source>
        <translation>Pani</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Tożsamości</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>klient od %1</translation>
    </message>
    <message>
        <source>No known identities</source>
        <translation>Brak znanych tożsamości</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>preferuje: %1</translation>
    </message>
</context>
<context>
    <name>concord::ui::CustomerSummaryView</name>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Average CSAT</source>
        <translation>Średni CSAT</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n rozmowa</numerusform>
            <numerusform>%1: %n rozmowy</numerusform>
            <numerusform>%1: %n rozmów</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>brak odpowiedzi</translation>
    </message>
</context>
<context>
    <name>concord::ui::DeskStartup</name>
    <message>
        <source>Concord Desk cannot start</source>
        <translation>Nie można uruchomić Concord Desk</translation>
    </message>
    <message>
        <source>%1 (built-in demo hub)</source>
        <translation>%1 (wbudowany hub demonstracyjny)</translation>
    </message>
    <message>
        <source>Preparing the demo inbox…</source>
        <translation>Przygotowywanie demonstracyjnej skrzynki…</translation>
    </message>
    <message>
        <source>Concord Desk</source>
        <translation>Concord Desk</translation>
    </message>
    <message>
        <source>Preparing the demo hub…</source>
        <translation>Przygotowywanie huba demonstracyjnego…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Logowanie jako %1…</translation>
    </message>
</context>
<context>
    <name>concord::ui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
</context>
<context>
    <name>concord::ui::InboxModel</name>
    <message>
        <source>The inbox could not be read from the local cache.</source>
        <translation>Nie udało się odczytać skrzynki z lokalnej pamięci podręcznej.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Zespół: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Ostatnia aktywność: %1</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Bez SLA</translation>
    </message>
    <message>
        <source>SLA due: %1</source>
        <translation>Termin SLA: %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisano</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>concord::ui::InboxPane</name>
    <message>
        <source>Newest activity</source>
        <translation>Najnowsza aktywność</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>Najbliższy termin SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Search messages, subjects and customers</source>
        <translation>Szukaj w wiadomościach, tematach i klientach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Dowolny priorytet</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Kolejność listy</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>Sortuj: %1</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message>
        <source>The inbox cannot be shown</source>
        <translation>Nie można wyświetlić skrzynki</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>Nothing in this view matches “%1”.</source>
        <translation>Nic w tym widoku nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No conversations match these filters</source>
        <translation>Żadna rozmowa nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <source>Choose other channels, statuses or priorities.</source>
        <translation>Wybierz inne kanały, statusy lub priorytety.</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Nic nie jest do Ciebie przypisane</translation>
    </message>
    <message>
        <source>Conversations you own will appear here.</source>
        <translation>Tu pojawią się rozmowy przypisane do Ciebie.</translation>
    </message>
    <message>
        <source>Every conversation has an owner</source>
        <translation>Każda rozmowa ma opiekuna</translation>
    </message>
    <message>
        <source>New conversations waiting for an agent appear here.</source>
        <translation>Tu pojawiają się nowe rozmowy czekające na konsultanta.</translation>
    </message>
    <message>
        <source>Your teams' queue is empty</source>
        <translation>Kolejka Twoich zespołów jest pusta</translation>
    </message>
    <message>
        <source>Conversations routed to your teams appear here.</source>
        <translation>Tu pojawiają się rozmowy skierowane do Twoich zespołów.</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nie ma jeszcze rozmów</translation>
    </message>
    <message>
        <source>Conversations from every channel appear here.</source>
        <translation>Tu pojawiają się rozmowy ze wszystkich kanałów.</translation>
    </message>
</context>
<context>
    <name>concord::ui::InboxViewTabs</name>
    <message>
        <source>Show view: %1</source>
        <translation>Pokaż widok: %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>My teams</source>
        <translation>Moje zespoły</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>view name, then how many conversations it holds</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>concord::ui::LogContactDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Log a phone call</source>
        <translation>Rejestracja rozmowy telefonicznej</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>Log a branch visit</source>
        <translation>Rejestracja wizyty w oddziale</translation>
    </message>
    <message>
        <source>e.g. Szczecin, Wojska Polskiego 24</source>
        <translation>np. Szczecin, Wojska Polskiego 24</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Oddział:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <source>What was said and agreed, for whoever reads this next</source>
        <translation>Co zostało powiedziane i ustalone — dla osoby, która przeczyta to później</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Podsumowanie:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Zarejestruj</translation>
    </message>
</context>
<context>
    <name>concord::ui::LoginDialog</name>
    <message>
        <source>Sign in to Concord</source>
        <translation>Logowanie do Concord</translation>
    </message>
    <message>
        <source>host:port, e.g. hub.example.com:%1</source>
        <translation>host:port, np. hub.example.com:%1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>“%1” is not a hub address. Write it as host or host:port.</source>
        <translation>„%1” nie jest adresem huba. Wpisz go jako host albo host:port.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Logowanie do %1…</translation>
    </message>
</context>
<context>
    <name>concord::ui::MainWindow</name>
    <message>
        <source>Concord Desk</source>
        <translation>Concord Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Następna rozmowa</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Poprzednia rozmowa</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Szukaj rozmów</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>My teams</source>
        <translation>Moje zespoły</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Show view: %1</source>
        <translation>Pokaż widok: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Concord Desk</source>
        <translation>&amp;O programie Concord Desk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message>
        <source>About Concord Desk</source>
        <translation>O programie Concord Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concord Desk %1&lt;/h3&gt;&lt;p&gt;One inbox for e-mail, chat, SMS, social messengers, calls and branch visits, with the customer's whole history beside the conversation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord Desk %1&lt;/h3&gt;&lt;p&gt;Jedna skrzynka dla e-maili, czatu, SMS-ów, komunikatorów społecznościowych, rozmów telefonicznych i wizyt w oddziałach, z całą historią klienta obok rozmowy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Offline cache, read only: %1</source>
        <translation>Pamięć podręczna offline, tylko do odczytu: %1</translation>
    </message>
    <message>
        <source>&amp;New conversation with this customer…</source>
        <translation>&amp;Nowa rozmowa z tym klientem…</translation>
    </message>
</context>
<context>
    <name>concord::ui::MaskMenuButton</name>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter name: chosen values</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: dowolny</translation>
    </message>
</context>
<context>
    <name>concord::ui::NewConversationDialog</name>
    <message>
        <source>New conversation with %1</source>
        <translation>Nowa rozmowa: %1</translation>
    </message>
    <message>
        <source>What it is about, e.g. Callback about order MC-1234</source>
        <translation>Czego dotyczy, np. Oddzwonienie w sprawie zamówienia MC-1234</translation>
    </message>
    <message>
        <source>First message to the customer (optional)</source>
        <translation>Pierwsza wiadomość do klienta (opcjonalnie)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Zespół:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Wiadomość:</translation>
    </message>
</context>
<context>
    <name>concord::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>Calls and visits have no channel to reply on; write a note instead.</source>
        <translation>Rozmowy telefoniczne i wizyty nie mają kanału odpowiedzi; dodaj notatkę.</translation>
    </message>
    <message>
        <source>Write an internal note: only colleagues see it.</source>
        <translation>Napisz notatkę wewnętrzną: zobaczą ją tylko współpracownicy.</translation>
    </message>
    <message>
        <source>Write to %1 (%2)…</source>
        <translation>Napisz do: %1 (%2)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter dodaje notatkę</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends by %1</source>
        <translation>Ctrl+Enter wysyła kanałem: %1</translation>
    </message>
</context>
<context>
    <name>concord::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>concord::ui::ThreadModel</name>
    <message>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Visit · %1</source>
        <translation>Wizyta · %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Kolejka: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Cel: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Do: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>DW: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>Notatka wewnętrzna: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>%1 · waiting to send</source>
        <translation>%1 · czeka na wysłanie</translation>
    </message>
</context>
<context>
    <name>concord::ui::ThreadView</name>
    <message>
        <source>Conversation thread</source>
        <translation>Wątek rozmowy</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiuj wiadomość</translation>
    </message>
</context>
</TS>