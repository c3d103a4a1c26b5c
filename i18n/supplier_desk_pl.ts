<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Supplier Desk</source>
        <translation>O programie Supplier Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>Find your customers on the e-invoicing network, connect with them, and follow your connection requests and invoices, online and offline.</source>
        <translation>Znajdź swoich klientów w sieci e-fakturowania, połącz się z nimi i śledź swoje prośby o połączenie oraz faktury, online i offline.</translation>
    </message>
    <message>
        <source>Components included and their licences</source>
        <translation>Dołączone składniki i ich licencje</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Supplier Desk uses the Qt libraries through PySide6 under the &lt;a href="{lgpl}"&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The source code of Qt is available at &lt;a href="{qt}"&gt;{qt}&lt;/a&gt; and that of PySide6 at &lt;a href="{pyside}"&gt;{pyside}&lt;/a&gt;. The Qt libraries are separate files in the installation folder; you may replace them with your own build.</source>
        <translation>Supplier Desk korzysta z bibliotek Qt za pośrednictwem PySide6 na warunkach &lt;a href="{lgpl}"&gt;licencji GNU Lesser General Public License, wersja 3&lt;/a&gt;. Kod źródłowy Qt jest dostępny pod adresem &lt;a href="{qt}"&gt;{qt}&lt;/a&gt;, a PySide6 pod adresem &lt;a href="{pyside}"&gt;{pyside}&lt;/a&gt;. Biblioteki Qt są osobnymi plikami w folderze instalacji; możesz je zastąpić własną kompilacją.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Folder dziennika:</translation>
    </message>
    <message>
        <source>Installed in:</source>
        <translation>Zainstalowano w:</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otwórz folder &amp;danych</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <source>&amp;About Supplier Desk</source>
        <translation>&amp;O programie Supplier Desk</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <source>Please select</source>
        <translation>Prosimy wybrać</translation>
    </message>
</context>
<context>
    <name>AmountInput</name>
    <message>
        <source>Enter the invoice amount.</source>
        <translation>Podaj kwotę faktury.</translation>
    </message>
    <message>
        <source>Enter the amount as digits, for example {example}.</source>
        <translation>Podaj kwotę cyframi, np. {example}.</translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, for example {example}.</source>
        <translation>Część dziesiętną oddziel znakiem „{point}”, np. {example}.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals, for example {example}.</source>
        <translation>Kwota ma najwyżej dwa miejsca po przecinku, np. {example}.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>This amount is too large for an invoice.</source>
        <translation>Ta kwota jest za duża jak na fakturę.</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Podaj numer faktury.</translation>
    </message>
    <message>
        <source>An invoice number has at most {max} characters.</source>
        <translation>Numer faktury ma najwyżej {max} znaki.</translation>
    </message>
    <message>
        <source>The invoice number holds characters that cannot be sent.</source>
        <translation>Numer faktury zawiera znaki, których nie można wysłać.</translation>
    </message>
    <message>
        <source>The invoice date cannot be in the future.</source>
        <translation>Data faktury nie może być z przyszłości.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>CHOOSE</source>
        <translation>WYBIERZ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Usuń załącznik</translation>
    </message>
    <message>
        <source>Choose a supporting document of at most {size}</source>
        <translation>Wybierz dokument potwierdzający o rozmiarze najwyżej {size}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nie wybrano pliku</translation>
    </message>
    <message>
        <source>Choose a supporting document</source>
        <translation>Wybierz dokument potwierdzający</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xml *.csv *.xlsx *.docx)</source>
        <translation>Dokumenty (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xml *.csv *.xlsx *.docx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Sprawdzanie pliku {name}…</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Nie można odczytać pliku {name}.</translation>
    </message>
    <message>
        <source>{name} is too large: attachments may be at most {limit}.</source>
        <translation>Plik {name} jest za duży: załącznik może mieć najwyżej {limit}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <source>{name} is not a supported document. Attach a PDF, PNG, JPEG, TIFF, XML, CSV, XLSX or DOCX file.</source>
        <translation>Plik {name} nie jest obsługiwanym dokumentem. Załącz plik PDF, PNG, JPEG, TIFF, XML, CSV, XLSX lub DOCX.</translation>
    </message>
</context>
<context>
    <name>BulkPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Name in file</source>
        <translation>Nazwa w pliku</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Network number</source>
        <translation>Numer w sieci</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Kod dostawcy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>VAT number of another country</source>
        <translation>Numer VAT innego kraju</translation>
    </message>
    <message>
        <source>Invalid VAT number</source>
        <translation>Błędny numer VAT</translation>
    </message>
    <message>
        <source>Duplicate of row {row}</source>
        <translation>Powtórzenie wiersza {row}</translation>
    </message>
    <message>
        <source>Not matched yet</source>
        <translation>Jeszcze nie dopasowano</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Dokładne</translation>
    </message>
    <message>
        <source>Probable: choose</source>
        <translation>Prawdopodobne: wybierz</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybrano</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Już połączono</translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation>Prośba już wysłana</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Brak konta</translation>
    </message>
    <message>
        <source>Vendor code too long</source>
        <translation>Za długi kod dostawcy</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Pusty wiersz</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>Zgłoszenie {number}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Odrzucono: {reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation>Wymagana weryfikacja</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Otwarto zgłoszenie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówiono</translation>
    </message>
</context>
<context>
    <name>BulkWords</name>
    <message>
        <source>Connect with many customers</source>
        <translation>Połącz z wieloma klientami</translation>
    </message>
    <message>
        <source>Open your customer list (CSV or Excel), check how each row matches the network's directory, and send connection requests to all of them at once.</source>
        <translation>Otwórz listę klientów (CSV lub Excel), sprawdź, jak każdy wiersz pasuje do katalogu sieci, i wyślij prośby o połączenie do wszystkich naraz.</translation>
    </message>
    <message>
        <source>1. Customer list</source>
        <translation>1. Lista klientów</translation>
    </message>
    <message>
        <source>&amp;Open file...</source>
        <translation>&amp;Otwórz plik...</translation>
    </message>
    <message>
        <source>CSV (, ; or tab) or XLSX, up to {n} rows.</source>
        <translation>CSV (, ; lub tabulator) albo XLSX, do {n} wierszy.</translation>
    </message>
    <message>
        <source>2. Columns and account</source>
        <translation>2. Kolumny i konto</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>DOPASUJ</translation>
    </message>
    <message>
        <source>3. Preview</source>
        <translation>3. Podgląd</translation>
    </message>
    <message>
        <source>Filter rows by name, VAT or network number</source>
        <translation>Filtruj wiersze wg nazwy, numeru VAT lub numeru w sieci</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtruj wiersze</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Wiersze do pokazania</translation>
    </message>
    <message>
        <source>Preview of the customer list</source>
        <translation>Podgląd listy klientów</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandydaci</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Wszystkie wiersze</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>Do wyboru</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Invalid VAT number</source>
        <translation>Błędny numer VAT</translation>
    </message>
    <message>
        <source>Already connected or requested</source>
        <translation>Już połączone lub z prośbą</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Powtórzone wiersze</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Rozpocznij weryfikację</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Eksportuj XLSX</translation>
    </message>
    <message>
        <source>Open customer list</source>
        <translation>Otwórz listę klientów</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.xlsx *.txt)</source>
        <translation>Listy klientów (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: Excel workbook, {rows}</source>
        <translation>{file}: skoroszyt Excel, {rows}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinkami</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnikami</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulatorami</translation>
    </message>
    <message>
        <source>{file}: CSV, {encoding}, separated by {delimiter}, {rows}</source>
        <translation>{file}: CSV, {encoding}, rozdzielany {delimiter}, {rows}</translation>
    </message>
    <message>
        <source>{file}: the rows sent from it last time, {rows}</source>
        <translation>{file}: wiersze wysłane z niej ostatnio, {rows}</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nie udało się odczytać pliku.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>This is not a CSV or XLSX file. Save the list from your spreadsheet as CSV or XLSX.</source>
        <translation>To nie jest plik CSV ani XLSX. Zapisz listę z arkusza jako CSV lub XLSX.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and open it again.</source>
        <translation>To stary plik Excela (.xls). Zapisz go jako .xlsx lub CSV i otwórz ponownie.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>Plik jest większy niż 20 MB.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n row(s); up to 5000 can be connected at once. Split the list.</source>
        <translation>
            <numerusform>Plik ma %n wiersz; naraz można połączyć do 5000. Podziel listę.</numerusform>
            <numerusform>Plik ma %n wiersze; naraz można połączyć do 5000. Podziel listę.</numerusform>
            <numerusform>Plik ma %n wierszy; naraz można połączyć do 5000. Podziel listę.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds only a header row, no customers.</source>
        <translation>Plik zawiera tylko wiersz nagłówka, bez klientów.</translation>
    </message>
    <message>
        <source>The file's text is in an encoding that could not be read. Save it as UTF-8 CSV.</source>
        <translation>Tekst pliku jest w nieczytelnym kodowaniu. Zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>Matching needs the network, which cannot be reached. Try again later.</source>
        <translation>Dopasowanie wymaga połączenia z siecią, która jest niedostępna. Spróbuj później.</translation>
    </message>
    <message>
        <source>The network could not match the list. Try again.</source>
        <translation>Sieć nie mogła dopasować listy. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The requests could not be saved on this computer. Try again.</source>
        <translation>Nie udało się zapisać próśb na tym komputerze. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Choose the customer...</source>
        <translation>Wybierz klienta...</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Żaden z nich</translation>
    </message>
    <message>
        <source>{name} · {country} · {number} · {score}% alike</source>
        <translation>{name} · {country} · {number} · podobieństwo {score}%</translation>
    </message>
    <message>
        <source>Candidates: select a row to choose its customer</source>
        <translation>Kandydaci: zaznacz wiersz, aby wybrać klienta</translation>
    </message>
    <message>
        <source>Candidates for row {row}:</source>
        <translation>Kandydaci dla wiersza {row}:</translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n gotowy</numerusform>
            <numerusform>%n gotowe</numerusform>
            <numerusform>%n gotowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n do wyboru</numerusform>
            <numerusform>%n do wyboru</numerusform>
            <numerusform>%n do wyboru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nieznaleziony</numerusform>
            <numerusform>%n nieznalezione</numerusform>
            <numerusform>%n nieznalezionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid VAT number</source>
        <translation>
            <numerusform>%n z błędnym numerem VAT</numerusform>
            <numerusform>%n z błędnym numerem VAT</numerusform>
            <numerusform>%n z błędnym numerem VAT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already connected</source>
        <translation>
            <numerusform>%n już połączony</numerusform>
            <numerusform>%n już połączone</numerusform>
            <numerusform>%n już połączonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already requested</source>
        <translation>
            <numerusform>%n z prośbą już wysłaną</numerusform>
            <numerusform>%n z prośbą już wysłaną</numerusform>
            <numerusform>%n z prośbą już wysłaną</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n powtórzony</numerusform>
            <numerusform>%n powtórzone</numerusform>
            <numerusform>%n powtórzonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłany</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CONNECT (%n)</source>
        <translation>
            <numerusform>POŁĄCZ (%n)</numerusform>
            <numerusform>POŁĄCZ (%n)</numerusform>
            <numerusform>POŁĄCZ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>POŁĄCZ</translation>
    </message>
    <message>
        <source>Requests answered: {answered} of {total}</source>
        <translation>Prośby z odpowiedzią: {answered} z {total}</translation>
    </message>
    <message>
        <source>Offline: the rest go out when the network answers.</source>
        <translation>Bez połączenia: pozostałe zostaną wysłane, gdy sieć odpowie.</translation>
    </message>
    <message>
        <source>Open another list</source>
        <translation>Otwórz inną listę</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n request(s) from this list is still pending. Once another list is open, this page no longer shows it (Connection requests does). Export this list's result first?</source>
        <translation>
            <numerusform>Wynik %n prośby z tej listy wciąż jest w toku. Po otwarciu innej listy ta strona przestanie go pokazywać (pokazują go nadal Prośby o połączenie). Najpierw wyeksportować wynik tej listy?</numerusform>
            <numerusform>Wynik %n próśb z tej listy wciąż jest w toku. Po otwarciu innej listy ta strona przestanie go pokazywać (pokazują go nadal Prośby o połączenie). Najpierw wyeksportować wynik tej listy?</numerusform>
            <numerusform>Wynik %n próśb z tej listy wciąż jest w toku. Po otwarciu innej listy ta strona przestanie go pokazywać (pokazują go nadal Prośby o połączenie). Najpierw wyeksportować wynik tej listy?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export first...</source>
        <translation>Najpierw &amp;eksportuj...</translation>
    </message>
    <message>
        <source>&amp;Open without exporting</source>
        <translation>&amp;Otwórz bez eksportu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Customer chosen</source>
        <translation>Wybrany klient</translation>
    </message>
    <message>
        <source>Network number</source>
        <translation>Numer w sieci</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>connect-result</source>
        <translation>wynik-polaczenia</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Eksportuj wynik</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Nie udało się zapisać pliku.</translation>
    </message>
</context>
<context>
    <name>CacheOpen</name>
    <message>
        <source>Local data damaged</source>
        <translation>Dane lokalne uszkodzone</translation>
    </message>
    <message>
        <source>The local copy of your data was damaged. It was moved aside to {file} and Supplier Desk starts afresh; your data is downloaded again from the portal.</source>
        <translation>Lokalna kopia Twoich danych była uszkodzona. Przeniesiono ją do pliku {file}, a Supplier Desk zaczyna od nowa; dane zostaną ponownie pobrane z portalu.</translation>
    </message>
    <message>
        <source>Local data from a newer version</source>
        <translation>Dane lokalne z nowszej wersji</translation>
    </message>
    <message>
        <source>The local copy of your data was made by a newer version of Supplier Desk. It is left untouched; this session works on a temporary copy downloaded again from the portal.</source>
        <translation>Lokalna kopia Twoich danych została utworzona przez nowszą wersję Supplier Desk. Pozostaje nietknięta; w tej sesji pracujesz na tymczasowej kopii pobranej ponownie z portalu.</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>Step 2. Pass a challenge</source>
        <translation>Krok 2. Odpowiedz na pytanie kontrolne</translation>
    </message>
    <message>
        <source>Give the date and amount of the invoice the network names.</source>
        <translation>Podaj datę i kwotę faktury wskazanej przez sieć.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} min</source>
        <translation>{minutes}:{seconds:02d} min</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Customer &amp;name</source>
        <translation>&amp;Nazwa klienta</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>Numer &amp;VAT</translation>
    </message>
    <message>
        <source>Net&amp;work number</source>
        <translation>Numer w si&amp;eci</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Kr&amp;aj</translation>
    </message>
    <message>
        <source>Vendor co&amp;de</source>
        <translation>Kod &amp;dostawcy</translation>
    </message>
    <message>
        <source>Account co&amp;lumn</source>
        <translation>Kolumna kon&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Select account: the supplier account to link these customers to</source>
        <translation>&amp;Wybierz konto: konto dostawcy, z którym chcesz powiązać tych klientów</translation>
    </message>
    <message>
        <source>Per row, from the Account column</source>
        <translation>Dla każdego wiersza z kolumny konta</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(brak w pliku)</translation>
    </message>
</context>
<context>
    <name>ConnectMessages</name>
    <message>
        <source>How to connect with customers</source>
        <translation>Jak łączyć się z klientami</translation>
    </message>
    <message>
        <source>1. Type part of your customer's name, VAT number or network number in “Find your customers” and choose it from the list.
2. Select the account you would like to link this customer to.
3. To connect with several legal entities of a group, press SHOW GROUP and check them.
4. Add a vendor code, notes and a supporting document if you have them, then press CONNECT.

The network may ask you to verify the relationship with a recent invoice, or open a support request and contact the customer: note its ticket number.</source>
        <translation>1. Wpisz fragment nazwy klienta, jego numer VAT lub numer w sieci w polu „Znajdź swoich klientów” i wybierz go z listy.
2. Wybierz konto, z którym chcesz powiązać tego klienta.
3. Aby połączyć się z kilkoma podmiotami z grupy, kliknij POKAŻ GRUPĘ i zaznacz je.
4. Dodaj kod dostawcy, uwagi i dokument potwierdzający, jeśli je masz, a następnie kliknij POŁĄCZ.

Sieć może poprosić o weryfikację relacji na podstawie niedawnej faktury albo otworzyć zgłoszenie z prośbą o wsparcie i skontaktować się z klientem: zanotuj numer zgłoszenia.</translation>
    </message>
    <message>
        <source>{buyer}: already connected</source>
        <translation>{buyer}: połączenie już istnieje</translation>
    </message>
    <message>
        <source>{buyer}: already requested</source>
        <translation>{buyer}: prośba o połączenie została już wysłana</translation>
    </message>
    <message>
        <source>Some of the chosen customers are already connected or requested for this account:</source>
        <translation>Niektórzy z wybranych klientów są już połączeni z tym kontem lub wysłano już do nich prośbę o połączenie:</translation>
    </message>
    <message>
        <source>Send the connection request anyway?</source>
        <translation>Czy mimo to wysłać prośbę o połączenie?</translation>
    </message>
    <message>
        <source>Connect with customer</source>
        <translation>Połącz z klientem</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Wyślij mimo to</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect with customer</source>
        <translation>Połącz z klientem</translation>
    </message>
    <message>
        <source>Search for customers and send a connection request</source>
        <translation>Wyszukaj klientów i wyślij prośbę o połączenie</translation>
    </message>
    <message>
        <source>How to connect with customers</source>
        <translation>Jak łączyć się z klientami</translation>
    </message>
    <message>
        <source>Find your customers</source>
        <translation>Znajdź swoich klientów</translation>
    </message>
    <message>
        <source>Select account</source>
        <translation>Wybierz konto</translation>
    </message>
    <message>
        <source>Before we can proceed, please select the account you would like to link this customer to:</source>
        <translation>Zanim przejdziemy dalej, wybierz konto, z którym chcesz powiązać tego klienta:</translation>
    </message>
    <message>
        <source>Your supplier code in the customer's system, at most {max} characters</source>
        <translation>Twój kod dostawcy w systemie klienta, najwyżej {max} znaków</translation>
    </message>
    <message>
        <source>A message for the customer, at most {max} characters</source>
        <translation>Wiadomość dla klienta, najwyżej {max} znaków</translation>
    </message>
    <message>
        <source>Send the connection request for the chosen customer and account</source>
        <translation>Wyślij prośbę o połączenie dla wybranego klienta i konta</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Kod dostawcy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>If you have a supporting document that identifies your company to the chosen customer, attach it here, e.g. PO, invoice, remittance advice, contract.</source>
        <translation>Jeśli masz dokument potwierdzający, który identyfikuje Twoją firmę u wybranego klienta, załącz go tutaj, np. zamówienie, fakturę, awizo płatności, umowę.</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>POŁĄCZ</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nowa prośba</translation>
    </message>
    <message>
        <source>Empty the form for the next customer</source>
        <translation>Wyczyść formularz przed kolejnym klientem</translation>
    </message>
    <message>
        <source>The vendor code is too long: at most {max} characters.</source>
        <translation>Kod dostawcy jest za długi: najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>The notes are too long: at most {max} characters.</source>
        <translation>Uwagi są za długie: najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>Choose at most {max} legal entities in one request.</source>
        <translation>W jednej prośbie wybierz najwyżej {max} podmiotów.</translation>
    </message>
    <message>
        <source>Choose another attachment or remove it.</source>
        <translation>Wybierz inny załącznik albo go usuń.</translation>
    </message>
    <message>
        <source>Please wait: the attachment is being checked.</source>
        <translation>Poczekaj: załącznik jest sprawdzany.</translation>
    </message>
    <message>
        <source>Please select the account to link this customer to.</source>
        <translation>Wybierz konto, z którym chcesz powiązać tego klienta.</translation>
    </message>
    <message>
        <source>Choose a customer, or check at least one entity of the group.</source>
        <translation>Wybierz klienta albo zaznacz co najmniej jeden podmiot z grupy.</translation>
    </message>
    <message>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
</context>
<context>
    <name>ConnectRequestFlow</name>
    <message>
        <source>The supporting document could not be read. Choose it again.</source>
        <translation>Nie udało się odczytać dokumentu potwierdzającego. Wybierz go ponownie.</translation>
    </message>
    <message>
        <source>The request could not be saved on this computer. Try again.</source>
        <translation>Nie udało się zapisać prośby na tym komputerze. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>ConnectionRequestDialog</name>
    <message>
        <source>Connection request</source>
        <translation>Prośba o połączenie</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Zaktualizowano:</translation>
    </message>
    <message>
        <source>Vendor code:</source>
        <translation>Kod dostawcy:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Otwórz dokument</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Dokument potwierdzający</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Załącznik:</translation>
    </message>
    <message>
        <source>Not sent because:</source>
        <translation>Nie wysłano, ponieważ:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Network number</source>
        <translation>Numer w sieci</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation>Anuluj &amp;prośbę</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>ConnectionRequestsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niewysłana</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Completed: partly rejected</source>
        <translation>Zakończona: częściowo odrzucona</translation>
    </message>
</context>
<context>
    <name>ConnectionRequestsPage</name>
    <message>
        <source>Connection requests</source>
        <translation>Prośby o połączenie</translation>
    </message>
    <message>
        <source>Every connection request you sent, with where it stands for each customer</source>
        <translation>Wszystkie wysłane prośby o połączenie wraz ze stanem sprawy u każdego klienta</translation>
    </message>
    <message>
        <source>View details</source>
        <translation>Wyświetl szczegóły</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>POŁĄCZ</translation>
    </message>
    <message>
        <source>Connect with customer</source>
        <translation>Połącz z klientem</translation>
    </message>
    <message>
        <source>No connection requests yet. Use Connect with customer to send one.</source>
        <translation>Nie ma jeszcze próśb o połączenie. Wyślij ją na stronie Połącz z klientem.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Otwórz dokument</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anuluj prośbę</translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation>Prośba o połączenie</translation>
    </message>
    <message>
        <source>Connection request cancelled</source>
        <translation>Prośba o połączenie została anulowana</translation>
    </message>
</context>
<context>
    <name>CreditNoteLinesDialog</name>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation>Nota kredytowa do faktury {number}</translation>
    </message>
    <message>
        <source>Line {n}: {description}, {quantity} × {price}</source>
        <translation>Pozycja {n}: {description}, {quantity} × {price}</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Utwórz notę kredytową</translation>
    </message>
    <message>
        <source>Choose at least one line.</source>
        <translation>Wybierz co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Choose the lines the credit note gives back. All lines are chosen to start with.</source>
        <translation>Wybierz pozycje, których dotyczy nota kredytowa. Na początku wybrane są wszystkie.</translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <source>Find your customers</source>
        <translation>Znajdź swoich klientów</translation>
    </message>
    <message>
        <source>Arrow keys move through the customers found; Enter chooses one</source>
        <translation>Strzałki przechodzą między znalezionymi klientami; Enter wybiera klienta</translation>
    </message>
    <message>
        <source>Type part of a customer's name, its VAT number or its network number</source>
        <translation>Wpisz fragment nazwy klienta, jego numer VAT lub numer w sieci</translation>
    </message>
    <message>
        <source>Offline: searching customers already on this computer</source>
        <translation>Bez połączenia: wyszukiwanie wśród klientów zapisanych na tym komputerze</translation>
    </message>
    <message>
        <source>The search did not work. Please try again.</source>
        <translation>Wyszukiwanie nie powiodło się. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Nie znaleziono klientów</translation>
    </message>
</context>
<context>
    <name>DirectoryResultsModel</name>
    <message>
        <source>A group of buyers: choose it to see its legal entities</source>
        <translation>Grupa nabywców: wybierz ją, aby zobaczyć jej podmioty</translation>
    </message>
    <message>
        <source>Part of the group {group}</source>
        <translation>Część grupy {group}</translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (grupa)</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Export as PDF</source>
        <translation>Eksportuj jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as UBL XML</source>
        <translation>Eksportuj jako UBL XML</translation>
    </message>
    <message>
        <source>UBL XML (*.xml)</source>
        <translation>UBL XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Step 3. Complete</source>
        <translation>Krok 3. Gotowe</translation>
    </message>
    <message>
        <source>You have completed activation: you are now connected with {buyer}.</source>
        <translation>Aktywacja zakończona: masz teraz połączenie z nabywcą {buyer}.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Saved on this computer. Find it in Home's Saved invoices.</source>
        <translation>Zapisano na tym komputerze. Znajdziesz ją w Zapisanych fakturach na stronie głównej.</translation>
    </message>
    <message>
        <source>The invoice could not be written on this computer.</source>
        <translation>Nie udało się zapisać faktury na tym komputerze.</translation>
    </message>
    <message>
        <source>Checking against the Peppol BIS Billing 3.0 rules…</source>
        <translation>Sprawdzanie według reguł Peppol BIS Billing 3.0…</translation>
    </message>
    <message>
        <source>The rules could not be run on this invoice.</source>
        <translation>Nie udało się sprawdzić tej faktury według reguł.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>Attach a supporting document</source>
        <translation>Załącz dokument potwierdzający</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.csv *.xlsx)</source>
        <translation>Dokumenty (*.pdf *.png *.jpg *.jpeg *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nie udało się odczytać pliku.</translation>
    </message>
    <message>
        <source>The file is bigger than 10 MB.</source>
        <translation>Plik jest większy niż 10 MB.</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG, JPEG, CSV or XLSX file.</source>
        <translation>Załącz plik PDF, PNG, JPEG, CSV lub XLSX.</translation>
    </message>
    <message>
        <source>At most 10 supporting documents.</source>
        <translation>Najwyżej 10 dokumentów potwierdzających.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Wyeksportowano do {path}.</translation>
    </message>
</context>
<context>
    <name>EditorTotals</name>
    <message>
        <source>Totals appear once a line is complete.</source>
        <translation>Sumy pojawią się, gdy pozycja będzie kompletna.</translation>
    </message>
    <message>
        <source>Lines: {amount}</source>
        <translation>Pozycje: {amount}</translation>
    </message>
    <message>
        <source>Allowances: {amount}</source>
        <translation>Rabaty: {amount}</translation>
    </message>
    <message>
        <source>Charges: {amount}</source>
        <translation>Dopłaty: {amount}</translation>
    </message>
    <message>
        <source>Without VAT: {amount}</source>
        <translation>Bez VAT: {amount}</translation>
    </message>
    <message>
        <source>VAT {category}{rate} on {base}: {tax}</source>
        <translation>VAT {category}{rate} od {base}: {tax}</translation>
    </message>
    <message>
        <source>Total due: {amount}</source>
        <translation>Do zapłaty: {amount}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>you may not write to that place or the file is open elsewhere.</source>
        <translation>nie masz prawa zapisu w tym miejscu albo plik jest otwarty w innym programie.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>folder nie istnieje.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>dysk jest pełny.</translation>
    </message>
    <message>
        <source>choose another place and try again.</source>
        <translation>wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}</source>
        <translation>Nie można zapisać pliku {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <source>View group</source>
        <translation>Wyświetl grupę</translation>
    </message>
    <message>
        <source>This legal entity is part of a group. This option lets you select other legal entities of the group besides the one shown above.</source>
        <translation>Ten podmiot jest częścią grupy. Ta opcja pozwala wybrać także inne podmioty tej grupy oprócz podmiotu widocznego powyżej.</translation>
    </message>
    <message>
        <source>SHOW GROUP</source>
        <translation>POKAŻ GRUPĘ</translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>already connected</source>
        <translation>już połączono</translation>
    </message>
    <message>
        <source>already requested</source>
        <translation>prośba już wysłana</translation>
    </message>
</context>
<context>
    <name>GroupTreePanel</name>
    <message>
        <source>Select the entities you want to connect with. You can also select a group of buyers.</source>
        <translation>Wybierz podmioty, z którymi chcesz się połączyć. Możesz też wybrać grupę nabywców.</translation>
    </message>
    <message>
        <source>Legal entities of the group, by country</source>
        <translation>Podmioty grupy według krajów</translation>
    </message>
    <message>
        <source>Loading the group…</source>
        <translation>Wczytywanie grupy…</translation>
    </message>
    <message>
        <source>The group cannot be shown while the network is unreachable.</source>
        <translation>Nie można wyświetlić grupy, gdy sieć jest niedostępna.</translation>
    </message>
    <message>
        <source>The group could not be loaded. Please try again.</source>
        <translation>Nie udało się wczytać grupy. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Supplier Desk</source>
        <translation>Supplier Desk</translation>
    </message>
    <message>
        <source>Supplier account</source>
        <translation>Konto dostawcy</translation>
    </message>
    <message>
        <source>The supplier account you are working for</source>
        <translation>Konto dostawcy, w imieniu którego pracujesz</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Moje konto</translation>
    </message>
    <message>
        <source>Your company's data on the invoices of the selected supplier account</source>
        <translation>Dane Twojej firmy na fakturach wybranego konta dostawcy</translation>
    </message>
    <message>
        <source>Help &amp;&amp; Support</source>
        <translation>Pomoc i wsparcie</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Search invoice by invoice number, PO, transaction</source>
        <translation>Wyszukaj fakturę wg numeru faktury, zamówienia zakupu, transakcji</translation>
    </message>
    <message>
        <source>Invoice search</source>
        <translation>Wyszukiwanie faktur</translation>
    </message>
    <message>
        <source>Press Enter to see the matching invoices in Where is my invoice?</source>
        <translation>Naciśnij Enter, aby zobaczyć pasujące faktury na stronie Gdzie jest moja faktura?</translation>
    </message>
    <message>
        <source>Welcome {name}</source>
        <translation>Witamy, {name}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Utworzono prośbę</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Wysłano prośbę</translation>
    </message>
    <message>
        <source>Queued on this computer</source>
        <translation>W kolejce na tym komputerze</translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation>Wymagana weryfikacja</translation>
    </message>
    <message>
        <source>Support request opened</source>
        <translation>Otwarto zgłoszenie z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>The network is contacting the customer</source>
        <translation>Sieć kontaktuje się z klientem</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Odrzucona przez klienta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Połączenie już istnieje</translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation>Prośba już wysłana</translation>
    </message>
    <message>
        <source>The connection request was cancelled</source>
        <translation>Prośba o połączenie została anulowana</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection request to {buyer}</source>
        <translation>Prośba o połączenie z klientem {buyer}</translation>
    </message>
</context>
<context>
    <name>HomeDrafts</name>
    <message>
        <source>Delete draft</source>
        <translation>Usuń wersję roboczą</translation>
    </message>
    <message>
        <source>Delete the selected draft from this computer</source>
        <translation>Usuń wybraną wersję roboczą z tego komputera</translation>
    </message>
    <message>
        <source>{number} (draft)</source>
        <translation>{number} (wersja robocza)</translation>
    </message>
    <message>
        <source>{number} (waiting to be sent)</source>
        <translation>{number} (czeka na wysłanie)</translation>
    </message>
    <message>
        <source>Delete the draft {number} for {buyer}? It was never sent; this cannot be undone.</source>
        <translation>Usunąć wersję roboczą {number} dla {buyer}? Nie została wysłana; tego nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Connect with customers</source>
        <translation>Połącz się z klientami</translation>
    </message>
    <message>
        <source>Search for and connect with more customers on the network</source>
        <translation>Wyszukaj i łącz się z większą liczbą klientów w sieci</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>POŁĄCZ SIĘ</translation>
    </message>
    <message>
        <source>VIEW ALL</source>
        <translation>WYŚWIETL WSZYSTKIE</translation>
    </message>
    <message>
        <source>Send invoices</source>
        <translation>Wysyłaj faktury</translation>
    </message>
    <message>
        <source>Create new invoices in a few clicks</source>
        <translation>Twórz nowe faktury za pomocą kilku kliknięć</translation>
    </message>
    <message>
        <source>CREATE INVOICE</source>
        <translation>UTWÓRZ FAKTURĘ</translation>
    </message>
    <message>
        <source>Write a new invoice in the editor</source>
        <translation>Wystaw nową fakturę w edytorze</translation>
    </message>
    <message>
        <source>Check the status of your invoices</source>
        <translation>Sprawdź status swoich faktur</translation>
    </message>
    <message>
        <source>Track status changes of your invoices in real time</source>
        <translation>Śledź zmiany statusu swoich faktur w czasie rzeczywistym</translation>
    </message>
    <message>
        <source>WHERE IS MY INVOICE?</source>
        <translation>GDZIE JEST MOJA FAKTURA?</translation>
    </message>
    <message>
        <source>Failed invoices</source>
        <translation>Nieudane faktury</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Saved invoices</source>
        <translation>Zapisane faktury</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Zgłoszenia z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Przejdź</translation>
    </message>
    <message>
        <source>View all</source>
        <translation>Wyświetl wszystkie</translation>
    </message>
    <message>
        <source>The invoices could not be read from this computer's copy.</source>
        <translation>Nie można odczytać faktur zapisanych na tym komputerze.</translation>
    </message>
    <message>
        <source>No invoices on this computer yet. Once a customer is connected, its invoices arrive with the next sync.</source>
        <translation>Na tym komputerze nie ma jeszcze faktur. Gdy połączysz się z klientem, jego faktury pojawią się po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>No failed invoices. Nothing needs your attention.</source>
        <translation>Brak nieudanych faktur. Nic nie wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <source>No saved invoices waiting to be sent.</source>
        <translation>Brak zapisanych faktur czekających na wysłanie.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Jeszcze nie odświeżono</translation>
    </message>
    <message>
        <source>Last refreshed: just now</source>
        <translation>Ostatnie odświeżenie: przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>Last refreshed: %n minute(s) ago</source>
        <translation>
            <numerusform>Ostatnie odświeżenie: %n minutę temu</numerusform>
            <numerusform>Ostatnie odświeżenie: %n minuty temu</numerusform>
            <numerusform>Ostatnie odświeżenie: %n minut temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Activate your buyer</source>
        <translation>Aktywuj nabywcę</translation>
    </message>
    <message>
        <source>You need to complete a verification process before you can access invoice data for {buyer}.</source>
        <translation>Zanim uzyskasz dostęp do danych faktur nabywcy {buyer}, musisz przejść weryfikację.</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Nabywca:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>PO number:</source>
        <translation>Numer zamówienia zakupu:</translation>
    </message>
    <message>
        <source>Transaction ID:</source>
        <translation>Identyfikator transakcji:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Data wystawienia:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Termin płatności:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Kwota:</translation>
    </message>
    <message>
        <source>Why the network refused it</source>
        <translation>Dlaczego sieć ją odrzuciła</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historia statusów</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>What the rules found</source>
        <translation>Co wykazały reguły</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Fatal or warning</source>
        <translation>Błąd krytyczny czy ostrzeżenie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Treść reguły</translation>
    </message>
    <message>
        <source>Create &amp;credit note…</source>
        <translation>Utwórz &amp;notę kredytową…</translation>
    </message>
    <message>
        <source>&amp;Fix and resend</source>
        <translation>&amp;Popraw i wyślij ponownie</translation>
    </message>
    <message>
        <source>Export &amp;UBL…</source>
        <translation>Eksportuj &amp;UBL…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Eksportuj P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historia statusów</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Payment scheduled for {date}</source>
        <translation>Płatność zaplanowana na {date}</translation>
    </message>
    <message>
        <source>The buyer's VAT number on the invoice is not valid.</source>
        <translation>Numer VAT nabywcy podany na fakturze jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The network does not know the buyer named on the invoice.</source>
        <translation>Sieć nie zna nabywcy wskazanego na fakturze.</translation>
    </message>
    <message>
        <source>An invoice with this number was already sent to this buyer.</source>
        <translation>Faktura o tym numerze została już wysłana do tego nabywcy.</translation>
    </message>
    <message>
        <source>The invoice file does not follow the format the network accepts.</source>
        <translation>Plik faktury nie jest zgodny z formatem akceptowanym przez sieć.</translation>
    </message>
    <message>
        <source>The buyer requires a purchase order number on every invoice.</source>
        <translation>Nabywca wymaga numeru zamówienia zakupu na każdej fakturze.</translation>
    </message>
    <message>
        <source>The buyer does not know this purchase order number.</source>
        <translation>Nabywca nie zna tego numeru zamówienia zakupu.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Nota kredytowa</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nowa nota kredytowa</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nowa faktura</translation>
    </message>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation>Nota kredytowa do faktury {number}</translation>
    </message>
    <message>
        <source>The invoice could not be prepared from this computer's copy.</source>
        <translation>Nie udało się przygotować faktury z kopii na tym komputerze.</translation>
    </message>
    <message>
        <source>{name} (test customer)</source>
        <translation>{name} (klient testowy)</translation>
    </message>
    <message>
        <source>From: {party}</source>
        <translation>Od: {party}</translation>
    </message>
    <message>
        <source>VAT number: {vat}</source>
        <translation>Numer VAT: {vat}</translation>
    </message>
    <message>
        <source>To: choose a customer (an active relationship).</source>
        <translation>Do: wybierz klienta (aktywną relację).</translation>
    </message>
    <message>
        <source>To: {name}, {country}, network number {number}</source>
        <translation>Do: {name}, {country}, numer w sieci {number}</translation>
    </message>
    <message>
        <source>A test customer: practise here, nothing is billed.</source>
        <translation>Klient testowy: tu ćwiczysz, nic nie jest fakturowane naprawdę.</translation>
    </message>
    <message>
        <source>Correct your company's data in My account (in the header), then check again.</source>
        <translation>Popraw dane firmy w Moim koncie (w nagłówku), a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>A finding of the network named this field.</source>
        <translation>Sieć wskazała to pole w swoim sprawdzeniu.</translation>
    </message>
    <message>
        <source>Supplier &amp;account</source>
        <translation>Konto &amp;dostawcy</translation>
    </message>
    <message>
        <source>Invoice &amp;number</source>
        <translation>&amp;Numer faktury</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>Data &amp;wystawienia</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Termin płatności</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Warunki płatnoś&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Buyer reference</source>
        <translation>&amp;Referencja nabywcy</translation>
    </message>
    <message>
        <source>&amp;PO number</source>
        <translation>Numer &amp;zamówienia zakupu</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <source>VAT, allowances and charges</source>
        <translation>VAT, rabaty i dopłaty</translation>
    </message>
    <message>
        <source>Allowance reason</source>
        <translation>Powód rabatu</translation>
    </message>
    <message>
        <source>Charge reason</source>
        <translation>Powód dopłaty</translation>
    </message>
    <message>
        <source>Payment (credit transfer)</source>
        <translation>Płatność (przelew)</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Dokumenty potwierdzające</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Fatal or warning</source>
        <translation>Błąd krytyczny czy ostrzeżenie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Treść reguły</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Za&amp;pisz</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Wyśl&amp;ij</translation>
    </message>
    <message>
        <source>Custo&amp;mer</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>Wa&amp;luta</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Dod&amp;aj pozycję</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Podstawa zwolnienia z VAT</translation>
    </message>
    <message>
        <source>Document allowance</source>
        <translation>Rabat do dokumentu</translation>
    </message>
    <message>
        <source>Document charge</source>
        <translation>Dopłata do dokumentu</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export UBL…</source>
        <translation>Eksportuj UBL…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorWords</name>
    <message>
        <source>one (unit)</source>
        <translation>jedna (sztuka)</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>sztuka</translation>
    </message>
    <message>
        <source>each</source>
        <translation>każdy</translation>
    </message>
    <message>
        <source>set</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>para</translation>
    </message>
    <message>
        <source>box</source>
        <translation>pudełko</translation>
    </message>
    <message>
        <source>package</source>
        <translation>opakowanie</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>godzina</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuta</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogram</translation>
    </message>
    <message>
        <source>gram</source>
        <translation>gram</translation>
    </message>
    <message>
        <source>tonne</source>
        <translation>tona</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>metr</translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation>kilometr</translation>
    </message>
    <message>
        <source>centimetre</source>
        <translation>centymetr</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>metr kwadratowy</translation>
    </message>
    <message>
        <source>cubic metre</source>
        <translation>metr sześcienny</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>litr</translation>
    </message>
    <message>
        <source>millilitre</source>
        <translation>mililitr</translation>
    </message>
    <message>
        <source>kilowatt hour</source>
        <translation>kilowatogodzina</translation>
    </message>
    <message>
        <source>service unit</source>
        <translation>jednostka usługi</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>ryczałt</translation>
    </message>
    <message>
        <source>S: standard rate</source>
        <translation>S: stawka podstawowa</translation>
    </message>
    <message>
        <source>Z: zero rated</source>
        <translation>Z: stawka zerowa</translation>
    </message>
    <message>
        <source>E: exempt from VAT</source>
        <translation>E: zwolnione z VAT</translation>
    </message>
    <message>
        <source>AE: reverse charge</source>
        <translation>AE: odwrotne obciążenie</translation>
    </message>
    <message>
        <source>K: intra-community supply</source>
        <translation>K: dostawa wewnątrzwspólnotowa</translation>
    </message>
    <message>
        <source>G: export outside the EU</source>
        <translation>G: eksport poza UE</translation>
    </message>
    <message>
        <source>O: not subject to VAT</source>
        <translation>O: niepodlegające VAT</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Kategoria VAT</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>Stawka VAT %</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Dopłata</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>numer faktury</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>datę wystawienia</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>termin płatności</translation>
    </message>
    <message>
        <source>the payment terms</source>
        <translation>warunki płatności</translation>
    </message>
    <message>
        <source>the buyer reference or the PO number</source>
        <translation>referencję nabywcy lub numer zamówienia zakupu</translation>
    </message>
    <message>
        <source>the PO number</source>
        <translation>numer zamówienia zakupu</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>walutę</translation>
    </message>
    <message>
        <source>the IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>the BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>the VAT exemption reason</source>
        <translation>podstawę zwolnienia z VAT</translation>
    </message>
    <message>
        <source>the allowance</source>
        <translation>rabat</translation>
    </message>
    <message>
        <source>the allowance's reason</source>
        <translation>powód rabatu</translation>
    </message>
    <message>
        <source>the charge</source>
        <translation>dopłatę</translation>
    </message>
    <message>
        <source>the charge's reason</source>
        <translation>powód dopłaty</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>jednostkę</translation>
    </message>
    <message>
        <source>the net price</source>
        <translation>cenę netto</translation>
    </message>
    <message>
        <source>the VAT category</source>
        <translation>kategorię VAT</translation>
    </message>
    <message>
        <source>the VAT rate</source>
        <translation>stawkę VAT</translation>
    </message>
    <message>
        <source>your company's data (My account)</source>
        <translation>dane Twojej firmy (Moje konto)</translation>
    </message>
    <message>
        <source>the customer's data</source>
        <translation>dane klienta</translation>
    </message>
    <message>
        <source>the lines</source>
        <translation>pozycje</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klienta</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Uzupełnij to pole.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>To nie jest liczba.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Wartość nie może być ujemna.</translation>
    </message>
    <message>
        <source>At most 15 digits before the decimal point.</source>
        <translation>Najwyżej 15 cyfr przed przecinkiem.</translation>
    </message>
    <message>
        <source>At most 6 digits after the decimal point.</source>
        <translation>Najwyżej 6 cyfr po przecinku.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>To jest za długie.</translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217).</source>
        <translation>Wybierz walutę z listy (ISO 4217).</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Wybierz jednostkę z listy.</translation>
    </message>
    <message>
        <source>Choose a VAT category from the list.</source>
        <translation>Wybierz kategorię VAT z listy.</translation>
    </message>
    <message>
        <source>A VAT rate is between 0 and 100.</source>
        <translation>Stawka VAT mieści się między 0 a 100.</translation>
    </message>
    <message>
        <source>This account already used this invoice number.</source>
        <translation>To konto użyło już tego numeru faktury.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Ta wartość nie jest akceptowana.</translation>
    </message>
    <message>
        <source>Line {n}, {field}</source>
        <translation>Pozycja {n}, {field}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>This must be corrected before the invoice can be sent.</source>
        <translation>To trzeba poprawić, zanim faktura zostanie wysłana.</translation>
    </message>
    <message>
        <source>Worth a look; the invoice can still be sent.</source>
        <translation>Warto sprawdzić; fakturę nadal można wysłać.</translation>
    </message>
    <message>
        <source>{field} of line {n}</source>
        <translation>{field} w pozycji {n}</translation>
    </message>
    <message>
        <source>Correct {what}.</source>
        <translation>Popraw {what}.</translation>
    </message>
    <message>
        <source>Check {what}; the invoice can still be sent.</source>
        <translation>Sprawdź {what}; fakturę nadal można wysłać.</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>No rule found a problem: the invoice can be sent.</source>
        <translation>Żadna reguła nie wykazała problemu: fakturę można wysłać.</translation>
    </message>
    <message>
        <source>{fatal} fatal finding(s) and {warnings} warning(s): correct the fatal ones before sending.</source>
        <translation>Błędy krytyczne: {fatal}, ostrzeżenia: {warnings}. Popraw błędy krytyczne przed wysłaniem.</translation>
    </message>
    <message>
        <source>{warnings} warning(s): the invoice can still be sent.</source>
        <translation>Ostrzeżenia: {warnings}. Fakturę nadal można wysłać.</translation>
    </message>
</context>
<context>
    <name>InvoiceExport</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numer zamówienia zakupu</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Identyfikator transakcji</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Eksportuj faktury</translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation>faktury.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to {file}</source>
        <translation>
            <numerusform>Wyeksportowano %n fakturę do pliku {file}</numerusform>
            <numerusform>Wyeksportowano %n faktury do pliku {file}</numerusform>
            <numerusform>Wyeksportowano %n faktur do pliku {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
</context>
<context>
    <name>InvoiceFilters</name>
    <message>
        <source>Invoice number, PO number or transaction ID; * stands for any characters</source>
        <translation>Numer faktury, numer zamówienia zakupu lub identyfikator transakcji; * zastępuje dowolne znaki</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Wyszukaj faktury</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>&amp;Wystawione od</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>Accou&amp;nt:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Wystawione od</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Wystawione do</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>&amp;Nabywca:</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}. Choose an end date on or after the start date.</source>
        <translation>Data końcowa {end} jest wcześniejsza niż data początkowa {start}. Wybierz datę końcową równą dacie początkowej lub późniejszą.</translation>
    </message>
</context>
<context>
    <name>InvoiceFollowUps</name>
    <message>
        <source>The invoice's document could not be read, neither here nor from the network.</source>
        <translation>Nie udało się odczytać dokumentu faktury ani z tego komputera, ani z sieci.</translation>
    </message>
</context>
<context>
    <name>InvoiceImport</name>
    <message>
        <source>The file is bigger than 20 MB; an invoice file is far smaller.</source>
        <translation>Plik jest większy niż 20 MB; plik faktury jest znacznie mniejszy.</translation>
    </message>
    <message>
        <source>The file holds a DTD or entity declarations, which invoice files never need; it was not read.</source>
        <translation>Plik zawiera DTD lub deklaracje encji, których pliki faktur nigdy nie potrzebują; nie został odczytany.</translation>
    </message>
    <message>
        <source>The file is not XML.</source>
        <translation>Plik nie jest plikiem XML.</translation>
    </message>
    <message>
        <source>The file is XML but not a UBL 2.1 invoice or credit note.</source>
        <translation>Plik jest XML-em, ale nie fakturą ani notą kredytową UBL 2.1.</translation>
    </message>
    <message>
        <source>The invoice file lacks a required field or has a value that is not a number or date.</source>
        <translation>W pliku faktury brakuje wymaganego pola lub wartość nie jest liczbą ani datą.</translation>
    </message>
    <message>
        <source>The file could not be read as an invoice.</source>
        <translation>Nie udało się odczytać pliku jako faktury.</translation>
    </message>
    <message>
        <source>Import an invoice file</source>
        <translation>Importuj plik faktury</translation>
    </message>
    <message>
        <source>UBL invoice (*.xml)</source>
        <translation>Faktura UBL (*.xml)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nie udało się odczytać pliku.</translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message>
        <source>Step 1. Please provide the details of a recent invoice.</source>
        <translation>Krok 1. Podaj dane niedawnej faktury.</translation>
    </message>
    <message>
        <source>An invoice you sent to {buyer}, as written on the invoice.</source>
        <translation>Faktura wystawiona nabywcy {buyer}, z danymi tak jak na fakturze.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Choose the currency</source>
        <translation>Wybierz walutę</translation>
    </message>
    <message>
        <source>Fill from invoice file</source>
        <translation>Wypełnij z pliku faktury</translation>
    </message>
    <message>
        <source>Invoice files (*.xml)</source>
        <translation>Pliki faktur (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Filled from {file}. Check the details before you continue.</source>
        <translation>Wypełniono z pliku {file}. Sprawdź dane, zanim przejdziesz dalej.</translation>
    </message>
    <message>
        <source>{file} is larger than 10 MB; an invoice file is far smaller.</source>
        <translation>Plik {file} ma ponad 10 MB; plik faktury jest dużo mniejszy.</translation>
    </message>
    <message>
        <source>{file} is not an XML invoice. Choose a UBL or Peppol BIS invoice or credit note (.xml).</source>
        <translation>Plik {file} nie jest fakturą XML. Wybierz fakturę lub notę kredytową UBL albo Peppol BIS (.xml).</translation>
    </message>
    <message>
        <source>{file} holds XML declarations an invoice never needs (a DTD or entities), so it was not read.</source>
        <translation>Plik {file} zawiera deklaracje XML, których faktura nigdy nie potrzebuje (DTD lub encje), więc nie został odczytany.</translation>
    </message>
    <message>
        <source>{file} is XML, but not a UBL invoice or credit note.</source>
        <translation>Plik {file} to XML, ale nie faktura ani nota kredytowa UBL.</translation>
    </message>
    <message>
        <source>{file} has no invoice number, issue date or payable amount.</source>
        <translation>W pliku {file} brakuje numeru faktury, daty wystawienia lub kwoty do zapłaty.</translation>
    </message>
    <message>
        <source>{file} holds an invoice number, date, amount or currency that cannot be used.</source>
        <translation>Plik {file} zawiera numer faktury, datę, kwotę lub walutę, których nie można użyć.</translation>
    </message>
    <message>
        <source>{file} is an invoice to another customer, not to {buyer}.</source>
        <translation>Plik {file} to faktura dla innego klienta, nie dla nabywcy {buyer}.</translation>
    </message>
    <message>
        <source>{file} has no credit note number, issue date or payable amount.</source>
        <translation>W pliku {file} brakuje numeru noty kredytowej, daty wystawienia lub kwoty do zapłaty.</translation>
    </message>
    <message>
        <source>{file} is a credit note to another customer, not to {buyer}.</source>
        <translation>Plik {file} to nota kredytowa dla innego klienta, nie dla nabywcy {buyer}.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>Nie udało się odczytać pliku {file}.</translation>
    </message>
    <message>
        <source>Nothing was filled.</source>
        <translation>Niczego nie wypełniono.</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Credit note {number}</source>
        <translation>Nota kredytowa {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referencja nabywcy</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numer zamówienia zakupu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Koryguje fakturę</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>VAT breakdown</source>
        <translation>Zestawienie VAT</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>podstawa</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Rabaty</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Dopłaty</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Bez VAT</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Credit transfer to IBAN {iban}, BIC {bic}</source>
        <translation>Przelew na IBAN {iban}, BIC {bic}</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Dokumenty potwierdzające</translation>
    </message>
    <message>
        <source>VAT number: {vat}</source>
        <translation>Numer VAT: {vat}</translation>
    </message>
    <message>
        <source>Network number: {number}</source>
        <translation>Numer w sieci: {number}</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczona</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Wyjątek</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Scheduled for payment</source>
        <translation>Zaplanowana do zapłaty</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacona</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisana</translation>
    </message>
</context>
<context>
    <name>InvoiceStatusModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
</context>
<context>
    <name>InvoiceSummaryTable</name>
    <message>
        <source>View all</source>
        <translation>Wyświetl wszystkie</translation>
    </message>
    <message>
        <source>View all: {title}</source>
        <translation>Wyświetl wszystkie: {title}</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Wczytywanie faktur…</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numer zamówienia zakupu</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Identyfikator transakcji</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Where is my invoice?</source>
        <translation>Gdzie jest moja faktura?</translation>
    </message>
    <message>
        <source>Find an invoice by its number, PO number or transaction ID and see where it stands with your customer.</source>
        <translation>Znajdź fakturę po numerze faktury, numerze zamówienia zakupu lub identyfikatorze transakcji i sprawdź jej status u klienta.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Wczytywanie faktur…</translation>
    </message>
    <message>
        <source>Invoices by status</source>
        <translation>Faktury według statusu</translation>
    </message>
    <message>
        <source>No invoices to count.</source>
        <translation>Brak faktur do policzenia.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>All issue dates</source>
        <translation>Wszystkie daty wystawienia</translation>
    </message>
    <message>
        <source>Issued {start} – {end}</source>
        <translation>Wystawione {start} – {end}</translation>
    </message>
    <message>
        <source>The invoices could not be read from this computer.</source>
        <translation>Nie można odczytać faktur zapisanych na tym komputerze.</translation>
    </message>
    <message>
        <source>Still counted as before: {range}</source>
        <translation>Nadal liczone jak wcześniej: {range}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) found</source>
        <translation>
            <numerusform>Znaleziono %Ln fakturę</numerusform>
            <numerusform>Znaleziono %Ln faktury</numerusform>
            <numerusform>Znaleziono %Ln faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices on this computer yet. Once a customer is connected, its invoices arrive with the next sync.</source>
        <translation>Na tym komputerze nie ma jeszcze faktur. Gdy połączysz się z klientem, jego faktury pojawią się po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Type at least 3 characters in a row besides *, or the start of the number before it (*123, FV/2026*): a shorter pattern would read every invoice.</source>
        <translation>Wpisz co najmniej 3 znaki z rzędu oprócz *, albo początek numeru przed gwiazdką (*123, FV/2026*): krótszy wzorzec wymagałby przejrzenia wszystkich faktur.</translation>
    </message>
    <message>
        <source>No invoice matches “{text}”. Check the number, or use * for any characters (FV/2026*).</source>
        <translation>Żadna faktura nie pasuje do „{text}”. Sprawdź numer lub użyj * zamiast dowolnych znaków (FV/2026*).</translation>
    </message>
    <message>
        <source>No invoices match these filters.</source>
        <translation>Żadna faktura nie spełnia tych kryteriów.</translation>
    </message>
    <message>
        <source>Offline: searching the invoices on this computer, as of {time}.</source>
        <translation>Bez połączenia: wyszukiwanie w fakturach zapisanych na tym komputerze, stan na {time}.</translation>
    </message>
    <message>
        <source>Offline: no invoices have been synced to this computer yet.</source>
        <translation>Bez połączenia: na ten komputer nie zsynchronizowano jeszcze żadnych faktur.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Verification locked</source>
        <translation>Weryfikacja zablokowana</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Until {time}, every new verification with this customer is locked too. After that you can send a new connection request and verify again.</source>
        <translation>Do {time} każda nowa weryfikacja u tego klienta również będzie zablokowana. Potem możesz wysłać nową prośbę o połączenie i ponownie przejść weryfikację.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Translation damaged</source>
        <translation>Uszkodzone tłumaczenie</translation>
    </message>
    <message>
        <source>Supplier Desk cannot start</source>
        <translation>Nie można uruchomić Supplier Desk</translation>
    </message>
    <message>
        <source>Supplier Desk cannot keep its data in {folder}. Choose another folder with --data-dir.</source>
        <translation>Supplier Desk nie może przechowywać danych w {folder}. Wskaż inny folder opcją --data-dir.</translation>
    </message>
    <message>
        <source>The sandbox network could not start. The log file says why: {log}</source>
        <translation>Nie udało się uruchomić sieci testowej. Przyczynę podaje plik dziennika: {log}</translation>
    </message>
    <message>
        <source>The translation file {file} is missing or damaged, so Supplier Desk shows its own words in English. Reinstall Supplier Desk to repair it.</source>
        <translation>Brak pliku tłumaczenia {file} lub jest on uszkodzony, dlatego Supplier Desk wyświetla swoje teksty po angielsku. Aby to naprawić, zainstaluj Supplier Desk ponownie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplier Desk</source>
        <translation>Supplier Desk</translation>
    </message>
    <message>
        <source>{page} – Supplier Desk</source>
        <translation>{page} – Supplier Desk</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Log out of the network portal? Your cached data stays on this computer.</source>
        <translation>Wylogować się z portalu sieci? Zapisane dane pozostaną na tym komputerze.</translation>
    </message>
    <message>
        <source>How to connect with customers</source>
        <translation>Jak łączyć się z klientami</translation>
    </message>
    <message>
        <source>1. Choose Customers › Connect with customer, or CONNECT on the home page.
2. Type part of the customer's name, VAT number or network number and pick a legal entity or a group.
3. Select the account to link, add a vendor code, notes or a supporting document, and press CONNECT.
4. If the network asks for verification, give the details of a recent invoice. Otherwise a support ticket is opened and the network contacts the customer for you.</source>
        <translation>1. Wybierz Klienci › Połącz z klientem albo POŁĄCZ SIĘ na stronie głównej.
2. Wpisz fragment nazwy klienta, numer VAT lub numer w sieci i wybierz podmiot albo grupę.
3. Wybierz konto, z którym chcesz powiązać klienta, dodaj kod dostawcy, uwagi lub dokument potwierdzający i kliknij POŁĄCZ.
4. Jeśli sieć poprosi o weryfikację, podaj dane niedawnej faktury. W przeciwnym razie zostanie otwarte zgłoszenie do pomocy technicznej, a sieć skontaktuje się z klientem w Twoim imieniu.</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>To jest za długie.</translation>
    </message>
    <message>
        <source>Enter the country as its two-letter code, e.g. PL.</source>
        <translation>Podaj kraj jako dwuliterowy kod, np. PL.</translation>
    </message>
    <message>
        <source>This is not a valid VAT number for its country.</source>
        <translation>To nie jest poprawny numer VAT dla swojego kraju.</translation>
    </message>
    <message>
        <source>This is not a valid IBAN (check the digits).</source>
        <translation>To nie jest poprawny IBAN (sprawdź cyfry).</translation>
    </message>
    <message>
        <source>This is not a valid BIC (8 or 11 characters).</source>
        <translation>To nie jest poprawny BIC (8 lub 11 znaków).</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>Enter digits, spaces and + ( ) - only.</source>
        <translation>Wpisz tylko cyfry, spacje i znaki + ( ) -.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Ta wartość nie jest akceptowana.</translation>
    </message>
    <message>
        <source>Supplier account: {name} ({number})</source>
        <translation>Konto dostawcy: {name} ({number})</translation>
    </message>
    <message>
        <source>e.g. PL</source>
        <translation>np. PL</translation>
    </message>
    <message>
        <source>e.g. PL61 1090 1014 0000 0712 1981 2874</source>
        <translation>np. PL61 1090 1014 0000 0712 1981 2874</translation>
    </message>
    <message>
        <source>Your account's data could not be read.</source>
        <translation>Nie udało się odczytać danych Twojego konta.</translation>
    </message>
    <message>
        <source>Reading your account's data…</source>
        <translation>Odczytywanie danych Twojego konta…</translation>
    </message>
    <message>
        <source>The network refused your last change; correct it and save again.</source>
        <translation>Sieć odrzuciła Twoją ostatnią zmianę; popraw ją i zapisz ponownie.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the network with the next sync.</source>
        <translation>Zapisano na tym komputerze; trafi do sieci przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Your changes could not be saved on this computer.</source>
        <translation>Nie udało się zapisać zmian na tym komputerze.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Moje konto</translation>
    </message>
    <message>
        <source>Your company's data as it appears on the invoices you send from this supplier account.</source>
        <translation>Dane Twojej firmy tak, jak pojawiają się na fakturach wysyłanych z tego konta dostawcy.</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Nazwa prawna</translation>
    </message>
    <message>
        <source>S&amp;treet and number</source>
        <translation>&amp;Ulica i numer</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Kra&amp;j</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>Numer &amp;VAT</translation>
    </message>
    <message>
        <source>Co&amp;mpany ID</source>
        <translation>Numer &amp;rejestrowy firmy</translation>
    </message>
    <message>
        <source>I&amp;BAN</source>
        <translation>I&amp;BAN</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation>&amp;Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation>&amp;E-mail kontaktowy</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>&amp;Telefon kontaktowy</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Strona główna</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturowanie</translation>
    </message>
    <message>
        <source>&amp;Create invoice</source>
        <translation>&amp;Utwórz fakturę</translation>
    </message>
    <message>
        <source>I&amp;mport an invoice file…</source>
        <translation>&amp;Importuj plik faktury…</translation>
    </message>
    <message>
        <source>&amp;Where is my invoice?</source>
        <translation>&amp;Gdzie jest moja faktura?</translation>
    </message>
    <message>
        <source>My &amp;POs</source>
        <translation>Moje &amp;zamówienia zakupu</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <source>Customer &amp;documents</source>
        <translation>&amp;Dokumenty klienta</translation>
    </message>
    <message>
        <source>C&amp;onnect with customer</source>
        <translation>&amp;Połącz z klientem</translation>
    </message>
    <message>
        <source>Connect with &amp;many customers</source>
        <translation>Połącz z &amp;wieloma klientami</translation>
    </message>
    <message>
        <source>Customer &amp;relationships</source>
        <translation>&amp;Relacje z klientami</translation>
    </message>
    <message>
        <source>Connection re&amp;quests</source>
        <translation>Pr&amp;ośby o połączenie</translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation>&amp;Raportowanie</translation>
    </message>
    <message>
        <source>Help &amp;&amp; S&amp;upport</source>
        <translation>&amp;Pomoc i wsparcie</translation>
    </message>
    <message>
        <source>&amp;Support requests</source>
        <translation>&amp;Zgłoszenia z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>&amp;How to connect with customers</source>
        <translation>&amp;Jak łączyć się z klientami</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Języ&amp;k</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Jeszcze niedostępne</translation>
    </message>
</context>
<context>
    <name>NoticeBell</name>
    <message>
        <source>Notices ({count})</source>
        <translation>Komunikaty ({count})</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Komunikaty</translation>
    </message>
    <message numerus="yes">
        <source>Notices, %n unread</source>
        <translation>
            <numerusform>Komunikaty, %n nieprzeczytany</numerusform>
            <numerusform>Komunikaty, %n nieprzeczytane</numerusform>
            <numerusform>Komunikaty, %n nieprzeczytanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Notices</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>What the network told you lately: the last {count} notices.</source>
        <translation>Co ostatnio przekazała sieć: ostatnie komunikaty (do {count}).</translation>
    </message>
    <message>
        <source>No notices yet.</source>
        <translation>Nie ma jeszcze komunikatów.</translation>
    </message>
    <message>
        <source>Open &amp;support requests</source>
        <translation>Otwórz &amp;zgłoszenia z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>Notices, newest first</source>
        <translation>Komunikaty, od najnowszych</translation>
    </message>
    <message>
        <source>Unread: {text}</source>
        <translation>Nieprzeczytane: {text}</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Spró&amp;buj ponownie</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached and nothing has been synced yet.</source>
        <translation>Bez połączenia: portal jest nieosiągalny i nic jeszcze nie zsynchronizowano.</translation>
    </message>
    <message>
        <source>Offline, data as of {time}</source>
        <translation>Bez połączenia, dane z {time}</translation>
    </message>
    <message>
        <source>Try to reach the network portal now</source>
        <translation>Spróbuj teraz połączyć się z portalem sieci</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The network could not be reached. Try again when you are online.</source>
        <translation>Nie udało się połączyć z siecią. Spróbuj ponownie, gdy będziesz online.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Twoja sesja wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The network refused this request.</source>
        <translation>Sieć odrzuciła to żądanie.</translation>
    </message>
    <message>
        <source>The local data could not be read or written.</source>
        <translation>Nie udało się odczytać ani zapisać danych lokalnych.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, restart Supplier Desk.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli problem się powtarza, uruchom ponownie Supplier Desk.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A chosen customer is no longer on the network.</source>
        <translation>Jednego z wybranych klientów nie ma już w sieci.</translation>
    </message>
    <message>
        <source>The supplier account or the supporting document is no longer known.</source>
        <translation>Konto dostawcy lub dokument potwierdzający nie są już znane w sieci.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Prośba jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The supporting document is larger than 10 MB.</source>
        <translation>Dokument potwierdzający jest większy niż 10 MB.</translation>
    </message>
    <message>
        <source>The supporting document is empty.</source>
        <translation>Dokument potwierdzający jest pusty.</translation>
    </message>
    <message>
        <source>The supporting document is not of a type the network accepts.</source>
        <translation>Sieć nie przyjmuje dokumentów potwierdzających tego typu.</translation>
    </message>
    <message>
        <source>Your supporting documents on the network have reached their storage limit; documents not used by a request are removed after a day.</source>
        <translation>Twoje dokumenty potwierdzające w sieci osiągnęły limit miejsca; dokumenty niedołączone do żadnej prośby są usuwane po jednym dniu.</translation>
    </message>
    <message>
        <source>The network had too many attempts at once; try again in a few minutes.</source>
        <translation>Sieć odnotowała zbyt wiele prób naraz; spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>The network gave the reason “{code}”.</source>
        <translation>Sieć podała powód „{code}”.</translation>
    </message>
    <message>
        <source>The network did not accept it.</source>
        <translation>Sieć jej nie przyjęła.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts to renew the sign-in. Supplier Desk will sync again in %n minute(s); queued requests wait until then.</source>
        <translation>
            <numerusform>Zbyt wiele prób odnowienia logowania. Supplier Desk zsynchronizuje dane ponownie za %n minutę; prośby w kolejce poczekają do tego czasu.</numerusform>
            <numerusform>Zbyt wiele prób odnowienia logowania. Supplier Desk zsynchronizuje dane ponownie za %n minuty; prośby w kolejce poczekają do tego czasu.</numerusform>
            <numerusform>Zbyt wiele prób odnowienia logowania. Supplier Desk zsynchronizuje dane ponownie za %n minut; prośby w kolejce poczekają do tego czasu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Network number</source>
        <translation>Numer w sieci</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Kod dostawcy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekująca</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <source>Customer relationships</source>
        <translation>Relacje z klientami</translation>
    </message>
    <message>
        <source>Every customer you are connected with, or have asked to connect with.</source>
        <translation>Wszyscy klienci, z którymi masz połączenie lub do których wysłano prośbę o połączenie.</translation>
    </message>
    <message>
        <source>Filter by name, network number or VAT number</source>
        <translation>Filtruj wg nazwy, numeru w sieci lub numeru VAT</translation>
    </message>
    <message>
        <source>Filter relationships</source>
        <translation>Filtruj relacje</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Loading customer relationships…</source>
        <translation>Wczytywanie relacji z klientami…</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>POŁĄCZ SIĘ</translation>
    </message>
    <message>
        <source>The customer relationships could not be read.</source>
        <translation>Nie udało się odczytać relacji z klientami.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total}</source>
        <translation>
            <numerusform>Wyświetlono %n z {total}</numerusform>
            <numerusform>Wyświetlono %n z {total}</numerusform>
            <numerusform>Wyświetlono %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No relationships match your filter.</source>
        <translation>Żadna relacja nie pasuje do filtra.</translation>
    </message>
    <message>
        <source>No customer relationships yet. Connect with a customer to start one.</source>
        <translation>Nie masz jeszcze relacji z klientami. Połącz się z klientem, aby ją utworzyć.</translation>
    </message>
    <message>
        <source>customer-relationships.csv</source>
        <translation>relacje-z-klientami.csv</translation>
    </message>
    <message>
        <source>Export customer relationships</source>
        <translation>Eksportuj relacje z klientami</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Zapisz widoczne wiersze jako plik CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n relationship(s) to {file}</source>
        <translation>
            <numerusform>Wyeksportowano %n relację do pliku {file}</numerusform>
            <numerusform>Wyeksportowano %n relacje do pliku {file}</numerusform>
            <numerusform>Wyeksportowano %n relacji do pliku {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Cancel request</source>
        <translation>Anuluj prośbę</translation>
    </message>
    <message>
        <source>Cancel the connection request to {customers}? The network stops working on it and its open support requests are closed.</source>
        <translation>Anulować prośbę o połączenie z: {customers}? Sieć przestanie się nią zajmować, a otwarte zgłoszenia z prośbą o wsparcie zostaną zamknięte.</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Anuluj prośbę</translation>
    </message>
    <message>
        <source>&amp;Keep request</source>
        <translation>&amp;Zachowaj prośbę</translation>
    </message>
    <message>
        <source>You are offline. A request already sent can be cancelled once the network is reachable again.</source>
        <translation>Pracujesz offline. Wysłaną prośbę można anulować, gdy sieć znów będzie dostępna.</translation>
    </message>
    <message>
        <source>The network could not be reached. Try again in a moment.</source>
        <translation>Nie udało się połączyć z siecią. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Nothing in this request is waiting any more: it cannot be cancelled.</source>
        <translation>W tej prośbie nic już nie oczekuje: nie można jej anulować.</translation>
    </message>
    <message>
        <source>The request could not be cancelled. Try again in a moment.</source>
        <translation>Nie udało się anulować prośby. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of document.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera ten rodzaj dokumentu.</translation>
    </message>
    <message>
        <source>The document is kept by the network, which cannot be reached. Try again once you are online.</source>
        <translation>Dokument jest przechowywany w sieci, z którą nie ma teraz połączenia. Spróbuj ponownie, gdy będziesz online.</translation>
    </message>
    <message>
        <source>The document is no longer available.</source>
        <translation>Dokument nie jest już dostępny.</translation>
    </message>
    <message>
        <source>The document could not be saved on this computer.</source>
        <translation>Nie udało się zapisać dokumentu na tym komputerze.</translation>
    </message>
    <message>
        <source>The document could not be opened. Try again in a moment.</source>
        <translation>Nie udało się otworzyć dokumentu. Spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>RequestOutcomePanel</name>
    <message>
        <source>Connection request</source>
        <translation>Prośba o połączenie</translation>
    </message>
    <message>
        <source>The network refused the request. {reason}</source>
        <translation>Sieć odrzuciła prośbę. {reason}</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Rozpocznij weryfikację</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Queued — will be sent when the network is reachable</source>
        <translation>W kolejce — zostanie wysłana, gdy sieć będzie dostępna</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niewysłana</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Odrzucona przez klienta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Połączenie już istnieje</translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation>Prośba już wysłana</translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation>Wymagana weryfikacja</translation>
    </message>
    <message>
        <source>Request pending — ticket number {ticket}. The network will contact the customer; note this number.</source>
        <translation>Prośba oczekuje — numer zgłoszenia {ticket}. Sieć skontaktuje się z klientem; zanotuj ten numer.</translation>
    </message>
    <message>
        <source>Sent — waiting for the network's answer</source>
        <translation>Wysłano — czekamy na odpowiedź sieci</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Starting the sandbox network…</source>
        <translation>Uruchamianie sieci testowej…</translation>
    </message>
</context>
<context>
    <name>SelectedCustomerBox</name>
    <message>
        <source>Selected:</source>
        <translation>Wybrano:</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Network number:</source>
        <translation>Numer w sieci:</translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (grupa)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Twoje logowanie wygasło. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The portal can be reached again. Sign in to sync your data.</source>
        <translation>Portal jest znów dostępny. Zaloguj się, aby zsynchronizować dane.</translation>
    </message>
    <message>
        <source>Sign in – Supplier Desk</source>
        <translation>Logowanie – Supplier Desk</translation>
    </message>
    <message>
        <source>Sign in to the network portal</source>
        <translation>Zaloguj się do portalu sieci</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Zapamiętaj mnie</translation>
    </message>
    <message>
        <source>Sandbox network: sign in as {users} with the password {password}.</source>
        <translation>Sieć testowa: zaloguj się jako {users}, hasło: {password}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain, never your password.</source>
        <translation>Logowanie jest przechowywane w systemowym pęku kluczy; Twoje hasło nigdy.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer: you stay signed in for this session only.</source>
        <translation>Na tym komputerze nie ma systemowego pęku kluczy: pozostaniesz zalogowany tylko w tej sesji.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Zal&amp;oguj</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Pracuj offline</translation>
    </message>
    <message>
        <source>Open the data on this computer now; sign in once the portal answers.</source>
        <translation>Otwórz teraz dane zapisane na tym komputerze; zaloguj się, gdy portal odpowie.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Podaj nazwę użytkownika i hasło.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych prób. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z portalem. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The portal gave an answer Supplier Desk does not understand. Try again later.</source>
        <translation>Portal zwrócił odpowiedź, której Supplier Desk nie rozumie. Spróbuj ponownie później.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message numerus="yes">
        <source>%n invoice(s) in the chosen range</source>
        <translation>
            <numerusform>%n faktura w wybranym zakresie</numerusform>
            <numerusform>%n faktury w wybranym zakresie</numerusform>
            <numerusform>%n faktur w wybranym zakresie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequestsPage</name>
    <message>
        <source>Support requests</source>
        <translation>Zgłoszenia z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>When a customer shares no invoice history, the network opens a support request and contacts the customer for you.</source>
        <translation>Gdy klient nie udostępnia historii faktur, sieć otwiera zgłoszenie z prośbą o wsparcie i kontaktuje się z klientem w Twoim imieniu.</translation>
    </message>
    <message>
        <source>View details</source>
        <translation>Wyświetl szczegóły</translation>
    </message>
    <message>
        <source>Filter by ticket number or customer</source>
        <translation>Filtruj według numeru zgłoszenia lub klienta</translation>
    </message>
    <message>
        <source>Filter support requests</source>
        <translation>Filtruj zgłoszenia z prośbą o wsparcie</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Open: the network is still working on it</source>
        <translation>Otwarte: sieć nadal się nimi zajmuje</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total}</source>
        <translation>
            <numerusform>Wyświetlono %n z {total}</numerusform>
            <numerusform>Wyświetlono %n z {total}</numerusform>
            <numerusform>Wyświetlono %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No support requests match your filter.</source>
        <translation>Żadne zgłoszenie nie pasuje do filtra.</translation>
    </message>
    <message>
        <source>No support requests.</source>
        <translation>Brak zgłoszeń z prośbą o wsparcie.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidgets</name>
    <message>
        <source>Cancel sync</source>
        <translation>Anuluj synchronizację</translation>
    </message>
    <message>
        <source>Stop syncing now; the next sync continues where this one stopped.</source>
        <translation>Zatrzymaj synchronizację teraz; następna będzie kontynuowana od miejsca, w którym ta się zatrzymała.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Starting the sandbox network…</source>
        <translation>Uruchamianie sieci testowej…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Accounts {done} of {total}</source>
        <translation>Konta: {done} z {total}</translation>
    </message>
    <message>
        <source>Account profiles {done} of {total}</source>
        <translation>Profile kont {done} z {total}</translation>
    </message>
    <message>
        <source>Relationships {done} of {total}</source>
        <translation>Relacje: {done} z {total}</translation>
    </message>
    <message>
        <source>Connection requests {done} of {total}</source>
        <translation>Prośby o połączenie: {done} z {total}</translation>
    </message>
    <message>
        <source>Support requests {done} of {total}</source>
        <translation>Zgłoszenia z prośbą o wsparcie: {done} z {total}</translation>
    </message>
    <message>
        <source>Verifications {done} of {total}</source>
        <translation>Weryfikacje: {done} z {total}</translation>
    </message>
    <message>
        <source>Invoices {done} of {total}</source>
        <translation>Faktury: {done} z {total}</translation>
    </message>
    <message>
        <source>Items {done} of {total}</source>
        <translation>Elementy: {done} z {total}</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Zatrzymywanie synchronizacji…</translation>
    </message>
    <message>
        <source>Sync cancelled. The next sync continues where this one stopped.</source>
        <translation>Synchronizacja anulowana. Następna będzie kontynuowana od miejsca, w którym ta się zatrzymała.</translation>
    </message>
    <message>
        <source>Syncing accounts… {count}</source>
        <translation>Synchronizacja kont… {count}</translation>
    </message>
    <message>
        <source>Syncing relationships… {count}</source>
        <translation>Synchronizacja relacji… {count}</translation>
    </message>
    <message>
        <source>Syncing connection requests… {count}</source>
        <translation>Synchronizacja próśb o połączenie… {count}</translation>
    </message>
    <message>
        <source>Syncing support requests… {count}</source>
        <translation>Synchronizacja zgłoszeń… {count}</translation>
    </message>
    <message>
        <source>Syncing invoices… {count}</source>
        <translation>Synchronizacja faktur… {count}</translation>
    </message>
    <message>
        <source>Syncing… {count}</source>
        <translation>Synchronizacja… {count}</translation>
    </message>
    <message>
        <source>Sync works again. Your data here is up to date.</source>
        <translation>Synchronizacja znów działa. Dane na tym komputerze są aktualne.</translation>
    </message>
    <message>
        <source>The network portal sent an answer Supplier Desk cannot read. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation>Portal sieci przesłał odpowiedź, której Supplier Desk nie potrafi odczytać. Dane na tym komputerze pozostały bez zmian; Supplier Desk spróbuje ponownie.</translation>
    </message>
    <message>
        <source>The network portal refused to sync. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation>Portal sieci odmówił synchronizacji. Dane na tym komputerze pozostały bez zmian; Supplier Desk spróbuje ponownie.</translation>
    </message>
    <message>
        <source>Sync failed. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation>Synchronizacja nie powiodła się. Dane na tym komputerze pozostały bez zmian; Supplier Desk spróbuje ponownie.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>W sieci</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bez połączenia</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n prośba czeka na wysłanie</numerusform>
            <numerusform>%n prośby czekają na wysłanie</numerusform>
            <numerusform>%n próśb czeka na wysłanie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Support request {number}</source>
        <translation>Zgłoszenie {number}</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Numer zgłoszenia:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rozwiązanie:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Otwarto:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Zaktualizowano:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Connect with {buyer}</source>
        <translation>Połączenie z klientem {buyer}</translation>
    </message>
</context>
<context>
    <name>TicketNotifier</name>
    <message>
        <source>Support request resolved</source>
        <translation>Zgłoszenie rozwiązane</translation>
    </message>
    <message>
        <source>Support request {number} resolved: {buyer} declined the connection</source>
        <translation>Zgłoszenie {number} rozwiązane: połączenie z klientem {buyer} zostało odrzucone</translation>
    </message>
    <message>
        <source>Support request {number} resolved: connected to {buyer}</source>
        <translation>Zgłoszenie {number} rozwiązane: połączono z klientem {buyer}</translation>
    </message>
    <message>
        <source>Support request {number} resolved</source>
        <translation>Zgłoszenie {number} rozwiązane</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Support ticket opened</source>
        <translation>Otwarto zgłoszenie do pomocy technicznej</translation>
    </message>
</context>
<context>
    <name>TicketsModel</name>
    <message>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
</context>
<context>
    <name>VerificationChallenge</name>
    <message>
        <source>The network names another of your invoices to this customer. Enter its date and amount.</source>
        <translation>Sieć wskazuje inną Twoją fakturę dla tego klienta. Podaj jej datę i kwotę.</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation>Da&amp;ta faktury</translation>
    </message>
    <message>
        <source>Invoice &amp;amount</source>
        <translation>&amp;Kwota faktury</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>VerificationDone</name>
    <message>
        <source>Invoice data for this customer will follow; it may take a while to load all of it.</source>
        <translation>Dane faktur tego klienta pojawią się wkrótce; wczytanie wszystkich może chwilę potrwać.</translation>
    </message>
    <message>
        <source>You will find the customer as Active in Customers &gt; Customer relationships.</source>
        <translation>Klient będzie widoczny jako aktywny w sekcji Klienci &gt; Relacje z klientami.</translation>
    </message>
</context>
<context>
    <name>VerificationIntro</name>
    <message>
        <source>Have a recent invoice to this customer at hand: you will enter its number, date and amount. The network then names another of your invoices to this customer and asks for its date and amount.</source>
        <translation>Przygotuj niedawną fakturę dla tego klienta: podasz jej numer, datę i kwotę. Następnie sieć wskaże inną Twoją fakturę dla tego klienta i zapyta o jej datę i kwotę.</translation>
    </message>
    <message>
        <source>If you do not pass verification, you can ask the network to contact the customer instead.</source>
        <translation>Jeśli nie przejdziesz weryfikacji, możesz poprosić sieć o kontakt z klientem.</translation>
    </message>
</context>
<context>
    <name>VerificationInvoice</name>
    <message>
        <source>Invoice &amp;number</source>
        <translation>&amp;Numer faktury</translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation>Da&amp;ta faktury</translation>
    </message>
    <message>
        <source>Invoice &amp;amount</source>
        <translation>&amp;Kwota faktury</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Wa&amp;luta</translation>
    </message>
    <message>
        <source>&amp;Fill from invoice file…</source>
        <translation>Wy&amp;pełnij z pliku faktury…</translation>
    </message>
</context>
<context>
    <name>VerificationLauncher</name>
    <message>
        <source>Start verification: {customer}</source>
        <translation>Rozpocznij weryfikację: {customer}</translation>
    </message>
</context>
<context>
    <name>VerificationLocked</name>
    <message>
        <source>Too many answers did not match the invoices the network holds, so this verification is locked.</source>
        <translation>Zbyt wiele odpowiedzi nie zgadzało się z fakturami w sieci, dlatego weryfikacja została zablokowana.</translation>
    </message>
    <message>
        <source>You can still connect: the network opens a support ticket and contacts the customer to confirm you.</source>
        <translation>Nadal możesz się połączyć: sieć otworzy zgłoszenie do pomocy technicznej i skontaktuje się z klientem, aby Cię potwierdzić.</translation>
    </message>
    <message>
        <source>Connect anyway: the network will contact the buyer</source>
        <translation>Połącz mimo to: sieć skontaktuje się z nabywcą</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Checking with the network…</source>
        <translation>Sprawdzanie w sieci…</translation>
    </message>
</context>
<context>
    <name>VerificationSidePanel</name>
    <message>
        <source>Support ticket opened: the network will contact the customer for you.</source>
        <translation>Otwarto zgłoszenie do pomocy technicznej: sieć sama skontaktuje się z klientem.</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>bieżący krok</translation>
    </message>
    <message>
        <source>Activation workflow</source>
        <translation>Proces aktywacji</translation>
    </message>
    <message>
        <source>Enter an invoice</source>
        <translation>Wprowadź fakturę</translation>
    </message>
    <message>
        <source>Provide details of a recent invoice.</source>
        <translation>Podaj dane niedawnej faktury.</translation>
    </message>
    <message>
        <source>Pass a challenge</source>
        <translation>Odpowiedz na pytanie kontrolne</translation>
    </message>
    <message>
        <source>We will show you an invoice number, you must provide the relevant details.</source>
        <translation>Pokażemy numer faktury, a Ty podasz jej dane.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>You have completed activation and will soon see the latest information on your invoices.</source>
        <translation>Aktywacja zakończona; wkrótce zobaczysz najnowsze informacje o swoich fakturach.</translation>
    </message>
    <message>
        <source>If you do not pass verification, raise a ticket in Help &amp; Support.</source>
        <translation>Jeśli nie przejdziesz weryfikacji, utwórz zgłoszenie w sekcji Pomoc i wsparcie.</translation>
    </message>
</context>
<context>
    <name>VerificationTicket</name>
    <message>
        <source>The network opened a support ticket and will contact the customer. Note this ticket number:</source>
        <translation>Sieć otworzyła zgłoszenie do pomocy technicznej i skontaktuje się z klientem. Zanotuj numer zgłoszenia:</translation>
    </message>
    <message>
        <source>You can follow it in Help &amp; Support &gt; Support requests.</source>
        <translation>Możesz je śledzić w sekcji Pomoc i wsparcie &gt; Zgłoszenia z prośbą o wsparcie.</translation>
    </message>
</context>
<context>
    <name>VerificationWizard</name>
    <message>
        <source>Activate your buyer — {buyer}</source>
        <translation>Aktywuj nabywcę — {buyer}</translation>
    </message>
    <message>
        <source>Close the verification?</source>
        <translation>Zamknąć weryfikację?</translation>
    </message>
    <message>
        <source>The details you typed are not sent yet and will be lost. You can open the verification again later.</source>
        <translation>Wpisane dane nie zostały jeszcze wysłane i zostaną utracone. Weryfikację możesz otworzyć ponownie później.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Odrzuć i zamknij</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Edytuj dalej</translation>
    </message>
    <message numerus="yes">
        <source>These details do not match an invoice to this customer. %n attempt(s) left.</source>
        <translation>
            <numerusform>Te dane nie zgadzają się z żadną fakturą dla tego klienta. Pozostała %n próba.</numerusform>
            <numerusform>Te dane nie zgadzają się z żadną fakturą dla tego klienta. Pozostały %n próby.</numerusform>
            <numerusform>Te dane nie zgadzają się z żadną fakturą dla tego klienta. Pozostało %n prób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The date or amount does not match the invoice the network named. %n attempt(s) left.</source>
        <translation>
            <numerusform>Data lub kwota nie zgadza się ze wskazaną fakturą. Pozostała %n próba.</numerusform>
            <numerusform>Data lub kwota nie zgadza się ze wskazaną fakturą. Pozostały %n próby.</numerusform>
            <numerusform>Data lub kwota nie zgadza się ze wskazaną fakturą. Pozostało %n prób.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time for the challenge ran out. Enter a recent invoice again to get a new challenge.</source>
        <translation>Czas na odpowiedź minął. Podaj ponownie niedawną fakturę, aby otrzymać nowe pytanie kontrolne.</translation>
    </message>
    <message>
        <source>Verification needs the network, which cannot be reached now. Try again when you are online; the rest of the app works offline.</source>
        <translation>Weryfikacja wymaga połączenia z siecią, która jest teraz nieosiągalna. Spróbuj ponownie po połączeniu; reszta aplikacji działa offline.</translation>
    </message>
    <message>
        <source>The network does not know this verification for your account.</source>
        <translation>Sieć nie zna tej weryfikacji dla Twojego konta.</translation>
    </message>
    <message>
        <source>The network could not take the answer. Try again later.</source>
        <translation>Sieć nie mogła przyjąć odpowiedzi. Spróbuj ponownie później.</translation>
    </message>
</context>
</TS>
