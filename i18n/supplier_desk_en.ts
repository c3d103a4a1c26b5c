<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your customers on the e-invoicing network, connect with them, and follow your connection requests and invoices, online and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components included and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier Desk uses the Qt libraries through PySide6 under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The source code of Qt is available at &lt;a href=&quot;{qt}&quot;&gt;{qt}&lt;/a&gt; and that of PySide6 at &lt;a href=&quot;{pyside}&quot;&gt;{pyside}&lt;/a&gt;. The Qt libraries are separate files in the installation folder; you may replace them with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountInput</name>
    <message>
        <source>Enter the invoice amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as digits, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimals, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is too large for an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice number has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number holds characters that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHOOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supporting document of at most {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supporting document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xml *.csv *.xlsx *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large: attachments may be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a supported document. Attach a PDF, PNG, JPEG, TIFF, XML, CSV, XLSX or DOCX file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number of another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWords</name>
    <message>
        <source>Connect with many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your customer list (CSV or Excel), check how each row matches the network&apos;s directory, and send connection requests to all of them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (, ; or tab) or XLSX, up to {n} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Columns and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows by name, VAT or network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected or requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: Excel workbook, {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: CSV, {encoding}, separated by {delimiter}, {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the rows sent from it last time, {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV or XLSX file. Save the list from your spreadsheet as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n row(s); up to 5000 can be connected at once. Split the list.</source>
        <translation>
            <numerusform>The file has %n row; up to 5000 can be connected at once. Split the list.</numerusform>
            <numerusform>The file has %n rows; up to 5000 can be connected at once. Split the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds only a header row, no customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text is in an encoding that could not be read. Save it as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching needs the network, which cannot be reached. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not match the list. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {country} · {number} · {score}% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: select a row to choose its customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates for row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n to choose</numerusform>
            <numerusform>%n to choose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid VAT number</source>
        <translation>
            <numerusform>%n with an invalid VAT number</numerusform>
            <numerusform>%n with an invalid VAT number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already connected</source>
        <translation>
            <numerusform>%n already connected</numerusform>
            <numerusform>%n already connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already requested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n repeated</numerusform>
            <numerusform>%n repeated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CONNECT (%n)</source>
        <translation>
            <numerusform>CONNECT (%n)</numerusform>
            <numerusform>CONNECT (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered: {answered} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the rest go out when the network answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n request(s) from this list is still pending. Once another list is open, this page no longer shows it (Connection requests does). Export this list&apos;s result first?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export first...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect-result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheOpen</name>
    <message>
        <source>Local data damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data was damaged. It was moved aside to {file} and Supplier Desk starts afresh; your data is downloaded again from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data was made by a newer version of Supplier Desk. It is left untouched; this session works on a temporary copy downloaded again from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>Step 2. Pass a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and amount of the invoice the network names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Customer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account co&amp;lumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select account: the supplier account to link these customers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per row, from the Account column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectMessages</name>
    <message>
        <source>How to connect with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Type part of your customer&apos;s name, VAT number or network number in “Find your customers” and choose it from the list.
2. Select the account you would like to link this customer to.
3. To connect with several legal entities of a group, press SHOW GROUP and check them.
4. Add a vendor code, notes and a supporting document if you have them, then press CONNECT.

The network may ask you to verify the relationship with a recent invoice, or open a support request and contact the customer: note its ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{buyer}: already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{buyer}: already requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the chosen customers are already connected or requested for this account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the connection request anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for customers and send a connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to connect with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we can proceed, please select the account you would like to link this customer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supplier code in the customer&apos;s system, at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message for the customer, at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the connection request for the chosen customer and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have a supporting document that identifies your company to the chosen customer, attach it here, e.g. PO, invoice, remittance advice, contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for the next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor code is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most {max} legal entities in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another attachment or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the attachment is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please select the account to link this customer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer, or check at least one entity of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectRequestFlow</name>
    <message>
        <source>The supporting document could not be read. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRequestDialog</name>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRequestsModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: partly rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRequestsPage</name>
    <message>
        <source>Connection requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection request you sent, with where it stands for each customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection requests yet. Use Connect with customer to send one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteLinesDialog</name>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {description}, {quantity} × {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines the credit note gives back. All lines are chosen to start with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <source>Find your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move through the customers found; Enter chooses one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a customer&apos;s name, its VAT number or its network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: searching customers already on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search did not work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryResultsModel</name>
    <message>
        <source>A group of buyers: choose it to see its legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the group {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as UBL XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Step 3. Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have completed activation: you are now connected with {buyer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Saved on this computer. Find it in Home&apos;s Saved invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against the Peppol BIS Billing 3.0 rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be run on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>Attach a supporting document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is bigger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF, PNG, JPEG, CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 supporting documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTotals</name>
    <message>
        <source>Totals appear once a line is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without VAT: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {category}{rate} on {base}: {tax}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to that place or the file is open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <source>View group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This legal entity is part of a group. This option lets you select other legal entities of the group besides the one shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOW GROUP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTreePanel</name>
    <message>
        <source>Select the entities you want to connect with. You can also select a group of buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entities of the group, by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group cannot be shown while the network is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be loaded. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier account you are working for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s data on the invoices of the selected supplier account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &amp;&amp; Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoice by invoice number, PO, transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to see the matching invoices in Where is my invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support request opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is contacting the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection request to {buyer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDrafts</name>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft {number} for {buyer}? It was never sent; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Connect with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for and connect with more customers on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new invoices in a few clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new invoice in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the status of your invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track status changes of your invoices in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE IS MY INVOICE?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be read from this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices on this computer yet. Once a customer is connected, its invoices arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed invoices. Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved invoices waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed: just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last refreshed: %n minute(s) ago</source>
        <translation>
            <numerusform>Last refreshed: %n minute ago</numerusform>
            <numerusform>Last refreshed: %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Activate your buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to complete a verification process before you can access invoice data for {buyer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the network refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment scheduled for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number on the invoice is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network does not know the buyer named on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice with this number was already sent to this buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file does not follow the format the network accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer requires a purchase order number on every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer does not know this purchase order number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be prepared from this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (test customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: choose a customer (an active relationship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {name}, {country}, network number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test customer: practise here, nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct your company&apos;s data in My account (in the header), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding of the network named this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT, allowances and charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (credit transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custo&amp;mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorWords</name>
    <message>
        <source>one (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centimetre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cubic metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millilitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilowatt hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S: standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z: zero rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E: exempt from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AE: reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K: intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G: export outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O: not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buyer reference or the PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allowance&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charge&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company&apos;s data (My account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 15 digits before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 6 digits after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VAT category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already used this invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be corrected before the invoice can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look; the invoice can still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {what}; the invoice can still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule found a problem: the invoice can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fatal} fatal finding(s) and {warnings} warning(s): correct the fatal ones before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warnings} warning(s): the invoice can still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceExport</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to {file}</source>
        <translation>
            <numerusform>Exported %n invoice to {file}</numerusform>
            <numerusform>Exported %n invoices to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceFilters</name>
    <message>
        <source>Invoice number, PO number or transaction ID; * stands for any characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accou&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}. Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceFollowUps</name>
    <message>
        <source>The invoice&apos;s document could not be read, neither here nor from the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceImport</name>
    <message>
        <source>The file is bigger than 20 MB; an invoice file is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a DTD or entity declarations, which invoice files never need; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is XML but not a UBL 2.1 invoice or credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file lacks a required field or has a value that is not a number or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an invoice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL invoice (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message>
        <source>Step 1. Please provide the details of a recent invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice you sent to {buyer}, as written on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from invoice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from {file}. Check the details before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than 10 MB; an invoice file is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an XML invoice. Choose a UBL or Peppol BIS invoice or credit note (.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds XML declarations an invoice never needs (a DTD or entities), so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is XML, but not a UBL invoice or credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no invoice number, issue date or payable amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds an invoice number, date, amount or currency that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an invoice to another customer, not to {buyer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no credit note number, issue date or payable amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a credit note to another customer, not to {buyer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was filled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit transfer to IBAN {iban}, BIC {bic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatusModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceSummaryTable</name>
    <message>
        <source>View all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View all: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Where is my invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an invoice by its number, PO number or transaction ID and see where it stands with your customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All issue dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still counted as before: {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) found</source>
        <translation>
            <numerusform>%Ln invoice found</numerusform>
            <numerusform>%Ln invoices found</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices on this computer yet. Once a customer is connected, its invoices arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 3 characters in a row besides *, or the start of the number before it (*123, FV/2026*): a shorter pattern would read every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice matches “{text}”. Check the number, or use * for any characters (FV/2026*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: searching the invoices on this computer, as of {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no invoices have been synced to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Verification locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {time}, every new verification with this customer is locked too. After that you can send a new connection request and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Translation damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier Desk cannot keep its data in {folder}. Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox network could not start. The log file says why: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation file {file} is missing or damaged, so Supplier Desk shows its own words in English. Reinstall Supplier Desk to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} – Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of the network portal? Your cached data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to connect with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose Customers › Connect with customer, or CONNECT on the home page.
2. Type part of the customer&apos;s name, VAT number or network number and pick a legal entity or a group.
3. Select the account to link, add a vendor code, notes or a supporting document, and press CONNECT.
4. If the network asks for verification, give the details of a recent invoice. Otherwise a support ticket is opened and the network contacts the customer for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country as its two-letter code, e.g. PL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid VAT number for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid IBAN (check the digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid BIC (8 or 11 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter digits, spaces and + ( ) - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier account: {name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PL61 1090 1014 0000 0712 1981 2874</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your account&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused your last change; correct it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the network with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s data as it appears on the invoices you send from this supplier account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;BAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport an invoice file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where is my invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;POs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &amp;&amp; S&amp;upport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to connect with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBell</name>
    <message>
        <source>Notices ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notices, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network told you lately: the last {count} notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached and nothing has been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, data as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the network portal now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The network could not be reached. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, restart Supplier Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A chosen customer is no longer on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier account or the supporting document is no longer known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supporting document is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supporting document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supporting document is not of a type the network accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supporting documents on the network have reached their storage limit; documents not used by a request are removed after a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network had too many attempts at once; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gave the reason “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts to renew the sign-in. Supplier Desk will sync again in %n minute(s); queued requests wait until then.</source>
        <translation>
            <numerusform>Too many attempts to renew the sign-in. Supplier Desk will sync again in %n minute; queued requests wait until then.</numerusform>
            <numerusform>Too many attempts to renew the sign-in. Supplier Desk will sync again in %n minutes; queued requests wait until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <source>Customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer you are connected with, or have asked to connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, network number or VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customer relationships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer relationships could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total}</source>
        <translation>
            <numerusform>Showing %n of {total}</numerusform>
            <numerusform>Showing %n of {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No relationships match your filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer relationships yet. Connect with a customer to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-relationships.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n relationship(s) to {file}</source>
        <translation>
            <numerusform>Exported %n relationship to {file}</numerusform>
            <numerusform>Exported %n relationships to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the connection request to {customers}? The network stops working on it and its open support requests are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. A request already sent can be cancelled once the network is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be reached. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this request is waiting any more: it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be cancelled. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is kept by the network, which cannot be reached. Try again once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be opened. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestOutcomePanel</name>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused the request. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — will be sent when the network is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request pending — ticket number {ticket}. The network will contact the customer; note this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent — waiting for the network&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Starting the sandbox network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectedCustomerBox</name>
    <message>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal can be reached again. Sign in to sync your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in – Supplier Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the network portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox network: sign in as {users} with the password {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain, never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer: you stay signed in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data on this computer now; sign in once the portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal gave an answer Supplier Desk does not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message numerus="yes">
        <source>%n invoice(s) in the chosen range</source>
        <translation>
            <numerusform>%n invoice in the chosen range</numerusform>
            <numerusform>%n invoices in the chosen range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportRequestsPage</name>
    <message>
        <source>Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer shares no invoice history, the network opens a support request and contacts the customer for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by ticket number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: the network is still working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total}</source>
        <translation type="unfinished">
            <numerusform>Showing %n of {total}</numerusform>
            <numerusform>Showing %n of {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No support requests match your filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidgets</name>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing now; the next sync continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account profiles {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support requests {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. The next sync continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing accounts… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing relationships… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing connection requests… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing support requests… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing invoices… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync works again. Your data here is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network portal sent an answer Supplier Desk cannot read. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network portal refused to sync. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed. Your data here is unchanged; Supplier Desk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n request waiting to be sent</numerusform>
            <numerusform>%n requests waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Support request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with {buyer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketNotifier</name>
    <message>
        <source>Support request resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support request {number} resolved: {buyer} declined the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support request {number} resolved: connected to {buyer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support request {number} resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Support ticket opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsModel</name>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationChallenge</name>
    <message>
        <source>The network names another of your invoices to this customer. Enter its date and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationDone</name>
    <message>
        <source>Invoice data for this customer will follow; it may take a while to load all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will find the customer as Active in Customers &gt; Customer relationships.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationIntro</name>
    <message>
        <source>Have a recent invoice to this customer at hand: you will enter its number, date and amount. The network then names another of your invoices to this customer and asks for its date and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not pass verification, you can ask the network to contact the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationInvoice</name>
    <message>
        <source>Invoice &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill from invoice file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationLauncher</name>
    <message>
        <source>Start verification: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationLocked</name>
    <message>
        <source>Too many answers did not match the invoices the network holds, so this verification is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still connect: the network opens a support ticket and contacts the customer to confirm you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect anyway: the network will contact the buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Checking with the network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationSidePanel</name>
    <message>
        <source>Support ticket opened: the network will contact the customer for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide details of a recent invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will show you an invoice number, you must provide the relevant details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have completed activation and will soon see the latest information on your invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not pass verification, raise a ticket in Help &amp; Support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationTicket</name>
    <message>
        <source>The network opened a support ticket and will contact the customer. Note this ticket number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can follow it in Help &amp; Support &gt; Support requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationWizard</name>
    <message>
        <source>Activate your buyer — {buyer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the verification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details you typed are not sent yet and will be lost. You can open the verification again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These details do not match an invoice to this customer. %n attempt(s) left.</source>
        <translation>
            <numerusform>These details do not match an invoice to this customer. %n attempt left.</numerusform>
            <numerusform>These details do not match an invoice to this customer. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The date or amount does not match the invoice the network named. %n attempt(s) left.</source>
        <translation>
            <numerusform>The date or amount does not match the invoice the network named. %n attempt left.</numerusform>
            <numerusform>The date or amount does not match the invoice the network named. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time for the challenge ran out. Enter a recent invoice again to get a new challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification needs the network, which cannot be reached now. Try again when you are online; the rest of the app works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network does not know this verification for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not take the answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
