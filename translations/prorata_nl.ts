<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation>Vervallen (gecrediteerd)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Deferred (under the minimum)</source>
        <translation>Uitgesteld (onder het minimum)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation>Overgeboekt naar een latere factuur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="17"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="18"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Wholesale invoice</source>
        <translation>Groothandelsfactuur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <location filename="../ui/payments/words.py" line="19"/>
        <source>Reseller statement</source>
        <translation>Afrekening aan wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="38"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="39"/>
        <location filename="../ui/tenants/changes/words.py" line="43"/>
        <source>Proration</source>
        <translation>Naar rato</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="77"/>
        <location filename="../ui/tenants/changes/words.py" line="44"/>
        <source>Extra charge</source>
        <translation>Extra kosten</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <location filename="../ui/tenants/changes/words.py" line="46"/>
        <source>Minimum charge</source>
        <translation>Minimumbedrag</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation>Groothandel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation>Btw verlegd: de klant draagt de btw af</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
        <translation>Vrijgesteld van btw</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Subscribed</source>
        <translation>Geabonneerd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="72"/>
        <source>Quantity changed</source>
        <translation>Aantal gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="73"/>
        <source>Plan changed</source>
        <translation>Pakket gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="74"/>
        <source>Cancelled</source>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="75"/>
        <source>User assigned</source>
        <translation>Gebruiker toegewezen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>User unassigned</source>
        <translation>Gebruiker ontkoppeld</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Recurring extra ended</source>
        <translation>Terugkerende kosten beëindigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Currency changed</source>
        <translation>Valuta gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="80"/>
        <source>Moved to another seller</source>
        <translation>Verplaatst naar andere verkoper</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="81"/>
        <source>Billing term changed</source>
        <translation>Termijn gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="82"/>
        <source>Billing day changed</source>
        <translation>Factuurdag gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="88"/>
        <source>Flat, per plan</source>
        <translation>Vast bedrag per pakket</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="89"/>
        <source>Per user</source>
        <translation>Per gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="90"/>
        <source>Per unit</source>
        <translation>Per eenheid</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reseller invoices its companies</source>
        <translation>Wederverkoper factureert zijn bedrijven</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="97"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>Hoster factureert en int</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>Hoster factureert, wederverkoper int</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="106"/>
        <source>Anniversary of signup</source>
        <translation>Verjaardag van de aanmelding</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Verjaardag van de aanmelding (dag %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Day %1 of the month each term starts</source>
        <translation>Dag %1 van de maand waarin elke termijn begint</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Day %1 of each month</source>
        <translation>Dag %1 van elke maand</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By email</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="124"/>
        <source>Reverse charge (0 %)</source>
        <translation>Btw verlegd (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="126"/>
        <source>Exempt (0 %)</source>
        <translation>Vrijgesteld (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="128"/>
        <source>Standard, own rate %1 %</source>
        <translation>Standaard, eigen tarief %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="129"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>Standaard (tarief van de uitgever)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="54"/>
        <source>Save the print batch</source>
        <translation>Afdrukbatch opslaan</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="45"/>
        <location filename="../ui/task_progress.py" line="21"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="70"/>
        <source>Making the print batch…</source>
        <translation>Afdrukbatch wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="69"/>
        <location filename="../ui/delivery/post_batch.py" line="93"/>
        <location filename="../ui/delivery/post_batch.py" line="104"/>
        <location filename="../ui/delivery/post_batch.py" line="149"/>
        <location filename="../ui/delivery/post_batch.py" line="167"/>
        <source>Print-and-post batch</source>
        <translation>Afdrukbatch voor de post</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="73"/>
        <source>Adding %1 of %2: %3</source>
        <translation>%1 van %2 toevoegen: %3</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="94"/>
        <source>No invoice is waiting to go by post.</source>
        <translation>Er wacht geen factuur om per post te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="105"/>
        <source>Did the batch print correctly?</source>
        <translation>Is de batch goed afgedrukt?</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="115"/>
        <source>Yes, mark them posted</source>
        <translation>Ja, als verzonden markeren</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="116"/>
        <source>No, print them again later</source>
        <translation>Nee, later opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="118"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="46"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="68"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="93"/>
        <source>Preparing the database…</source>
        <translation>Database wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="111"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Demogegevens voor %1 bedrijven worden aangemaakt…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="147"/>
        <source>This build&apos;s brand file is broken</source>
        <translation>Het merkbestand van deze build is defect</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="167"/>
        <source>Prorata cannot open the database</source>
        <translation>Prorata kan de database niet openen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be invoiced</source>
        <translation>Wordt gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Wordt uitgesteld (onder het minimum)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Nothing to bill</source>
        <translation>Niets te factureren</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Statement</source>
        <translation>Afrekening</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation>Database bijwerken?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation>Deze database is geschreven door een oudere versie van Prorata.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation>Het schema moet worden bijgewerkt (%1 → %2) voordat Prorata de database kan openen. Maak bij twijfel eerst een back-up. De update loopt in één transactie: hij wordt volledig uitgevoerd of verandert niets.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation>Lege database</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation>Deze database bevat nog geen hoster, wederverkopers of bedrijven.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation>Demogegevens laden om rond te kijken? U kunt ook leeg beginnen en uw eigen gegevens importeren met „prorata import”.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation>%1 bedrijven</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation>Hoeveel bedrijven?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="29"/>
        <source>Subscribe to a plan</source>
        <translation>Abonneren op een pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="30"/>
        <source>Change a quantity</source>
        <translation>Een aantal wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="31"/>
        <source>Change plan</source>
        <translation>Van pakket wisselen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="32"/>
        <source>Cancel a plan</source>
        <translation>Een pakket opzeggen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="33"/>
        <source>Assign a user to a plan</source>
        <translation>Een gebruiker aan een pakket toewijzen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="34"/>
        <source>Unassign a user from a plan</source>
        <translation>Een gebruiker van een pakket ontkoppelen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="35"/>
        <source>Add an extra charge</source>
        <translation>Extra kosten toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="36"/>
        <source>End a recurring extra</source>
        <translation>Terugkerende kosten beëindigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="42"/>
        <source>In advance</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="45"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="62"/>
        <source>Subscribe to %1, quantity %2</source>
        <translation>Abonneren op %1, aantal %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="63"/>
        <source>Subscribe to %1</source>
        <translation>Abonneren op %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="65"/>
        <source>Set the quantity of %1 to %2</source>
        <translation>Aantal van %1 op %2 zetten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="67"/>
        <source>Change %1 to %2, quantity %3</source>
        <translation>%1 wijzigen in %2, aantal %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="68"/>
        <source>Change %1 to %2</source>
        <translation>%1 wijzigen in %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="70"/>
        <source>Cancel %1</source>
        <translation>%1 opzeggen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="72"/>
        <source>Assign %1 to %2</source>
        <translation>%1 toewijzen aan %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="74"/>
        <source>Unassign %1 from %2</source>
        <translation>%1 ontkoppelen van %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="78"/>
        <source>Add the recurring extra %1 at %2 a period</source>
        <translation>Terugkerende kosten %1 van %2 per periode toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="79"/>
        <source>Add the one-off extra %1 of %2</source>
        <translation>Eenmalige kosten %1 van %2 toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="81"/>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="83"/>
        <source>End the recurring extra %1</source>
        <translation>Terugkerende kosten %1 beëindigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="85"/>
        <source>Change the currency to %1</source>
        <translation>Valuta wijzigen in %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="90"/>
        <source>%1, from %2</source>
        <translation>%1, vanaf %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="125"/>
        <location filename="../ui/tenants/changes/words.py" line="131"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="132"/>
        <source>%1 × %2 × %3/%4 days = %5</source>
        <translation>%1 × %2 × %3/%4 dagen = %5</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Quarterly (every 3 months)</source>
        <translation>Per kwartaal (elke 3 maanden)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Half-yearly (every 6 months)</source>
        <translation>Halfjaarlijks (elke 6 maanden)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="29"/>
        <source>%1 in advance, on day %2</source>
        <translation>%1 vooraf, op dag %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="36"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="37"/>
        <source>%1, a whole term</source>
        <translation>%1, een volledige termijn</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="38"/>
        <source>%1 to %2: %3 of %4 days, billed pro rata</source>
        <translation>%1 t/m %2: %3 van %4 dagen, naar rato gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="42"/>
        <location filename="../ui/catalogue/plans_model.py" line="71"/>
        <location filename="../ui/catalogue/extras_model.py" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="43"/>
        <location filename="../ui/catalogue/plans_model.py" line="72"/>
        <location filename="../ui/catalogue/extras_model.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="45"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="46"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="47"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="48"/>
        <location filename="../ui/catalogue/plans_model.py" line="74"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="51"/>
        <location filename="../ui/catalogue/extras_model.py" line="38"/>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="54"/>
        <source>Retired since %1: no new subscriptions; running ones go on being billed.</source>
        <translation>Uitgefaseerd sinds %1: geen nieuwe abonnementen; lopende worden verder gefactureerd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="77"/>
        <source>Plans</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="17"/>
        <source>Default %1</source>
        <translation>Standaard %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="27"/>
        <source>Retired since %1: no longer offered; extras recorded from it are unchanged.</source>
        <translation>Uitgefaseerd sinds %1: niet meer aangeboden; al geboekte extra kosten blijven ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Charged</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Recurring</source>
        <translation>Terugkerend</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="20"/>
        <source>Payment received</source>
        <translation>Betaling ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="21"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="22"/>
        <source>Payment reversed</source>
        <translation>Betaling teruggedraaid</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="23"/>
        <source>Credit applied</source>
        <translation>Tegoed verrekend</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="24"/>
        <source>Payout to reseller</source>
        <translation>Uitbetaling aan wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="30"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="31"/>
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="32"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="33"/>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="34"/>
        <source>Direct debit</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Reversed</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="44"/>
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="45"/>
        <source>1–30 days</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="46"/>
        <source>31–60 days</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="47"/>
        <source>61–90 days</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="48"/>
        <source>Over 90 days</source>
        <translation>Meer dan 90 dagen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="57"/>
        <source>Check bounced</source>
        <translation>Cheque ongedekt</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="58"/>
        <source>Direct debit returned</source>
        <translation>Incasso gestorneerd</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>Terugboeking kaart</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="60"/>
        <source>Transfer recalled by the bank</source>
        <translation>Overboeking teruggeroepen door de bank</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="37"/>
        <location filename="../ui/delivery/review_import.py" line="42"/>
        <location filename="../ui/delivery/review_import.py" line="63"/>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>Import review answers</source>
        <translation>Controleantwoorden importeren</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="38"/>
        <source>Review answers (*.json);;All files (*)</source>
        <translation>Controleantwoorden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="43"/>
        <source>Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)</source>
        <translation>De door de controleur goedgekeurde concepten nu uitreiken? (Nee: de goedkeuringen worden vastgelegd en ze blijven concepten.)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="64"/>
        <source>Applying the review answers…</source>
        <translation>De antwoorden van de controle worden toegepast…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="70"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>De pdf&apos;s van de uitgegeven facturen worden opgeslagen: %1 van %2</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="86"/>
        <source>Issued: %n</source>
        <translation>Uitgereikt: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="87"/>
        <source>Approved, still drafts: %n</source>
        <translation>Goedgekeurd, nog concepten: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="88"/>
        <source>Held with the reviewer&apos;s comment: %n</source>
        <translation>Aangehouden met de opmerking van de controleur: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="89"/>
        <source>Imported before, nothing changed: %n</source>
        <translation>Eerder geïmporteerd, niets gewijzigd: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="94"/>
        <source>Notes: %n</source>
        <translation>Opmerkingen: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="97"/>
        <source>Refused: %n</source>
        <translation>Geweigerd: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="100"/>
        <source>PDFs not stored yet: %n (each is made when its invoice is first shown, sent or printed)</source>
        <translation>Nog niet opgeslagen pdf&apos;s: %n (elke pdf wordt gemaakt wanneer de factuur voor het eerst wordt getoond, verzonden of afgedrukt)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="102"/>
        <source>The file has no answers.</source>
        <translation>Het bestand bevat geen antwoorden.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>The review answers were imported.</source>
        <translation>De controleantwoorden zijn geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="26"/>
        <location filename="../ui/payments/collection_words.py" line="27"/>
        <location filename="../ui/payments/collection_words.py" line="28"/>
        <source>The card was declined.</source>
        <translation>De kaart is geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="29"/>
        <source>Not enough funds on the card.</source>
        <translation>Onvoldoende saldo op de kaart.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="30"/>
        <source>The card has expired.</source>
        <translation>De kaart is verlopen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="31"/>
        <source>The card&apos;s security code was wrong.</source>
        <translation>De beveiligingscode van de kaart was onjuist.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="32"/>
        <source>The card number was wrong.</source>
        <translation>Het kaartnummer was onjuist.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="33"/>
        <source>The card was reported lost.</source>
        <translation>De kaart is als verloren gemeld.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="34"/>
        <source>The card was reported stolen.</source>
        <translation>De kaart is als gestolen gemeld.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="35"/>
        <source>The bank suspects fraud and declined the card.</source>
        <translation>De bank vermoedt fraude en heeft de kaart geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="36"/>
        <source>The card does not support this kind of payment.</source>
        <translation>De kaart ondersteunt dit soort betaling niet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="37"/>
        <source>The bank wants the cardholder to confirm the payment.</source>
        <translation>De bank wil dat de kaarthouder de betaling bevestigt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="38"/>
        <source>The processor had an error; try again later.</source>
        <translation>De betaalverwerker had een fout; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="46"/>
        <source>No answer from the processor: not known yet whether the card was charged. It is never charged twice: the next collection asks the processor first.</source>
        <translation>Geen antwoord van de betaalverwerker: nog niet bekend of de kaart is belast. Er wordt nooit twee keer belast: de volgende incasso vraagt het eerst aan de verwerker.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="49"/>
        <source>The charge is still being made by someone else; look again later.</source>
        <translation>De afschrijving wordt nog door iemand anders uitgevoerd; kijk later opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="54"/>
        <source>Not collected.</source>
        <translation>Niet geïnd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>SEPA direct debit</source>
        <translation>SEPA-incasso</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>ACH debit</source>
        <translation>ACH-incasso</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="55"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="56"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="92"/>
        <source>code or name</source>
        <translation>code of naam</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="93"/>
        <source>Issued &amp;by:</source>
        <translation>Uitgereikt &amp;door:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="94"/>
        <source>Cu&amp;rrency:</source>
        <translation>Valu&amp;ta:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="95"/>
        <source>Only with a balance</source>
        <translation>Alleen met saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="96"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Issued by</source>
        <translation>Uitgereikt door</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="173"/>
        <source>%1: open invoices less credit, plus %2 still to collect from the reseller on its statements</source>
        <translation>%1: openstaande facturen min tegoed, plus %2 dat nog van de wederverkoper te innen is op zijn afrekeningen</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="176"/>
        <source>%1: open invoices less credit, less %2 still to pay out to the reseller on its statements</source>
        <translation>%1: openstaande facturen min tegoed, min %2 dat de wederverkoper op zijn afrekeningen nog moet worden uitbetaald</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../ui/payments/account_panel.py" line="160"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="192"/>
        <source>No account selected</source>
        <translation>Geen rekening geselecteerd</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="193"/>
        <source>Pick an account in the list to see its ledger and open invoices.</source>
        <translation>Kies een rekening in de lijst om de boekingen en openstaande facturen te zien.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="197"/>
        <source>Account with %1 in %2</source>
        <translation>Rekening bij %1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>Boekingen (%Ln)</numerusform>
            <numerusform>Boekingen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="216"/>
        <source>Open invoices (%1)</source>
        <translation>Openstaande facturen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="277"/>
        <source>Payment #%1 recorded: %2, %3 left as credit.</source>
        <translation>Betaling #%1 vastgelegd: %2, %3 blijft als tegoed.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="287"/>
        <source>Refund recorded.</source>
        <translation>Terugbetaling vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="294"/>
        <source>Payment reversed; open again: %1.</source>
        <translation>Betaling teruggedraaid; weer open: %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="295"/>
        <source>no invoice</source>
        <translation>geen factuur</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="302"/>
        <source>Credit applied to %1.</source>
        <translation>Tegoed verrekend met %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="336"/>
        <source>Statement written to %1.</source>
        <translation>Rekeningoverzicht opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="337"/>
        <source>Statement of account</source>
        <translation>Rekeningoverzicht</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="338"/>
        <source>The statement is written to %1.</source>
        <translation>Het rekeningoverzicht is opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="341"/>
        <source>&amp;Open it</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="353"/>
        <source>To collect:</source>
        <translation>Nog te innen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="357"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="358"/>
        <source>Credit:</source>
        <translation>Tegoed:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="359"/>
        <source>Owed outside invoices:</source>
        <translation>Verschuldigd buiten facturen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="360"/>
        <source>Money the customer owes on no invoice: a refund paid out of a payment that then bounced or was returned. Open invoices plus this, less the credit, is what the customer owes.</source>
        <translation>Geld dat de klant op geen enkele factuur verschuldigd is: een terugbetaling uit een betaling die daarna werd geweigerd of teruggeboekt. Openstaande facturen plus dit bedrag, min het tegoed, is wat de klant verschuldigd is.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="364"/>
        <source>Statements:</source>
        <translation>Afrekeningen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="365"/>
        <source>Paid out:</source>
        <translation>Uitbetaald:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="354"/>
        <source>To pay out:</source>
        <translation>Nog uit te betalen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="367"/>
        <source>The reseller&apos;s statements (its margins and the VAT collected in its name) are owed to it; the payouts made against them are subtracted. What is left is still to pay out: the balance is the open invoices plus what is owed outside invoices, less the credit and less what is to pay out, negative when more is owed to the reseller than by it.</source>
        <translation>De afrekeningen van de wederverkoper (zijn marges en de btw die in zijn naam is geïnd) zijn hem verschuldigd; de uitbetalingen daarop worden afgetrokken. Wat overblijft moet nog worden uitbetaald: het saldo is de openstaande facturen plus wat buiten facturen verschuldigd is, min het tegoed en min wat nog uit te betalen is, negatief als de wederverkoper meer tegoed heeft dan hij verschuldigd is.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="374"/>
        <source>Overdue:</source>
        <translation>Achterstallig:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="375"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Betaling vastleggen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="376"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Terugbetalen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="377"/>
        <source>Re&amp;verse…</source>
        <translation>Terug&amp;draaien…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="378"/>
        <source>Apply &amp;credit…</source>
        <translation>Tegoed &amp;verrekenen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="379"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Overzicht…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="380"/>
        <source>The customer&apos;s statement of account for a period, as a PDF.</source>
        <translation>Het rekeningoverzicht van de klant over een periode, als pdf.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="381"/>
        <source>A payment that did not hold: a bounced check, a returned debit.</source>
        <translation>Een betaling die niet standhield: een ongedekte cheque, een gestorneerde incasso.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="310"/>
        <source>Payout PO-%1 of %2 recorded.</source>
        <translation>Uitbetaling PO-%1 van %2 vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="321"/>
        <source>Payout PO-%1 reversed: %2 is owed to the reseller again.</source>
        <translation>Uitbetaling PO-%1 teruggedraaid: %2 is weer verschuldigd aan de wederverkoper.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="382"/>
        <source>Pay &amp;out…</source>
        <translation>&amp;Uitbetalen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="383"/>
        <source>Record that the hoster paid the reseller what it owes it on its statements.</source>
        <translation>Vastleggen dat de hoster de wederverkoper heeft uitbetaald wat hij hem op zijn afrekeningen verschuldigd is.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="385"/>
        <source>Reverse pa&amp;yout…</source>
        <translation>Uitbetaling terugdraa&amp;ien…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="386"/>
        <source>A payout that did not hold (its transfer bounced, it was entered twice): pick it in the ledger.</source>
        <translation>Een uitbetaling die niet standhield (de overboeking kwam terug, ze is dubbel ingevoerd): kies haar in de boekingen.</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Issued by</source>
        <translation>Uitgereikt door</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Unapplied credit</source>
        <translation>Niet verrekend tegoed</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Owed outside invoices</source>
        <translation>Verschuldigd buiten facturen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To pay out</source>
        <translation>Nog uit te betalen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To collect</source>
        <translation>Nog te innen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="97"/>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="248"/>
        <source>Open %1 by days overdue: all issuers</source>
        <translation>Openstaand in %1 per dagen achterstallig: alle uitgevers</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="249"/>
        <source>Open %1 by days overdue: %2</source>
        <translation>Openstaand in %1 per dagen achterstallig: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="256"/>
        <source>Every issuer</source>
        <translation>Alle uitgevers</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="263"/>
        <source>&amp;As of:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="264"/>
        <source>&amp;Issued by:</source>
        <translation>Uitgereikt &amp;door:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="265"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="266"/>
        <source>Days overdue count from each invoice&apos;s due date. Credit is netted into the buckets, oldest invoice first; what is left of it is unapplied credit. Money owed outside invoices (a refund whose payment then bounced) has its own column: open plus it, less credit, is what the customers owe. What resellers&apos; statements leave to pay out to them, once the payouts are counted, has a column of its own, in no bucket: it is owed to them, not by them. What resellers owe on their statements (a statement that nets against the reseller) is to collect, in a column of its own too.</source>
        <translation>Dagen achterstand tellen vanaf de vervaldatum van elke factuur. Tegoed wordt verrekend in de kolommen, oudste factuur eerst; wat ervan overblijft is niet verrekend tegoed. Geld dat buiten facturen verschuldigd is (een terugbetaling waarvan de betaling daarna werd teruggeboekt) heeft een eigen kolom: openstaand plus dat bedrag, min het tegoed, is wat de klanten verschuldigd zijn. Wat de afrekeningen van wederverkopers na aftrek van de uitbetalingen nog aan hen uit te betalen laten, heeft een eigen kolom, in geen enkele periode: het is hun verschuldigd, niet door hen. Wat wederverkopers op hun afrekeningen verschuldigd zijn (een afrekening die in hun nadeel uitvalt) is nog te innen, ook in een eigen kolom.</translation>
    </message>
</context>
<context>
    <name>AllocationEditor</name>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="121"/>
        <source>%1 more than %2: allocate less.</source>
        <translation>%1 meer dan %2: wijs minder toe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the payment</source>
        <translation>de betaling</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the credit</source>
        <translation>het tegoed</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="132"/>
        <source>Left as credit: %1</source>
        <translation>Blijft als tegoed: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="133"/>
        <source>Credit left: %1</source>
        <translation>Resterend tegoed: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="139"/>
        <source>Oldest invoices first</source>
        <translation>Oudste facturen eerst</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="140"/>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>To allocate</source>
        <translation>Toe te wijzen</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="147"/>
        <source>Type the amount to allocate to %1 (at most %2).</source>
        <translation>Typ het bedrag om aan %1 toe te wijzen (hoogstens %2).</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="109"/>
        <source>an amount to apply</source>
        <translation>een bedrag om te verrekenen</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <location filename="../ui/payments/credit_dialog.py" line="121"/>
        <location filename="../ui/payments/credit_dialog.py" line="134"/>
        <source>Apply credit</source>
        <translation>Tegoed verrekenen</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <source>Apply %1 of credit?</source>
        <translation>%1 tegoed verrekenen?</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit available: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Beschikbaar tegoed: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="128"/>
        <source>%1 of the credit is held by %2, who collects none of these invoices: it pays none of them and stays credit.</source>
        <translation>%1 van het tegoed wordt aangehouden door %2, die geen van deze facturen int: het betaalt er geen van en blijft tegoed.</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="132"/>
        <source>&amp;Applied on:</source>
        <translation>Verrekend &amp;op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="133"/>
        <source>Apply to:</source>
        <translation>Verrekenen met:</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation>Toegewezen sinds</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>De nieuwste %Ln wijziging.</numerusform>
            <numerusform>De nieuwste %Ln wijzigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln wijziging.</numerusform>
            <numerusform>%Ln wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="108"/>
        <source>Select a change to see its details.</source>
        <translation>Selecteer een wijziging om de details te zien.</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="119"/>
        <source>Audit log</source>
        <translation>Wijzigingslogboek</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="120"/>
        <source>&amp;Changes to:</source>
        <translation>&amp;Wijzigingen aan:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="121"/>
        <source>&amp;By:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="122"/>
        <source>anyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="123"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="124"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="126"/>
        <source>any day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="127"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Prices</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Resellers</source>
        <translation>Wederverkopers</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Plans</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Extra items</source>
        <translation>Extra artikelen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Billing settings</source>
        <translation>Factuurinstellingen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Minimum charges</source>
        <translation>Minimumbedragen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Currencies</source>
        <translation>Valuta&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Invoice templates</source>
        <translation>Factuursjablonen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Billing runs</source>
        <translation>Factuurruns</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Bundle imports</source>
        <translation>Bundelimports</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="134"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="138"/>
        <source>Anything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="84"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="147"/>
        <location filename="../ui/billing/run_dialog.py" line="353"/>
        <source>Run billing</source>
        <translation>Facturatie uitvoeren</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="148"/>
        <location filename="../ui/billing/run_dialog.py" line="359"/>
        <source>&amp;Run billing</source>
        <translation>Facturatie &amp;uitvoeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>%Ln factuur t/m %1 aanmaken, totaal %2, zoals het voorbeeld liet zien?</numerusform>
            <numerusform>%Ln facturen t/m %1 aanmaken, totaal %2, zoals het voorbeeld liet zien?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>En %Ln factuur of afrekening aan wederverkopers.</numerusform>
            <numerusform>En %Ln facturen of afrekeningen aan wederverkopers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>You have not previewed this run. Bill every company up to %1 now?</source>
        <translation>U hebt geen voorbeeld van deze run bekeken. Nu elk bedrijf t/m %1 factureren?</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="169"/>
        <source>The invoices will be issued: they get numbers and can no longer be changed, only credited.</source>
        <translation>De facturen worden uitgereikt: ze krijgen een nummer en kunnen daarna niet meer worden gewijzigd, alleen gecrediteerd.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="172"/>
        <source>The invoices will be drafts: you can check them and issue them later.</source>
        <translation>De facturen worden concepten: u kunt ze controleren en later uitreiken.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="180"/>
        <source>Stopping after the PDFs being made now…</source>
        <translation>Stopt na de pdf&apos;s die nu worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="182"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Stopt na de bedrijven die nu worden gefactureerd…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="194"/>
        <source>Reading what is due…</source>
        <translation>Openstaande posten lezen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>De pdf&apos;s van de uitgegeven facturen worden opgeslagen: %1 van %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="239"/>
        <source>Nothing is due.</source>
        <translation>Er staat niets open.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Previewing</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Billing</source>
        <translation>Factureren</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1: %2 van %3 factuurdata verwerkt</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>(up to %1)</source>
        <translation>(t/m %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="266"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Voorbeeld klaar: er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="267"/>
        <source>Run finished.</source>
        <translation>Run voltooid.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="286"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="301"/>
        <source>The run stopped.</source>
        <translation>De run is gestopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Voorbeeld t/m %1: %Ln factuur zou worden aangemaakt, totaal %2.</numerusform>
            <numerusform>Voorbeeld t/m %1: %Ln facturen zouden worden aangemaakt, totaal %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Gefactureerd t/m %1: %Ln factuur aangemaakt, totaal %2.</numerusform>
            <numerusform>Gefactureerd t/m %1: %Ln facturen aangemaakt, totaal %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln factuur of afrekening aan wederverkopers.</numerusform>
            <numerusform>%Ln facturen of afrekeningen aan wederverkopers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln bedrijf uitgesteld onder het minimumbedrag.</numerusform>
            <numerusform>%Ln bedrijven uitgesteld onder het minimumbedrag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln bedrijf zonder iets te factureren.</numerusform>
            <numerusform>%Ln bedrijven zonder iets te factureren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln bedrijf overgeslagen: facturatie staat uit voor de wederverkoper.</numerusform>
            <numerusform>%Ln bedrijven overgeslagen: facturatie staat uit voor hun wederverkoper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln bedrijf kon niet worden gefactureerd: zie de rij gemarkeerd met Fout.</numerusform>
            <numerusform>%Ln bedrijven konden niet worden gefactureerd: zie de rijen gemarkeerd met Fout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln afrekening met een reseller kon niet worden gemaakt: zie de rij gemarkeerd als Fout.</numerusform>
            <numerusform>%Ln afrekeningen met resellers konden niet worden gemaakt: zie de rijen gemarkeerd als Fout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="340"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>Niets openstaand t/m %1: elke factuurdatum is al gefactureerd.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="343"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Geannuleerd: de volgende run factureert de overige bedrijven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln pdf opgeslagen zoals uitgegeven.</numerusform>
            <numerusform>%Ln pdf&apos;s opgeslagen zoals uitgegeven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="348"/>
        <source>PDFs not stored yet are made when each invoice is first shown, sent or printed.</source>
        <translation>Pdf&apos;s die nog niet zijn opgeslagen, worden gemaakt wanneer een factuur voor het eerst wordt getoond, verzonden of afgedrukt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="354"/>
        <source>Bill &amp;up to:</source>
        <translation>Factureren &amp;t/m:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="355"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>Facturen &amp;uitreiken (met nummer)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="356"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Zonder vinkje maakt de run concepten aan die u kunt controleren en later uitreiken.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="357"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="358"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Toont wat de run zou factureren, zonder iets weg te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="360"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="362"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Elke nog niet gefactureerde factuurdatum t/m de gekozen dag wordt gefactureerd, de oudste eerst. Bekijk eerst het voorbeeld; een run factureert een periode nooit twee keer.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="164"/>
        <source>Minimum charges of %1</source>
        <translation>Minimumbedragen van %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>Minimum charges</source>
        <translation>Minimumbedragen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="180"/>
        <source>%1 (hoster)</source>
        <translation>%1 (hoster)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="207"/>
        <source>Switch off invoicing for %1?</source>
        <translation>Facturatie voor %1 uitschakelen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="208"/>
        <source>Switch off payment collection for %1?</source>
        <translation>Inning voor %1 uitschakelen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="210"/>
        <source>Stop taking checks for %1?</source>
        <translation>Geen cheques meer aannemen voor %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="212"/>
        <source>Billing runs will stop altogether.</source>
        <translation>Er worden helemaal geen factuurruns meer uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="214"/>
        <source>Prorata will no longer collect payment of %1&apos;s invoices.</source>
        <translation>Prorata int de betaling van facturen van %1 niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="216"/>
        <source>A check paid to %1 will be refused when it is recorded.</source>
        <translation>Een cheque aan %1 wordt bij het boeken geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="221"/>
        <source>Resellers set to “As the hoster” are switched off too.</source>
        <translation>Resellers die op ‘Zoals de hoster’ staan, worden ook uitgeschakeld.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="222"/>
        <source>Switch off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="226"/>
        <source>Change the tax rate of %1?</source>
        <translation>Btw-tarief van %1 wijzigen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="228"/>
        <source>Invoices billed from now on are taxed at the new rate; issued ones keep theirs.</source>
        <translation>Facturen die vanaf nu worden opgemaakt, krijgen het nieuwe tarief; uitgegeven facturen houden het hunne.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="229"/>
        <location filename="../ui/billing/settings_dialog.py" line="234"/>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Save change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="231"/>
        <source>Change the invoice numbers of %1?</source>
        <translation>Factuurnummers van %1 wijzigen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="233"/>
        <source>Numbers given from now on follow the new format; the sequence carries on.</source>
        <translation>Nummers die vanaf nu worden toegekend, volgen het nieuwe formaat; de reeks loopt door.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="238"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="248"/>
        <source>Remove the minimum charge of %1 in %2?</source>
        <translation>Minimumbedrag van %1 in %2 verwijderen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="249"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="251"/>
        <source>Change the minimum charge of %1 in %2?</source>
        <translation>Minimumbedrag van %1 in %2 wijzigen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="254"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="255"/>
        <source>Applies to invoices billed from now on.</source>
        <translation>Geldt voor facturen die vanaf nu worden opgemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="284"/>
        <source>the minimum amount</source>
        <translation>het minimumbedrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="302"/>
        <source>Double-click a cell to change it. Switching something off, or changing a tax rate, a number format or a minimum charge, asks before it is saved. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). Checks off: checks are refused as payment.</source>
        <translation>Dubbelklik op een cel om die te wijzigen. Iets uitschakelen, of een btw-tarief, nummerformaat of minimumbedrag wijzigen, vraagt om bevestiging voordat het wordt opgeslagen. Een schakelaar van een reseller op ‘Zoals de hoster’ volgt die van de hoster. Facturatie uit: factuurruns slaan de bedrijven van de uitgever over (de schakelaar van de hoster stopt elke run). Cheques uit: cheques worden als betaling geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="185"/>
        <location filename="../ui/billing/settings_dialog.py" line="300"/>
        <source>Billing settings</source>
        <translation>Factuurinstellingen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="209"/>
        <source>Switch off email delivery for %1?</source>
        <translation>Verzending per e-mail voor %1 uitschakelen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="213"/>
        <source>Billing runs will skip %1&apos;s companies.</source>
        <translation>Factuurruns slaan de bedrijven van %1 over.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="215"/>
        <source>%1&apos;s invoices will no longer be sent by email.</source>
        <translation>Facturen van %1 worden niet meer per e-mail verzonden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="306"/>
        <source>amount, e.g. %1</source>
        <translation>bedrag, bijv. %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="308"/>
        <source>&amp;Add minimum</source>
        <translation>Minimum &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="311"/>
        <source>Defer to the next invoice</source>
        <translation>Uitstellen tot de volgende factuur</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="312"/>
        <source>Top up to the minimum</source>
        <translation>Aanvullen tot het minimum</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="49"/>
        <source>A name in at least one language</source>
        <translation>Een naam in minstens één taal</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="394"/>
        <source>Plan %1 takes new subscriptions again.</source>
        <translation>Pakket %1 neemt weer nieuwe abonnementen aan.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="395"/>
        <source>Extra item %1 is offered again.</source>
        <translation>Extra artikel %1 wordt weer aangeboden.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="412"/>
        <source>Plans</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="413"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="414"/>
        <source>Extra items</source>
        <translation>Extra artikelen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="415"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nieuw pakket…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="416"/>
        <location filename="../ui/catalogue/editor.py" line="424"/>
        <location filename="../ui/catalogue/editor.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="417"/>
        <location filename="../ui/catalogue/editor.py" line="427"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Uitfaseren…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="418"/>
        <source>No new subscriptions from a day on; running ones go on being billed</source>
        <translation>Vanaf een dag geen nieuwe abonnementen; lopende worden verder gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="419"/>
        <location filename="../ui/catalogue/editor.py" line="428"/>
        <source>&amp;Unretire</source>
        <translation>&amp;Weer aanbieden</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="420"/>
        <source>Take the retirement back: the plan takes new subscriptions again</source>
        <translation>De uitfasering terugdraaien: het pakket neemt weer nieuwe abonnementen aan</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="421"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Prijzen…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="422"/>
        <source>Show the plan in the price matrix</source>
        <translation>Het pakket in de prijsmatrix tonen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="423"/>
        <source>&amp;New service…</source>
        <translation>&amp;Nieuwe dienst…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="425"/>
        <source>&amp;New item…</source>
        <translation>&amp;Nieuw artikel…</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="75"/>
        <source>Record a change · %1</source>
        <translation>Wijziging vastleggen · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="88"/>
        <source>keep the quantity it has</source>
        <translation>het huidige aantal behouden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="94"/>
        <source>&amp;Bill it every period until it is ended</source>
        <translation>Elke periode &amp;factureren tot het wordt beëindigd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="95"/>
        <source>&amp;Change:</source>
        <translation>&amp;Wijziging:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="97"/>
        <source>The day it takes effect; a day already invoiced is corrected on the next invoice.</source>
        <translation>De dag waarop het ingaat; een al gefactureerde dag wordt op de volgende factuur gecorrigeerd.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="103"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Pakket:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="104"/>
        <source>&amp;New plan:</source>
        <translation>&amp;Nieuw pakket:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="105"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="106"/>
        <source>E&amp;xtra:</source>
        <translation>E&amp;xtra:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="107"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="108"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="109"/>
        <source>Recurring:</source>
        <translation>Terugkerend:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="125"/>
        <source>&amp;Save the change</source>
        <translation>Wijziging &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="156"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="181"/>
        <source>Nothing to preview.</source>
        <translation>Niets om te tonen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="209"/>
        <source>No plan to choose on this day</source>
        <translation>Op deze dag is geen pakket te kiezen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="212"/>
        <source>The extra-item catalogue is empty</source>
        <translation>De catalogus met extra artikelen is leeg</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="214"/>
        <source>%1 · %2 a period%3</source>
        <translation>%1 · %2 per periode%3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="217"/>
        <source>No recurring extra runs on this day</source>
        <translation>Op deze dag lopen geen terugkerende kosten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="218"/>
        <source>In %1, the company&apos;s currency on this day; a minus for a credit.</source>
        <translation>In %1, de valuta van het bedrijf op deze dag; een min voor een creditering.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="220"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Bedrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="238"/>
        <source>No other plan to change to</source>
        <translation>Geen ander pakket om naar te wisselen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="243"/>
        <source>Every user has this plan</source>
        <translation>Elke gebruiker heeft dit pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="247"/>
        <source>No user has this plan</source>
        <translation>Geen gebruiker heeft dit pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="249"/>
        <source>The whole company</source>
        <translation>Het hele bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="268"/>
        <source>units</source>
        <translation>eenheden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="269"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/changes/change_dialog.py" line="271"/>
        <source>%1 · %Ln user(s)</source>
        <translation>
            <numerusform>%1 · %Ln gebruiker</numerusform>
            <numerusform>%1 · %Ln gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="316"/>
        <source>The catalogue has no plans yet. Add them on the Catalogue tab, under Plans; then subscribe the company here.</source>
        <translation>De catalogus heeft nog geen pakketten. Voeg ze toe op het tabblad Catalogus, onder Pakketten; abonneer het bedrijf daarna hier.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="318"/>
        <source>The company already has every plan the catalogue offers on this day: there is no plan left to subscribe to.</source>
        <translation>Het bedrijf heeft op deze dag al elk pakket uit de catalogus: er is geen pakket meer om op te abonneren.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="320"/>
        <source>The company has no plan billed per unit on this day, so there is no quantity to change. Only a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or pick another day.</source>
        <translation>Het bedrijf heeft op deze dag geen pakket dat per eenheid wordt gefactureerd, dus er is geen aantal om te wijzigen. Alleen een pakket per eenheid (sites, mailboxen…) heeft een aantal: abonneer het bedrijf eerst op zo’n pakket, of kies een andere dag.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="324"/>
        <source>The company subscribes to no plan on this day: there is no plan to change or cancel.</source>
        <translation>Het bedrijf heeft op deze dag geen abonnement op een pakket: er is geen pakket om te wijzigen of op te zeggen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="326"/>
        <source>There is no other plan to change to: the company already has every plan the catalogue offers on this day.</source>
        <translation>Er is geen ander pakket om naar te wisselen: het bedrijf heeft op deze dag al elk pakket uit de catalogus.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="328"/>
        <source>The company has no plan billed per user on this day: there is no plan to assign a user to or unassign a user from.</source>
        <translation>Het bedrijf heeft op deze dag geen pakket dat per gebruiker wordt gefactureerd: er is geen pakket om een gebruiker aan toe te wijzen of van af te halen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="330"/>
        <source>The company has no users yet. Add one with New user… in the tenant tree; then assign it to a plan here.</source>
        <translation>Het bedrijf heeft nog geen gebruikers. Voeg er een toe met ‘Nieuwe gebruiker…’ in de klantenboom; wijs hem daarna hier aan een pakket toe.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="332"/>
        <source>No user of the company is assigned to a plan on this day: there is nobody to unassign.</source>
        <translation>Op deze dag is geen gebruiker van het bedrijf aan een pakket toegewezen: er is niemand om af te halen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="334"/>
        <source>The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items (New item…); then add one to the company here.</source>
        <translation>De catalogus heeft nog geen extra kosten. Voeg ze toe op het tabblad Catalogus, onder Extra artikelen (‘Nieuw artikel…’); voeg er daarna hier een toe aan het bedrijf.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="336"/>
        <source>No recurring extra runs for this company on this day: there is nothing to end.</source>
        <translation>Voor dit bedrijf lopen op deze dag geen terugkerende kosten: er is niets om te beëindigen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="459"/>
        <source>%1: choose another plan or another kind of change.</source>
        <translation>%1: kies een ander pakket of een ander soort wijziging.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="468"/>
        <source>The catalogue has no amount for %1 in %2: type the amount to charge.</source>
        <translation>De catalogus heeft voor %1 geen bedrag in %2: typ het bedrag dat u in rekening brengt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="469"/>
        <source>Type the amount to charge, in %2.</source>
        <translation>Typ het bedrag dat u in rekening brengt, in %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="483"/>
        <source>Working out the next invoice…</source>
        <translation>Volgende factuur wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="500"/>
        <source>Saving records: %1.</source>
        <translation>Wordt vastgelegd: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="503"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>De volgende factuur kan nog niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="505"/>
        <source>The change can be saved, but billing needs what is said above.</source>
        <translation>De wijziging kan worden opgeslagen, maar de facturatie heeft nodig wat hierboven staat.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="519"/>
        <source>This change cannot be recorded as it stands: see the reason above.</source>
        <translation>Deze wijziging kan zo niet worden vastgelegd: zie de reden hierboven.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="580"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="594"/>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="600"/>
        <source>Change recorded: %1</source>
        <translation>Wijziging vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="71"/>
        <source>Hide this notice</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="72"/>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="75"/>
        <source>Someone else deleted or moved this record after you opened it.</source>
        <translation>Iemand anders heeft dit record verwijderd of verplaatst nadat u het opende.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="76"/>
        <source>It can no longer be saved here.</source>
        <translation>Het kan hier niet meer worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="78"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Iemand anders heeft dit record gewijzigd nadat u het opende.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="79"/>
        <source>Their change:</source>
        <translation>Hun wijziging:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="80"/>
        <source>Your edits stay as typed. Reload shows their version instead of what you typed.</source>
        <translation>Uw invoer blijft staan. ‘Opnieuw laden’ toont de andere versie in plaats van wat u typte.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../ui/payments/collection_view.py" line="166"/>
        <source>Folder for the bank files</source>
        <translation>Map voor de bankbestanden</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="187"/>
        <source>Counting what is open…</source>
        <translation>Openstaande posten tellen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="205"/>
        <source>Nothing to collect up to %1.</source>
        <translation>Niets te innen tot en met %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="209"/>
        <source>Choose a folder for the bank files first.</source>
        <translation>Kies eerst een map voor de bankbestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>%Ln factuur uitgegeven tot en met %1 innen, in totaal %2?</numerusform>
            <numerusform>%Ln facturen uitgegeven tot en met %1 innen, in totaal %2?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="221"/>
        <source>Nothing to collect up to %1. Apply the customers&apos; credit to the invoices it settles?</source>
        <translation>Niets te innen tot en met %1. Het tegoed van de klanten verrekenen met de facturen die het voldoet?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln wordt eerst met het tegoed van de klant voldaan, niet geïnd.</numerusform>
            <numerusform>%Ln worden eerst met het tegoed van de klanten voldaan, niet geïnd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln wordt nu van een opgeslagen kaart afgeschreven.</numerusform>
            <numerusform>%Ln worden nu van een opgeslagen kaart afgeschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln wordt op %1 geïncasseerd, in bankbestanden in %2.</numerusform>
            <numerusform>%Ln worden op %1 geïncasseerd, in bankbestanden in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="237"/>
        <source>Collect payments</source>
        <translation>Betalingen innen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="238"/>
        <source>&amp;Collect</source>
        <translation>&amp;Innen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="259"/>
        <source>Asking the processors about charges left unanswered…</source>
        <translation>Betaalverwerkers vragen naar onbeantwoorde afschrijvingen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="267"/>
        <source>Stopping after the payment being collected now…</source>
        <translation>Stopt na de betaling die nu wordt geïnd…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="279"/>
        <source>Collecting: %1 of %2 done</source>
        <translation>Innen: %1 van %2 klaar</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the SEPA file</source>
        <translation>SEPA-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the ACH file</source>
        <translation>ACH-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="285"/>
        <source>(charging %1)</source>
        <translation>(%1 afschrijven)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="295"/>
        <source>Collection cancelled.</source>
        <translation>Incasso geannuleerd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="296"/>
        <source>Collection finished.</source>
        <translation>Incasso voltooid.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="307"/>
        <source>The collection stopped.</source>
        <translation>De incasso is gestopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>%Ln factuur blijft liggen: geen opgeslagen kaart, machtiging of autorisatie.</numerusform>
            <numerusform>%Ln facturen blijven liggen: geen opgeslagen kaart, machtiging of autorisatie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>%Ln factuur blijft liggen: incasso staat uit voor de uitgever.</numerusform>
            <numerusform>%Ln facturen blijven liggen: incasso staat uit voor hun uitgever.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>%Ln factuur geïnd, %1.</numerusform>
            <numerusform>%Ln facturen geïnd, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="327"/>
        <source>Nothing was collected.</source>
        <translation>Er is niets geïnd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>Daarvan %Ln per incasso: upload het bankbestand hieronder naar de bank.</numerusform>
            <numerusform>Daarvan %Ln per incasso: upload de bankbestanden hieronder naar de bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>%Ln op te volgen: zie de lijst hieronder.</numerusform>
            <numerusform>%Ln op te volgen: zie de lijst hieronder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>%Ln factuur voldaan met het tegoed van de klant (%1), niet geïnd.</numerusform>
            <numerusform>%Ln facturen voldaan met het tegoed van de klanten (%1), niet geïnd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="343"/>
        <source>Cancelled: what was collected stays collected; the rest is collected by the next run.</source>
        <translation>Geannuleerd: wat geïnd is, blijft geïnd; de rest wordt bij de volgende run geïnd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>%Ln bankbestand opgeslagen in %1: %2</numerusform>
            <numerusform>%Ln bankbestanden opgeslagen in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="361"/>
        <source>To follow up (%1)</source>
        <translation>Op te volgen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="383"/>
        <source>%1 has no account in %2.</source>
        <translation>%1 heeft geen rekening in %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="392"/>
        <source>Collects the issued, open invoices of customers with a saved card (charged now through the processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers with payment collection switched off are left alone. Nothing is ever charged twice.</source>
        <translation>Int de uitgegeven, openstaande facturen van klanten met een opgeslagen kaart (nu via de betaalverwerker afgeschreven) of een SEPA-machtiging of ACH-autorisatie (een bankbestand om naar de bank te uploaden). Uitgevers waarvoor incasso uitstaat, blijven buiten beschouwing. Er wordt nooit iets twee keer afgeschreven.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="395"/>
        <source>Invoices issued &amp;up to:</source>
        <translation>Facturen uitgegeven &amp;tot en met:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="396"/>
        <source>Direct debits &amp;due on:</source>
        <translation>In&amp;casso op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="397"/>
        <source>Bank files &amp;in:</source>
        <translation>&amp;Bankbestanden in:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="398"/>
        <source>No folder chosen</source>
        <translation>Geen map gekozen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="400"/>
        <source>&amp;Collect…</source>
        <translation>&amp;Innen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="401"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="402"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="403"/>
        <source>Show the customer&apos;s &amp;account</source>
        <translation>&amp;Klantrekening tonen</translation>
    </message>
</context>
<context>
    <name>CompanyChanges</name>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="124"/>
        <source>Change #%1 undone.</source>
        <translation>Wijziging #%1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1, gedateerd %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="149"/>
        <source>Record a &amp;change…</source>
        <translation>Wijziging &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="150"/>
        <source>Subscribe, change a quantity or plan, cancel, assign a user, add an extra (%1)</source>
        <translation>Abonneren, aantal of pakket wijzigen, opzeggen, gebruiker toewijzen, extra kosten toevoegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="153"/>
        <source>&amp;Undo this change…</source>
        <translation>Deze wijziging &amp;ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="154"/>
        <source>Record the change that takes back the selected one (%1)</source>
        <translation>De wijziging vastleggen die de geselecteerde terugdraait (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="156"/>
        <source>Change term or billing &amp;day…</source>
        <translation>Termijn of factuur&amp;dag wijzigen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="157"/>
        <source>Bill monthly, quarterly, half-yearly or yearly, or on another day; it takes effect at a billing boundary</source>
        <translation>Maandelijks, per kwartaal, halfjaarlijks of jaarlijks factureren, of op een andere dag; gaat in op een factuurgrens</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>Edit company %1</source>
        <translation>Bedrijf %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Quarterly</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Half-yearly</source>
        <translation>Halfjaarlijks</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="59"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="60"/>
        <source>Reverse charge (0 %)</source>
        <translation>Btw verlegd (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="61"/>
        <source>Exempt (0 %)</source>
        <translation>Vrijgesteld (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="64"/>
        <source>Anniversary of signup</source>
        <translation>Verjaardag van de aanmelding</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="65"/>
        <source>Day %1 of each month</source>
        <translation>Dag %1 van elke maand</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="72"/>
        <source>Changes from a date on: record it in the company&apos;s history.</source>
        <translation>Verandert vanaf een datum: leg het vast in de geschiedenis van het bedrijf.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="74"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="75"/>
        <source>Never changes once the company exists.</source>
        <translation>Verandert nooit meer zodra het bedrijf bestaat.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="79"/>
        <source>None: a direct customer of the hoster</source>
        <translation>Geen: directe klant van de hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="81"/>
        <source>&amp;Reseller:</source>
        <translation>&amp;Wederverkoper:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="82"/>
        <source>Moving a company is a dated move, not an edit.</source>
        <translation>Een bedrijf verplaatsen is een gedateerde verhuizing, geen bewerking.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="87"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="91"/>
        <source>The language of the company&apos;s invoices</source>
        <translation>De taal van de facturen van het bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="92"/>
        <source>&amp;Billing day:</source>
        <translation>Factuur&amp;dag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="94"/>
        <source>&amp;Term:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="95"/>
        <source>How many months one invoice bills in advance</source>
        <translation>Hoeveel maanden één factuur vooraf factureert</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="96"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Aangemeld:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="97"/>
        <source>Never changes: billing starts from it.</source>
        <translation>Verandert nooit: de facturatie begint op deze dag.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="98"/>
        <source>&amp;Invoices go:</source>
        <translation>Facturen &amp;versturen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="100"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="103"/>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="105"/>
        <source>Tax treat&amp;ment:</source>
        <translation>Btw-&amp;behandeling:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="107"/>
        <source>Own tax r&amp;ate (%):</source>
        <translation>Eigen btw-&amp;tarief (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="108"/>
        <source>Leave blank for the issuer&apos;s rate.</source>
        <translation>Leeg laten voor het tarief van de uitgever.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 signed up.</source>
        <translation>Bedrijf %1 aangemeld.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 saved.</source>
        <translation>Bedrijf %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln van zijn pakketten zonder prijs (gemarkeerd)</numerusform>
            <numerusform>%Ln van zijn pakketten zonder prijs (gemarkeerd)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="322"/>
        <source>End the own price of %1 from a day on: from then the company pays its seller&apos;s price.</source>
        <translation>De eigen prijs van %1 vanaf een dag beëindigen: vanaf dan betaalt het bedrijf de prijs van zijn verkoper.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="325"/>
        <source>Select a plan with an own price to end it from a day on.</source>
        <translation>Kies een abonnement met een eigen prijs om die vanaf een dag te beëindigen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="339"/>
        <source>%1: own price ended from %2; it pays its seller&apos;s price, %3.</source>
        <translation>%1: eigen prijs beëindigd vanaf %2; het bedrijf betaalt de prijs van zijn verkoper, %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="347"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1: eigen prijs op %2 gezet vanaf %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="351"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1: eigen prijs, geldig sinds %2, verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="355"/>
        <source>Remove own price</source>
        <translation>Eigen prijs verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices in %1</source>
        <translation>Prijzen in %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="365"/>
        <source>Prices on, and changes from:</source>
        <translation>Prijzen op, en wijzigingen vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="367"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Dubbelklik op een eigen prijs om er een voor dit bedrijf in te stellen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="368"/>
        <source>End own price from…</source>
        <translation>Eigen prijs beëindigen vanaf…</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="123"/>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Billed</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Seller&apos;s price</source>
        <translation>Prijs van de verkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Own price</source>
        <translation>Eigen prijs</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Pays</source>
        <translation>Betaalt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="148"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Wat de verkoper van het bedrijf zijn bedrijven rekent.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="149"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Een prijs alleen voor dit bedrijf; gaat voor de prijs van de verkoper.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="150"/>
        <source>What billing charges this company per unit.</source>
        <translation>Wat de facturatie dit bedrijf per eenheid rekent.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>ended %1</source>
        <translation>beëindigd %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="189"/>
        <source>The company has this plan.</source>
        <translation>Het bedrijf heeft dit pakket.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="193"/>
        <source>Its own price ended on %1: it pays its seller&apos;s price, with the seller&apos;s later changes. Double-click to give it an own price again from the chosen day on.</source>
        <translation>De eigen prijs is beëindigd op %1: het bedrijf betaalt de prijs van de verkoper, met diens latere wijzigingen. Dubbelklik om vanaf de gekozen dag weer een eigen prijs te geven.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="197"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Dubbelklik om dit bedrijf vanaf de gekozen dag een eigen prijs te geven.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="199"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Eigen prijs sinds %1. Typ een bedrag om die vanaf de gekozen dag te wijzigen; maak het veld leeg om hem te verwijderen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="202"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>Geen prijs in %1: het bedrijf kan voor dit pakket niet worden gefactureerd. Geef het een eigen prijs of stel de prijs van de verkoper in onder Prijzen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="232"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>De eigen prijs van %1 voor %2, geldig sinds %3, verwijderen? Al aangemaakte facturen behouden hem; perioden die vanaf nu worden gefactureerd krijgen de dan geldende prijs.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="119"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="168"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="169"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Kies een wederverkoper, bedrijf of gebruiker in de boom, of zoek er een in het veld erboven (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Tax ID:</source>
        <translation>Btw-nummer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="242"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Currencies:</source>
        <translation>Valuta&apos;s:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Resellers:</source>
        <translation>Wederverkopers:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Companies:</source>
        <translation>Bedrijven:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (waarvan %2 direct gefactureerd)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Users:</source>
        <translation>Gebruikers:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Direct customers</source>
        <translation>Directe klanten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Bedrijven die %1 zelf factureert, zonder wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Reseller · code %1</source>
        <translation>Wederverkoper · code %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Billing:</source>
        <translation>Facturatie:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Billing day:</source>
        <translation>Factuurdag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Signed up:</source>
        <translation>Aangemeld:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>direct customer of the hoster</source>
        <translation>directe klant van de hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Company · code %1 · %2</source>
        <translation>Bedrijf · code %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Customer code:</source>
        <translation>Klantcode:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Reseller:</source>
        <translation>Wederverkoper:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>None (billed by the hoster)</source>
        <translation>Geen (gefactureerd door de hoster)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>Billing term today:</source>
        <translation>Termijn vandaag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>Billing day today:</source>
        <translation>Factuurdag vandaag:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>Wijzigingsgeschiedenis (%Ln gebeurtenis, nieuwste eerst)</numerusform>
            <numerusform>Wijzigingsgeschiedenis (%Ln gebeurtenissen, nieuwste eerst)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Invoices go:</source>
        <translation>Facturen versturen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="251"/>
        <source>Tax:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="259"/>
        <source>User · %1</source>
        <translation>Gebruiker · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="268"/>
        <source>Current subscriptions</source>
        <translation>Huidige abonnementen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="269"/>
        <source>Assigned plans</source>
        <translation>Toegewezen pakketten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="272"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
</context>
<context>
    <name>EndOwnPriceDialog</name>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="31"/>
        <source>End own price of %1</source>
        <translation>Eigen prijs van %1 beëindigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="34"/>
        <source>Own price %1, in force since %2.</source>
        <translation>Eigen prijs %1, geldig sinds %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="36"/>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="40"/>
        <source>&amp;End from:</source>
        <translation>&amp;Beëindigen vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="41"/>
        <source>From this day the company pays its seller&apos;s price; the days before keep the own price. A day already billed cannot be chosen.</source>
        <translation>Vanaf deze dag betaalt het bedrijf de prijs van zijn verkoper; de dagen ervoor houden de eigen prijs. Een dag die al gefactureerd is, kan niet worden gekozen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="45"/>
        <source>End own price</source>
        <translation>Eigen prijs beëindigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="46"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="84"/>
        <source>The explanation could not be worked out.</source>
        <translation>De uitleg kon niet worden berekend.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="87"/>
        <source>Working out the explanation…</source>
        <translation>Uitleg wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="116"/>
        <location filename="../ui/invoices/explain_panel.py" line="248"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Selecteer een regel om te zien hoe het bedrag is berekend.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="145"/>
        <source>no price</source>
        <translation>geen prijs</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <location filename="../ui/invoices/explain_panel.py" line="148"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <source>own price ended</source>
        <translation>eigen prijs beëindigd</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="149"/>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="150"/>
        <source>← applied</source>
        <translation>← toegepast</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="159"/>
        <source>Company&apos;s own price</source>
        <translation>Eigen prijs van het bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="160"/>
        <source>Retail</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="161"/>
        <source>Reseller&apos;s own wholesale</source>
        <translation>Eigen groothandelsprijs van de wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="162"/>
        <source>Wholesale</source>
        <translation>Groothandel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="168"/>
        <source>Billed in advance for the period {start} to {end}.</source>
        <translation>Vooraf gefactureerd voor de periode {start} t/m {end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="169"/>
        <source>A change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}.</source>
        <translation>Een wijziging op {day}: {days} van de {period_days} dagen van de periode {period_start} t/m {period_end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="171"/>
        <source>{start} to {end} is not one billing period of the company as its billing days fall today.</source>
        <translation>{start} t/m {end} is geen factuurperiode van het bedrijf zoals de factuurdagen nu vallen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="173"/>
        <source>One-off extra: {event}.</source>
        <translation>Eenmalige kosten: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="174"/>
        <source>Recurring extra: {event}.</source>
        <translation>Terugkerende kosten: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="175"/>
        <source>The minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}.</source>
        <translation>Het minimumbedrag is {minimum}: de kosten kwamen op {subtotal}, aangevuld met {top_up}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="177"/>
        <source>Typed by hand by {actor} on {at}.</source>
        <translation>Handmatig ingevoerd door {actor} op {at}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="178"/>
        <source>Typed by hand (the audit log does not say by whom).</source>
        <translation>Handmatig ingevoerd (het logboek zegt niet door wie).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="179"/>
        <source>Corrects the period {period_start} to {period_end}, billed on {invoice}.</source>
        <translation>Corrigeert de periode {period_start} t/m {period_end}, gefactureerd op {invoice}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="180"/>
        <source>Because of a change recorded after that invoice: {event}.</source>
        <translation>Door een wijziging die na die factuur is vastgelegd: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="181"/>
        <source>Price in force on {day}, layer by layer:</source>
        <translation>Prijs geldig op {day}, laag voor laag:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="182"/>
        <source>The reseller&apos;s cost on {day}, layer by layer:</source>
        <translation>Inkoopprijs van de wederverkoper op {day}, laag voor laag:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="183"/>
        <source>{monthly} a month for a term of {months} months: {unit_price}.</source>
        <translation>{monthly} per maand bij een termijn van {months} maanden: {unit_price}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="184"/>
        <source>{quantity} × {unit_price} × {days}/{period_days} = {exact} → {rounded}</source>
        <translation>{quantity} × {unit_price} × {days}/{period_days} = {exact} → {rounded}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="185"/>
        <source>{quantity} × {unit_price} = {exact} → {rounded}</source>
        <translation>{quantity} × {unit_price} = {exact} → {rounded}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="186"/>
        <source>Rounded once, half-up, to {digits} decimal(s): rounding difference {difference}</source>
        <translation>Eenmaal afgerond, half naar boven, op {digits} decimaal/decimalen: afrondingsverschil {difference}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="188"/>
        <source>The reseller&apos;s cost for this line is {cost}; its margin {margin}.</source>
        <translation>De inkoopprijs van de wederverkoper voor deze regel is {cost}; zijn marge {margin}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="189"/>
        <source>The price matrix changed since: billed at {billed} ({billed_price} a unit), today&apos;s prices give {today} ({today_price} a unit).</source>
        <translation>De prijsmatrix is sindsdien gewijzigd: gefactureerd {billed} ({billed_price} per eenheid), de huidige prijzen geven {today} ({today_price} per eenheid).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="191"/>
        <source>No layer has a price for {day} today: the price matrix changed since.</source>
        <translation>Geen enkele laag heeft nu een prijs voor {day}: de prijsmatrix is sindsdien gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="204"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="233"/>
        <source>quantity %1</source>
        <translation>aantal %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="236"/>
        <source>%1, dated %2</source>
        <translation>%1, gedateerd %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="238"/>
        <source>, recorded %1</source>
        <translation>, vastgelegd op %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="240"/>
        <source> by %1</source>
        <translation> door %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="244"/>
        <source>Why this amount</source>
        <translation>Waarom dit bedrag</translation>
    </message>
</context>
<context>
    <name>ExtraDialog</name>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>New extra item</source>
        <translation>Nieuw extra artikel</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>Edit extra item %1</source>
        <translation>Extra artikel %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="65"/>
        <source>An item&apos;s code never changes: extras recorded from it keep it.</source>
        <translation>De code van een artikel verandert nooit: extra kosten die ermee zijn vastgelegd behouden hem.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="67"/>
        <source>&amp;Charged:</source>
        <translation>&amp;Facturering:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Once (one-off)</source>
        <translation>Eén keer (eenmalig)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Every period until ended (recurring)</source>
        <translation>Elke periode tot beëindiging (terugkerend)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="73"/>
        <source>Default in %1:</source>
        <translation>Standaard in %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="74"/>
        <source>Written as %1; blank: no default in that currency. A clerk can change the amount when adding the extra.</source>
        <translation>Geschreven als %1; leeg: geen standaard in die valuta. Het bedrag kan worden gewijzigd bij het toevoegen van de kosten.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="78"/>
        <source>Name in %1:</source>
        <translation>Naam in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Recurring</source>
        <translation>Terugkerend</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Default amounts</source>
        <translation>Standaardbedragen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Retired from</source>
        <translation>Uitgefaseerd vanaf</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 added.</source>
        <translation>Extra artikel %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 saved.</source>
        <translation>Extra artikel %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 van %Ln artikel getoond</numerusform>
            <numerusform>%1 van %Ln artikelen getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="235"/>
        <source>Show &amp;retired</source>
        <translation>&amp;Uitgefaseerde tonen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="236"/>
        <source>Find an item by code or name</source>
        <translation>Een artikel zoeken op code of naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="237"/>
        <source>Extras a clerk adds to a company or one of its users: the item gives the name on the invoice and a default amount per currency, which the clerk may change.</source>
        <translation>Extra kosten die aan een bedrijf of een van zijn gebruikers worden toegevoegd: het artikel geeft de naam op de factuur en een standaardbedrag per valuta, dat kan worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="44"/>
        <source>Why it was not collected</source>
        <translation>Waarom niet geïnd</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Plan or item</source>
        <translation>Pakket of artikel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="196"/>
        <source>Recurring extra charge</source>
        <translation>Terugkerende extra kosten</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factuur</numerusform>
            <numerusform>%Ln facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 van %Ln factuur getoond; scroll voor meer</numerusform>
            <numerusform>%1 van %Ln facturen getoond; scroll voor meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>Eerste %Ln factuur getoond; scroll voor meer</numerusform>
            <numerusform>Eerste %Ln facturen getoond; scroll voor meer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="196"/>
        <source>Manual draft #%1 created.</source>
        <translation>Handmatig concept #%1 aangemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="202"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Nieuwe handmatige factuur…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="203"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
</context>
<context>
    <name>InvoiceDesigner</name>
    <message>
        <location filename="../ui/designer/designer.py" line="82"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="84"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="140"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="148"/>
        <source> (default)</source>
        <translation> (standaard)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="150"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="175"/>
        <location filename="../ui/designer/designer.py" line="336"/>
        <source>Invoice designer</source>
        <translation>Factuurontwerp</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="176"/>
        <source>This template has changes that are not saved. Discard them?</source>
        <translation>Dit sjabloon heeft niet-opgeslagen wijzigingen. Verwerpen?</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="185"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="187"/>
        <source>New template %1</source>
        <translation>Nieuw sjabloon %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="204"/>
        <source>The page shows the last valid settings: correct the fields marked on the left.</source>
        <translation>De pagina toont de laatste geldige instellingen: corrigeer de links gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Name of the new template:</source>
        <translation>Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="253"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="281"/>
        <source>Saved “%1” (version %2).</source>
        <translation>„%1” opgeslagen (versie %2).</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="303"/>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="313"/>
        <source>“%1” is now the default.</source>
        <translation>„%1” is nu de standaard.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="327"/>
        <source>New template, not saved yet</source>
        <translation>Nieuw sjabloon, nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="329"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="331"/>
        <source>, the default</source>
        <translation>, standaard</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="333"/>
        <source>, changed since saved</source>
        <translation>, gewijzigd sinds opslaan</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="344"/>
        <source>Issuer </source>
        <translation>Uitgever </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="345"/>
        <source>Template </source>
        <translation>Sjabloon </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="348"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="349"/>
        <source>Make &amp;default</source>
        <translation>Als stan&amp;daard</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="64"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="99"/>
        <source>Issued &amp;by:</source>
        <translation>Uitgereikt &amp;door:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="101"/>
        <source>code or name</source>
        <translation>code of naam</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="102"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Periode vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="103"/>
        <source>to:</source>
        <translation>t/m:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="105"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="106"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="110"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="160"/>
        <source>Billed for %1 to %2</source>
        <translation>Gefactureerd voor %1 t/m %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>This line bills company %1</source>
        <translation>Deze regel factureert bedrijf %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="226"/>
        <source>Looking up %1…</source>
        <translation>%1 opzoeken…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="240"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Valuta %1, btw %2 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="274"/>
        <source>line %1, quantity</source>
        <translation>regel %1, aantal</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="276"/>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="278"/>
        <source>line %1, unit price</source>
        <translation>regel %1, stukprijs</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="280"/>
        <source>unit price</source>
        <translation>stukprijs</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="281"/>
        <source>line %1, tax rate</source>
        <translation>regel %1, btw-tarief</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="299"/>
        <source>customer code</source>
        <translation>klantcode</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="307"/>
        <source>New manual invoice</source>
        <translation>Nieuwe handmatige factuur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="308"/>
        <source>Customer code:</source>
        <translation>Klantcode:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="309"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>de code van een bedrijf of wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="310"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Tax rate (%)</source>
        <translation>Btw-tarief (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="314"/>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="315"/>
        <source>&amp;Remove line</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="316"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount; with another quantity or price it still bills the same share of its billing period (12 days of a 31-day month: quantity x price x 12/31).</source>
        <translation>De factuur wordt als concept opgeslagen; bij het uitreiken krijgt ze een nummer. Stukprijzen met de decimalen van de valuta; een negatieve prijs maakt een kortingsregel. Een gefactureerde regel behoudt zijn bedrag; met een ander aantal of een andere prijs factureert hij nog steeds hetzelfde deel van zijn factuurperiode (12 dagen van een maand van 31 dagen: aantal x prijs x 12/31).</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="43"/>
        <source>settled up to %1</source>
        <translation>afgerekend tot en met %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="54"/>
        <source>A settlement with the reseller: it takes every charge billed to the reseller&apos;s customers up to %1 that no earlier settlement took, whatever period the charge covers.</source>
        <translation>Een afrekening met de wederverkoper: ze omvat alles wat tot en met %1 aan de klanten van de wederverkoper is gefactureerd en nog door geen eerdere afrekening is meegenomen, ongeacht de periode die het dekt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="63"/>
        <source>Draft #%1</source>
        <translation>Concept #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="64"/>
        <source>#%1 (no number)</source>
        <translation>#%1 (zonder nummer)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Issued by</source>
        <translation>Uitgereikt door</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Issue date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsBox</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="135"/>
        <source>Nothing paid yet; %1 open.</source>
        <translation>Nog niets betaald; %1 openstaand.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="136"/>
        <source>No payments.</source>
        <translation>Geen betalingen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="138"/>
        <source>%1 open of %2.</source>
        <translation>%1 van %2 openstaand.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="157"/>
        <source>Payment #%1 recorded.</source>
        <translation>Betaling #%1 vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="161"/>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="162"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Betaling vastleggen…</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsModel</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Paid by</source>
        <translation>Betaald met</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="60"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="61"/>
        <source>Payment #%1 · %2</source>
        <translation>Betaling #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="63"/>
        <source> (reversed)</source>
        <translation> (teruggedraaid)</translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="18"/>
        <source>Preview on an invoice</source>
        <translation>Voorbeeld op een factuur</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="23"/>
        <source>Number, customer code or name</source>
        <translation>Nummer, klantcode of naam</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="63"/>
        <source>No invoice matches.</source>
        <translation>Geen factuur gevonden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>De nieuwste %Ln factuur die overeenkomt.</numerusform>
            <numerusform>De nieuwste %Ln facturen die overeenkomen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="40"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="200"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="261"/>
        <source>No invoice selected</source>
        <translation>Geen factuur geselecteerd</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="262"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Kies een factuur in de lijst om die te lezen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="268"/>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="269"/>
        <source>Issued by:</source>
        <translation>Uitgereikt door:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="270"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>Issue date:</source>
        <translation>Factuurdatum:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>not issued yet</source>
        <translation>nog niet uitgereikt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="272"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="275"/>
        <source>Corrects:</source>
        <translation>Corrigeert:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="281"/>
        <source>Lines (%1)</source>
        <translation>Regels (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="324"/>
        <source>Issue invoice</source>
        <translation>Factuur uitreiken</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="325"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>%1 aan %2 voor %3 uitreiken? De factuur krijgt haar nummer en kan daarna niet meer worden gewijzigd, alleen gecrediteerd.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>Issued as %1.</source>
        <translation>Uitgereikt als %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="352"/>
        <source>%1 saved.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="358"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="359"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>%1 verwijderen? Een concept uit een factuurrun wordt bij de volgende run opnieuw gefactureerd.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="364"/>
        <source>%1 deleted.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="370"/>
        <source>Credit invoice</source>
        <translation>Factuur crediteren</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="371"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>%1 volledig crediteren? Er wordt meteen een creditnota uitgereikt en de factuur vervalt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="379"/>
        <source>Credit note %1 issued.</source>
        <translation>Creditnota %1 uitgereikt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="386"/>
        <source>Modify invoice</source>
        <translation>Factuur wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="387"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>%1 wijzigen? De factuur wordt volledig gecrediteerd en er opent een conceptkopie om te corrigeren en uit te reiken.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="396"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Creditnota %1 uitgereikt; de conceptkopie is geopend.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="413"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="414"/>
        <source>Subtotal:</source>
        <translation>Subtotaal:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="415"/>
        <source>Tax:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="416"/>
        <source>Total:</source>
        <translation>Totaal:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="417"/>
        <source>&amp;Issue</source>
        <translation>&amp;Uitreiken</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="418"/>
        <source>&amp;Edit draft…</source>
        <translation>Concept &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="419"/>
        <source>&amp;Delete draft</source>
        <translation>Concept &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="420"/>
        <source>&amp;Modify…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="421"/>
        <source>C&amp;redit</source>
        <translation>&amp;Crediteren</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="422"/>
        <source>Send by e-mai&amp;l…</source>
        <translation>Per &amp;e-mail verzenden…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="423"/>
        <source>E-mail this invoice&apos;s PDF to the customer (once; again only if you say so).</source>
        <translation>De pdf van deze factuur per e-mail naar de klant sturen (eenmalig; opnieuw alleen als u dat aangeeft).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="425"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Deze factuur crediteren en een conceptkopie openen om te corrigeren.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="426"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Een creditnota voor de hele factuur uitreiken.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="427"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Selecteer een regel om te zien hoe het bedrag is berekend.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Tax rate (%)</source>
        <translation>Btw-tarief (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoice numbers</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoicing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="72"/>
        <source>Payment collection</source>
        <translation>Inning</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Email delivery</source>
        <translation>Verzending per e-mail</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (on)</source>
        <translation>Zoals de hoster (aan)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (off)</source>
        <translation>Zoals de hoster (uit)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="105"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Uit: factuurruns slaan de bedrijven van de uitgever over (bij de hoster: geen runs).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="106"/>
        <source>Off: checks are refused when a payment to the issuer is recorded.</source>
        <translation>Uit: cheques worden geweigerd bij het boeken van een betaling aan de uitgever.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="107"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Een sjabloon met {seq} en eventueel {year}, zoals INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="118"/>
        <source>%1 (hoster)</source>
        <translation>%1 (hoster)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="131"/>
        <source>As the hoster</source>
        <translation>Zoals de hoster</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Entry</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="103"/>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="105"/>
        <location filename="../ui/payments/account_models.py" line="117"/>
        <source> (reversed)</source>
        <translation> (teruggedraaid)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="107"/>
        <source>to %1</source>
        <translation>aan %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="109"/>
        <source>of payment #%1 · %2</source>
        <translation>van betaling #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="136"/>
        <source>Recorded by %1</source>
        <translation>Vastgelegd door %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="138"/>
        <source>Due %1</source>
        <translation>Vervalt op %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="114"/>
        <source>of payout PO-%1</source>
        <translation>van uitbetaling PO-%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="125"/>
        <source>Payout reversed</source>
        <translation>Uitbetaling teruggedraaid</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="145"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>LoginScope</name>
    <message>
        <location filename="../ui/login_scope.py" line="20"/>
        <source>hoster admin</source>
        <translation>hoster-beheerder</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="21"/>
        <source>hoster clerk</source>
        <translation>hoster-medewerker</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="22"/>
        <source>reseller admin</source>
        <translation>wederverkoper-beheerder</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="23"/>
        <source>reseller clerk</source>
        <translation>wederverkoper-medewerker</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="24"/>
        <source>reviewer, read only</source>
        <translation>controleur, alleen lezen</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="31"/>
        <source>%1 (%2 of %3)</source>
        <comment>login (role of reseller)</comment>
        <translation>%1 (%2 bij %3)</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="34"/>
        <source>%1 (%2)</source>
        <comment>login (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="277"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="282"/>
        <source>About Prorata</source>
        <translation>Over Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="283"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Facturatieconsole voor hostingproviders.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="285"/>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="286"/>
        <source>%1 %2, by %3
Built on Prorata, a billing console for hosting providers.</source>
        <translation>%1 %2, door %3
Gebouwd op Prorata, een factureringsconsole voor hostingproviders.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="301"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="302"/>
        <source>%1 — %2</source>
        <comment>product — login</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="304"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="305"/>
        <source>Database: %1 · logged in as %2</source>
        <translation>Database: %1 · aangemeld als %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="308"/>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="309"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Wijzigingslogboek…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="312"/>
        <source>&amp;Find tenant…</source>
        <translation>Klant &amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="313"/>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="314"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturatie</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="315"/>
        <source>&amp;Run billing…</source>
        <translation>Facturatie &amp;uitvoeren…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="316"/>
        <source>Billing &amp;settings…</source>
        <translation>Factuur&amp;instellingen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="317"/>
        <source>Invoice &amp;designer…</source>
        <translation>Factuur&amp;ontwerp…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="318"/>
        <source>Open re&amp;view file…</source>
        <translation>Controle&amp;bestand openen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="319"/>
        <source>&amp;Import review answers…</source>
        <translation>Controle&amp;antwoorden importeren…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="320"/>
        <source>Send &amp;invoices…</source>
        <translation>Facturen &amp;verzenden…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="321"/>
        <source>&amp;Print-and-post batch…</source>
        <translation>Afdrukbatch voor de &amp;post…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="322"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="323"/>
        <source>C&amp;atalogue</source>
        <translation>C&amp;atalogus</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="324"/>
        <source>&amp;Prices</source>
        <translation>&amp;Prijzen</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="325"/>
        <source>I&amp;nvoices</source>
        <translation>Fact&amp;uren</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="326"/>
        <source>Pa&amp;yments</source>
        <translation>&amp;Betalingen</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="328"/>
        <source>&amp;About Prorata</source>
        <translation>&amp;Over Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="329"/>
        <source>&amp;About %1</source>
        <translation>&amp;Over %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="355"/>
        <source>A billing preview is still working. Stop it and quit?</source>
        <translation>Er loopt nog een factuurvoorbeeld. Stoppen en afsluiten?</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="356"/>
        <source>A billing run is writing invoices. Stop it after the companies being billed now, and quit? What is billed by then stays billed; the next run bills the rest.</source>
        <translation>Een factuurrun schrijft facturen. Stoppen na de bedrijven die nu worden gefactureerd, en afsluiten? Wat tot dan is gefactureerd, blijft gefactureerd; de volgende run factureert de rest.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="358"/>
        <source>Quit Prorata</source>
        <translation>Prorata afsluiten</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="26"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messages.py" line="27"/>
        <source>This could not be done:</source>
        <translation>Dit kon niet worden uitgevoerd:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="209"/>
        <source>Defer to the next invoice</source>
        <translation>Uitstellen tot de volgende factuur</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="210"/>
        <source>Top up to the minimum</source>
        <translation>Aanvullen tot het minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <location filename="../ui/billing/settings_models.py" line="254"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="221"/>
        <source>Below it</source>
        <translation>Daaronder</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="39"/>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="41"/>
        <source>Move company %1</source>
        <translation>Bedrijf %1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="43"/>
        <source>Move user %1</source>
        <translation>Gebruiker %1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="57"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="60"/>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="64"/>
        <source>Current seller:</source>
        <translation>Huidige verkoper:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="70"/>
        <source>&amp;New seller:</source>
        <translation>&amp;Nieuwe verkoper:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="74"/>
        <source>&amp;To company:</source>
        <translation>&amp;Naar bedrijf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="75"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Ingangsdatum:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="112"/>
        <source>The hoster itself (%1)</source>
        <translation>De hoster zelf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="137"/>
        <source>From this date the new seller invoices the company. The seller it leaves credits, on its next invoice, what it billed in advance for the days from this date, and its reseller cost stops on this date. Users, plans, one-off extras and history go along; invoices already written stay with their issuer.</source>
        <translation>Vanaf deze datum factureert de nieuwe verkoper het bedrijf. De verkoper die wordt verlaten crediteert op zijn volgende factuur wat hij vooraf heeft gefactureerd voor de dagen vanaf deze datum, en zijn inkoopprijs als wederverkoper stopt op deze datum. Gebruikers, pakketten, eenmalige extra kosten en geschiedenis gaan mee; al aangemaakte facturen blijven bij hun uitgever.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="145"/>
        <source>%1 (%2/month)</source>
        <translation>%1 (%2/maand)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="147"/>
        <source>Recurring extras end with the move: %1. They are the current seller&apos;s own items: it bills them up to the day before; the new seller does not bill them.</source>
        <translation>Terugkerende extra kosten eindigen met de overstap: %1. Het zijn eigen artikelen van de huidige verkoper: die factureert ze tot en met de dag ervoor; de nieuwe verkoper factureert ze niet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="151"/>
        <source>From this date the user is taken off its plans in %1 and put on the same plans in the other company, which must have them: both are billed pro rata by days. Only companies of the same seller are listed.</source>
        <translation>Vanaf deze datum wordt de gebruiker ontkoppeld van zijn pakketten in %1 en toegewezen aan dezelfde pakketten in het andere bedrijf, dat ze moet hebben: beide worden naar rato per dag gefactureerd. Alleen bedrijven van dezelfde verkoper worden getoond.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="155"/>
        <source>This date lies in a period already invoiced (up to %1): the next invoices carry the corrections.</source>
        <translation>Deze datum valt in een al gefactureerde periode (t/m %1): de volgende facturen bevatten de correcties.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="158"/>
        <source>Last moved on %1; a new move cannot be dated before that.</source>
        <translation>Laatst verplaatst op %1; een nieuwe verplaatsing kan niet eerder worden gedateerd.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="167"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="169"/>
        <source>to</source>
        <translation>bestemming</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="191"/>
        <source>Company %1 moves to %2 from %3.</source>
        <translation>Bedrijf %1 gaat vanaf %3 over naar %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="197"/>
        <source>User %1 moves to %2 from %3.</source>
        <translation>Gebruiker %1 gaat vanaf %3 over naar %2.</translation>
    </message>
</context>
<context>
    <name>OpenInvoicesModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Billing date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="77"/>
        <source>Reseller %1</source>
        <translation>Wederverkoper %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation>Databasewachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
</context>
<context>
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln rekening</numerusform>
            <numerusform>%Ln rekeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 van %Ln rekening getoond; scroll voor meer</numerusform>
            <numerusform>%1 van %Ln rekeningen getoond; scroll voor meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>Eerste %Ln rekening getoond; scroll voor meer</numerusform>
            <numerusform>Eerste %Ln rekeningen getoond; scroll voor meer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="184"/>
        <source>Accounts</source>
        <translation>Rekeningen</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="185"/>
        <source>Aging</source>
        <translation>Ouderdomsanalyse</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="186"/>
        <source>Collection</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="187"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="54"/>
        <source>the amount</source>
        <translation>het bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="60"/>
        <location filename="../ui/payments/payout_dialog.py" line="71"/>
        <location filename="../ui/payments/payout_dialog.py" line="80"/>
        <source>Pay out</source>
        <translation>Uitbetalen</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="61"/>
        <source>Pay %1 out to %2 on %3? Make sure the money was actually sent.</source>
        <translation>%1 op %3 uitbetalen aan %2? Controleer dat het geld echt is overgemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;To pay out: %2 (the reseller&apos;s statements less what was paid out against them).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nog uit te betalen: %2 (de afrekeningen van de wederverkoper min de uitbetalingen daarop).</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="76"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Bedrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="77"/>
        <source>&amp;Paid out on:</source>
        <translation>Uitbetaald &amp;op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="78"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="79"/>
        <source>the transfer&apos;s reference</source>
        <translation>kenmerk van de overboeking</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>New plan</source>
        <translation>Nieuw pakket</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>Edit plan %1</source>
        <translation>Pakket %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="54"/>
        <source>A plan&apos;s code and service never change: invoices and prices refer to them.</source>
        <translation>Code en dienst van een pakket veranderen nooit: facturen en prijzen verwijzen ernaar.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="56"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="59"/>
        <source>Invoices have already billed this plan %1: its basis can no longer change. Add a new plan for another basis.</source>
        <translation>Facturen hebben dit pakket al %1 gefactureerd: de grondslag kan niet meer veranderen. Voeg een nieuw pakket toe voor een andere grondslag.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="61"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="63"/>
        <source>Unit in %1:</source>
        <translation>Eenheid in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="64"/>
        <source>What one unit is, as invoices name it: site, GB, licence…</source>
        <translation>Wat één eenheid is, zoals facturen haar noemen: site, GB, licentie…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="65"/>
        <source>Name in %1:</source>
        <translation>Naam in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="66"/>
        <source>Description in %1:</source>
        <translation>Omschrijving in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="73"/>
        <source>A plan stays with its service.</source>
        <translation>Een pakket blijft bij zijn dienst.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Retired from</source>
        <translation>Uitgefaseerd vanaf</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 added.</source>
        <translation>Pakket %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 saved.</source>
        <translation>Pakket %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="168"/>
        <location filename="../ui/catalogue/editor.py" line="198"/>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%1 van %Ln pakket getoond</numerusform>
            <numerusform>%1 van %Ln pakketten getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="187"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="188"/>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="192"/>
        <source>All plans</source>
        <translation>Alle pakketten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="193"/>
        <source>Active plans</source>
        <translation>Actieve pakketten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="194"/>
        <source>Retired plans</source>
        <translation>Uitgefaseerde pakketten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="199"/>
        <source>Find a plan by code or name</source>
        <translation>Een pakket zoeken op code of naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="200"/>
        <source>Greyed plans are retired: no company can subscribe or change to them; running subscriptions go on being billed. Double-click a plan to edit it; its prices are set in the Prices tab.</source>
        <translation>Grijze pakketten zijn uitgefaseerd: geen bedrijf kan erop abonneren of ernaar wisselen; lopende abonnementen worden verder gefactureerd. Dubbelklik op een pakket om het te bewerken; de prijzen stelt u in op het tabblad Prijzen.</translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="106"/>
        <source>%1 on %2, a cover sheet first, saved in %3.</source>
        <translation>%1 op %2, met een voorblad vooraan, opgeslagen in %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factuur</numerusform>
            <numerusform>%Ln facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln pagina</numerusform>
            <numerusform>%Ln pagina’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>Naar de printer gestuurd: %Ln pagina. Als die eruit is, antwoord dan:</numerusform>
            <numerusform>Naar de printer gestuurd: %Ln pagina’s. Als ze eruit zijn, antwoord dan:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="112"/>
        <source>Print it on both sides (or press Print… to send it to a printer), then answer:</source>
        <translation>Druk de batch dubbelzijdig af (of stuur hem met ‘Afdrukken…’ naar een printer) en antwoord dan:</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="114"/>
        <source>Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting.</source>
        <translation>‘Ja’ markeert ze als vandaag verzonden; ‘Nee’ legt ze terug voor de volgende batch; ‘Later’ laat ze wachten.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="135"/>
        <source>Print the batch</source>
        <translation>Batch afdrukken</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="150"/>
        <source>Sending the batch to the printer…</source>
        <translation>De batch wordt naar de printer gestuurd…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="153"/>
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="168"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>De printer kon niet worden geopend; er is niets afgedrukt.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="62"/>
        <source>Menus, windows and messages change at once; numbers and dates follow the language. Invoices keep each customer&apos;s own language.</source>
        <translation>Menu&apos;s, vensters en meldingen wisselen meteen; getallen en datums volgen de taal. Facturen houden de eigen taal van elke klant.</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="111"/>
        <source>The preview shows here.</source>
        <translation>Hier verschijnt het voorbeeld.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="135"/>
        <source>This changes nothing on the next invoice, dated %1.</source>
        <translation>Dit verandert niets aan de volgende factuur, gedateerd %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="140"/>
        <source>The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>De volgende factuur, gedateerd %1: subtotaal %2 → %3 (%4); met btw %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="142"/>
        <source>This changes nothing on the next invoice in %1, dated %2.</source>
        <translation>Dit verandert niets aan de volgende factuur in %1, gedateerd %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="146"/>
        <source>The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>De factuur in %7 van dezelfde datum: subtotaal %2 → %3 (%4); met btw %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="148"/>
        <source>The change is dated into a period already invoiced: the correction lines bill that difference on the next invoice.</source>
        <translation>De wijziging valt in een al gefactureerde periode: de correctieregels factureren dat verschil op de volgende factuur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="162"/>
        <source>On the next invoice</source>
        <translation>Op de volgende factuur</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Calculation</source>
        <translation>Berekening</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="76"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/designer/preview.py" line="49"/>
        <source>Sample invoice</source>
        <translation>Voorbeeldfactuur</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="51"/>
        <source>Preview on an invoice…</source>
        <translation>Voorbeeld op een factuur…</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="56"/>
        <source>The language of the previewed invoice</source>
        <translation>De taal van de voorbeeldfactuur</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="60"/>
        <source>The sample invoice&apos;s currency</source>
        <translation>De valuta van de voorbeeldfactuur</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="63"/>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="64"/>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="67"/>
        <source>Preview on</source>
        <translation>Voorbeeld op</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln pagina</numerusform>
            <numerusform>%Ln pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="152"/>
        <source> · shown %1 ms after the change</source>
        <translation> · getoond %1 ms na de wijziging</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="160"/>
        <source>The page cannot be rendered: %1</source>
        <translation>De pagina kan niet worden weergegeven: %1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="146"/>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="147"/>
        <source>Billed</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="148"/>
        <source>Wholesale</source>
        <translation>Groothandel</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="149"/>
        <source>Reseller&apos;s cost</source>
        <translation>Inkoopprijs wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="150"/>
        <source>Retail</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="151"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="175"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>De prijs van de hoster voor alle wederverkopers.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="176"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Wat deze wederverkoper betaalt: zijn eigen onderhandelde prijs, anders groothandel.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="177"/>
        <source>What the seller charges its companies.</source>
        <translation>Wat de verkoper zijn bedrijven rekent.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="178"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Verkoop min de inkoopprijs van de wederverkoper.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="220"/>
        <source>Missing prices in %1: %2</source>
        <translation>Ontbrekende prijzen in %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Geen groothandelsprijs in %1: de bedrijven van deze wederverkoper met dit pakket kunnen niet in %1 worden gefactureerd. Dubbelklik om er een in te stellen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Geen verkoopprijs in %1: bedrijven met dit pakket kunnen niet in %1 worden gefactureerd. Dubbelklik om er een in te stellen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="233"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Eigen prijs van %1 (groothandel is %2). Maak leeg om terug te vallen op groothandel.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="236"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>De groothandelsprijs; typ een bedrag om %1 een eigen prijs te geven.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="239"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Dubbelklik om de prijs vanaf de gekozen datum te wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="305"/>
        <source>%1 would sell %2 below cost: retail %3, the reseller&apos;s cost %4, a loss of %5 a unit.

Save it anyway?</source>
        <translation>%1 zou %2 onder de inkoopprijs verkopen: verkoop %3, inkoopprijs van de wederverkoper %4, een verlies van %5 per eenheid.

Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="309"/>
        <source>Retail below cost</source>
        <translation>Verkoop onder inkoopprijs</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="318"/>
        <location filename="../ui/prices/matrix_model.py" line="341"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="319"/>
        <location filename="../ui/prices/matrix_model.py" line="342"/>
        <source>with no start date</source>
        <translation>zonder begindatum</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="321"/>
        <source>%1 pays wholesale (%2) again.</source>
        <translation>%1 betaalt weer de groothandelsprijs (%2).</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="324"/>
        <source>The price before it applies again; without one, %1 cannot be billed in %2.</source>
        <translation>De vorige prijs geldt weer; zonder prijs kan %1 niet in %2 worden gefactureerd.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="326"/>
        <source>Remove this price?

%2 · %1: %3, in force %4.

It is removed from the day it began: periods billed from then on would be billed without it. %5</source>
        <translation>Deze prijs verwijderen?

%2 · %1: %3, geldig %4.

Hij wordt verwijderd vanaf de dag waarop hij begon: perioden die vanaf dan worden gefactureerd, zouden zonder hem worden gefactureerd. %5</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="330"/>
        <source>Remove a price</source>
        <translation>Een prijs verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="339"/>
        <source>%1 · %2: removed %3 (in force %4).</source>
        <translation>%1 · %2: %3 verwijderd (geldig %4).</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="141"/>
        <location filename="../ui/prices/matrix_widget.py" line="239"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (directe bedrijven)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln pakket zonder prijs in %1 (gemarkeerd)</numerusform>
            <numerusform>%Ln pakketten zonder prijs in %1 (gemarkeerd)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="215"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1: %2 op %3 gezet vanaf %4.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Prijzen van %1 in %2 op %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="227"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Verkoper:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="229"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Prijzen &amp;op en wijzigingen vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="230"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="232"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are asked first).</source>
        <translation>Dubbelklik op een prijs (of selecteer hem en typ) om hem te wijzigen; de nieuwe prijs geldt vanaf de gekozen datum, eerdere perioden houden de hunne. Een vetgedrukte inkoopprijs is de eigen onderhandelde prijs van de wederverkoper; maak hem leeg om terug te vallen op groothandel. Een geleegde prijs wordt verwijderd vanaf de dag waarop hij begon (u krijgt eerst een vraag).</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="38"/>
        <source>Changed meanwhile</source>
        <translation>Intussen gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="39"/>
        <source>Someone else changed this account while you were working on it; nothing was written. The account is shown again as it is now.</source>
        <translation>Iemand anders heeft deze rekening gewijzigd terwijl u eraan werkte; er is niets weggeschreven. De rekening wordt opnieuw getoond zoals ze nu is.</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="56"/>
        <source>Checks are switched off (%1&apos;s setting).</source>
        <translation>Cheques staan uit (instelling van %1).</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="104"/>
        <source>The account owes nothing: all %1 will be kept as credit on the account.</source>
        <translation>Er staat niets open op de rekening: de volle %1 blijft als tegoed op de rekening.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="106"/>
        <source>%1 more than the chosen invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 meer dan er op de gekozen facturen openstaat: dat blijft als tegoed op de rekening.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="108"/>
        <source>%1 more than the account&apos;s open invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 meer dan er op de openstaande facturen van de rekening openstaat: dat blijft als tegoed op de rekening.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="124"/>
        <source>the amount</source>
        <translation>het bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="147"/>
        <source>Record %1 by %2 from %3?</source>
        <translation>%1 per %2 van %3 vastleggen?</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="150"/>
        <source>It pays:</source>
        <translation>Ze betaalt:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="152"/>
        <source>%1 stays on the account as credit.</source>
        <translation>%1 blijft als tegoed op de rekening.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="153"/>
        <location filename="../ui/payments/record_dialog.py" line="160"/>
        <location filename="../ui/payments/record_dialog.py" line="173"/>
        <source>Record payment</source>
        <translation>Betaling vastleggen</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance %2 · credit %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo %2 · tegoed %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="166"/>
        <source>&amp;Method:</source>
        <translation>Betaal&amp;wijze:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="167"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="168"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Bedrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="169"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="170"/>
        <source>Allocate to:</source>
        <translation>Toewijzen aan:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="171"/>
        <source>such as %1</source>
        <translation>zoals %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="172"/>
        <source>the transfer&apos;s reference, the check&apos;s number, a receipt number</source>
        <translation>kenmerk van de overboeking, chequenummer, bonnummer</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="65"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Bedrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="66"/>
        <source>This payment has %1 of credit to refund.</source>
        <translation>Deze betaling heeft %1 tegoed om terug te betalen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="72"/>
        <source>a payment with credit</source>
        <translation>een betaling met tegoed</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="77"/>
        <source>the amount</source>
        <translation>het bedrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="82"/>
        <location filename="../ui/payments/refund_dialog.py" line="90"/>
        <location filename="../ui/payments/refund_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="83"/>
        <source>Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.</source>
        <translation>%1 terugbetalen aan %2 uit betaling #%3? Controleer dat het geld echt is overgemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit %2: only what pays no invoice can be refunded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Tegoed %2: alleen wat geen factuur betaalt, kan worden terugbetaald.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="95"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Betaling:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="96"/>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Terugbetaald op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="97"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="98"/>
        <source>the refund transfer&apos;s reference</source>
        <translation>kenmerk van de terugbetaling</translation>
    </message>
</context>
<context>
    <name>ResellerDialog</name>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>New reseller</source>
        <translation>Nieuwe wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>Edit reseller %1</source>
        <translation>Wederverkoper %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="46"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="47"/>
        <source>Reverse charge (0 %)</source>
        <translation>Btw verlegd (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="48"/>
        <source>Exempt (0 %)</source>
        <translation>Vrijgesteld (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="57"/>
        <source>Code and currency are fixed once the reseller has companies.</source>
        <translation>Code en valuta liggen vast zodra de wederverkoper bedrijven heeft.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="64"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="67"/>
        <source>The language of its invoices and its companies&apos; default</source>
        <translation>De taal van zijn facturen en de standaard voor zijn bedrijven</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="68"/>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturatie:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="70"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Aangemeld:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="71"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="72"/>
        <source>Tax treat&amp;ment:</source>
        <translation>Btw-&amp;behandeling:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="74"/>
        <source>How the hoster taxes this reseller</source>
        <translation>Hoe de hoster btw rekent aan deze wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="75"/>
        <source>Tax &amp;rate (%):</source>
        <translation>Btw-&amp;tarief (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="77"/>
        <source>The rate this reseller charges its companies, in per cent</source>
        <translation>Het tarief dat deze wederverkoper zijn bedrijven rekent, in procenten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="78"/>
        <source>&amp;Invoice numbers:</source>
        <translation>Factuur&amp;nummers:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="79"/>
        <source>{year} is the year, {seq:05} the number in five digits.</source>
        <translation>{year} is het jaar, {seq:05} het nummer in vijf cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="81"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="84"/>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 signed up.</source>
        <translation>Wederverkoper %1 aangemeld.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 saved.</source>
        <translation>Wederverkoper %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire plan %1</source>
        <translation>Pakket %1 uitfaseren</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire extra item %1</source>
        <translation>Extra artikel %1 uitfaseren</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="31"/>
        <source>&amp;Retire</source>
        <translation>&amp;Uitfaseren</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="47"/>
        <source>Retire &amp;from:</source>
        <translation>Uitfaseren &amp;vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="48"/>
        <source>From this day no company can subscribe or change to the plan; running subscriptions go on being billed.</source>
        <translation>Vanaf deze dag kan geen bedrijf op het pakket abonneren of ernaar wisselen; lopende abonnementen worden verder gefactureerd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="50"/>
        <source>From this day the item is no longer offered; extras already recorded from it are not changed.</source>
        <translation>Vanaf deze dag wordt het artikel niet meer aangeboden; al vastgelegde extra kosten veranderen niet.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Retired from</source>
        <translation>Uitgefaseerd vanaf</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="69"/>
        <source>Plan %1 retires from %2.</source>
        <translation>Pakket %1 wordt uitgefaseerd vanaf %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="70"/>
        <source>Extra item %1 retires from %2.</source>
        <translation>Extra artikel %1 wordt uitgefaseerd vanaf %2.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="59"/>
        <source>The invoices payment #%1 pays open again, and %2 goes back on the account.</source>
        <translation>De facturen die betaling #%1 betaalt, staan weer open, en %2 gaat terug op de rekening.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="65"/>
        <source>a payment</source>
        <translation>een betaling</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="68"/>
        <location filename="../ui/payments/reverse_dialog.py" line="75"/>
        <location filename="../ui/payments/reverse_dialog.py" line="86"/>
        <source>Reverse payment</source>
        <translation>Betaling terugdraaien</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="69"/>
        <source>Reverse payment #%1 of %2 (%3)? This cannot be undone.</source>
        <translation>Betaling #%1 van %2 (%3) terugdraaien? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="83"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Betaling:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="84"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="85"/>
        <source>&amp;Reversed on:</source>
        <translation>Teruggedraaid &amp;op:</translation>
    </message>
</context>
<context>
    <name>ReversePayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="118"/>
        <source>What payout PO-%1 paid, %2, is owed to the reseller again.</source>
        <translation>Wat uitbetaling PO-%1 betaalde, %2, is weer verschuldigd aan de wederverkoper.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="124"/>
        <source>a payout</source>
        <translation>een uitbetaling</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="127"/>
        <location filename="../ui/payments/payout_dialog.py" line="138"/>
        <location filename="../ui/payments/payout_dialog.py" line="145"/>
        <source>Reverse payout</source>
        <translation>Uitbetaling terugdraaien</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="128"/>
        <source>Reverse payout PO-%1 of %2 on %3? This cannot be undone.</source>
        <translation>Uitbetaling PO-%1 van %2 op %3 terugdraaien? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="141"/>
        <source>&amp;Payout:</source>
        <translation>&amp;Uitbetaling:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="142"/>
        <source>&amp;Reversed on:</source>
        <translation>Teruggedraaid &amp;op:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="143"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="144"/>
        <source>optional, such as: transfer returned, entered twice</source>
        <translation>optioneel, bijvoorbeeld: overboeking teruggekomen, dubbel ingevoerd</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Queried</source>
        <translation>Vraag gesteld</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/window.py" line="138"/>
        <source>Open review file</source>
        <translation>Controlebestand openen</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="139"/>
        <source>Review files (*%1)</source>
        <translation>Controlebestanden (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="174"/>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="188"/>
        <source>Customer %1 (%2)</source>
        <translation>Klant %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="189"/>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="191"/>
        <source>Period from %1</source>
        <translation>Periode vanaf %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="196"/>
        <source>Before: %1</source>
        <translation>Eerst: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="210"/>
        <source>The PDF cannot be shown: %1</source>
        <translation>De pdf kan niet worden getoond: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="245"/>
        <source>No verdict yet</source>
        <translation>Nog geen oordeel</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Queried</source>
        <translation>Vraag gesteld</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="271"/>
        <source>Answers saved to %1</source>
        <translation>Antwoorden opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review %1</source>
        <translation>Controle %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="292"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="293"/>
        <source>&amp;Open review file…</source>
        <translation>Controlebestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="295"/>
        <source>Reviewer</source>
        <translation>Controleur</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="296"/>
        <source>Comment (needed for a query)</source>
        <translation>Opmerking (nodig bij een vraag)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="297"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="298"/>
        <source>Query</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="299"/>
        <source>Clear verdict</source>
        <translation>Oordeel wissen</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="300"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="301"/>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/window.py" line="305"/>
        <source>%Ln invoice(s): %1 approved, %2 queried, %3 to review</source>
        <translation>
            <numerusform>%Ln factuur: %1 goedgekeurd, %2 met een vraag, %3 te controleren</numerusform>
            <numerusform>%Ln facturen: %1 goedgekeurd, %2 met een vraag, %3 te controleren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="107"/>
        <source>%1. Next invoice on %2, for %3.</source>
        <translation>%1. Volgende factuur op %2, voor %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="111"/>
        <source>From %1: %2.</source>
        <translation>Vanaf %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="116"/>
        <source>Billing schedule:</source>
        <translation>Factuurschema:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="140"/>
        <source>Billing schedule · %1</source>
        <translation>Factuurschema · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="144"/>
        <source>The billing term</source>
        <translation>De termijn</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="145"/>
        <source>The billing day</source>
        <translation>De factuurdag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="150"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Verjaardag van de aanmelding (dag %1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="151"/>
        <source>Anniversary of signup</source>
        <translation>Verjaardag van de aanmelding</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="153"/>
        <source>Day %1 of the month</source>
        <translation>Dag %1 van de maand</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="158"/>
        <source>&amp;Change:</source>
        <translation>&amp;Wijziging:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="159"/>
        <source>&amp;Term:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="160"/>
        <source>Billing &amp;day:</source>
        <translation>Factuur&amp;dag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="161"/>
        <source>Days 29 to 31 fall on the last day of shorter months.</source>
        <translation>Dag 29 t/m 31 vallen in kortere maanden op de laatste dag.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="162"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="163"/>
        <source>It takes effect at the first billing boundary on or after this date that is not invoiced yet.</source>
        <translation>Gaat in op de eerste nog niet gefactureerde factuurgrens op of na deze datum.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="165"/>
        <source>Now: %1.</source>
        <translation>Nu: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="231"/>
        <source>Takes effect on %1. The period that starts there: %2.</source>
        <translation>Gaat in op %1. De periode die dan begint: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="252"/>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="257"/>
        <source>Billing term: %1</source>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="258"/>
        <source>Billing day: %1</source>
        <translation>Factuurdag: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="259"/>
        <source>%1, from %2.</source>
        <translation>%1, vanaf %2.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Search company name or code, user email…</source>
        <translation>Zoek bedrijfsnaam of -code, e-mail van gebruiker…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="139"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Typ een deel van de naam of code van een bedrijf, een wederverkoper of het e-mailadres van een gebruiker; kies een resultaat om het in de boom te tonen.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation>directe klant</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · bedrijf van %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · gebruiker bij %3</translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="89"/>
        <source>Looking for invoices to send…</source>
        <translation>Te verzenden facturen zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="99"/>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="111"/>
        <source>%1 of %2 sent</source>
        <translation>%1 van %2 verzonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factuur &amp;verzenden</numerusform>
            <numerusform>%Ln facturen &amp;verzenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <location filename="../ui/delivery/send_dialog.py" line="147"/>
        <location filename="../ui/delivery/send_dialog.py" line="199"/>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>%Ln factuur wordt per e-mail verzonden, met de pdf als bijlage.</numerusform>
            <numerusform>%Ln facturen worden per e-mail verzonden, elk met de pdf als bijlage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="123"/>
        <source>Nothing to send: every invoice listed was sent before or goes another way.</source>
        <translation>Niets te verzenden: elke vermelde factuur is al eerder verzonden of gaat via een andere weg.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="137"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>%Ln factuur verzonden.</numerusform>
            <numerusform>%Ln facturen verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln kon niet worden verzonden: zie de reden hieronder; de volgende verzending probeert het opnieuw.</numerusform>
            <numerusform>%Ln konden niet worden verzonden: zie de redenen hieronder; de volgende verzending probeert ze opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln onzeker: de verbinding werd na het verzenden verbroken, dus deze is mogelijk bezorgd. Alleen opnieuw verzonden als u „Eerder verzonden facturen opnieuw verzenden” aanvinkt; vraag het eerst na bij de klant.</numerusform>
            <numerusform>%Ln onzeker: de verbinding werd na het verzenden verbroken, dus deze zijn mogelijk bezorgd. Alleen opnieuw verzonden als u „Eerder verzonden facturen opnieuw verzenden” aanvinkt; vraag het eerst na bij de klant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="155"/>
        <source>Nothing was sent.</source>
        <translation>Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not by e-mail</source>
        <translation>Niet per e-mail</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>Left out</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>In doubt</source>
        <translation>Onzeker</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="178"/>
        <source>Will be sent</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="194"/>
        <source>Send invoices by e-mail</source>
        <translation>Facturen per e-mail verzenden</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="196"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="197"/>
        <source>Send &amp;again those sent before</source>
        <translation>Eerder verzonden facturen &amp;opnieuw verzenden</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>New service</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>Edit service %1</source>
        <translation>Dienst %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="54"/>
        <source>A service&apos;s code never changes.</source>
        <translation>De code van een dienst verandert nooit.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="56"/>
        <source>Name in %1:</source>
        <translation>Naam in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="57"/>
        <source>Description in %1:</source>
        <translation>Omschrijving in het %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 added.</source>
        <translation>Dienst %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 saved.</source>
        <translation>Dienst %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%1 van %Ln dienst getoond</numerusform>
            <numerusform>%1 van %Ln diensten getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="213"/>
        <source>Find a service by code or name</source>
        <translation>Een dienst zoeken op code of naam</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="214"/>
        <source>A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on invoices.</source>
        <translation>Een dienst groepeert pakketten (Hosted Exchange: Basic, Pro…); de naam staat op facturen boven de pakketten.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="92"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="93"/>
        <source>Template name</source>
        <translation>Naam van het sjabloon</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="95"/>
        <source>US Letter (8.5 x 11 in)</source>
        <translation>US Letter (8,5 x 11 inch)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="100"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="101"/>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="102"/>
        <source>Change the %1 margin</source>
        <translation>De marge %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="110"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="111"/>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="115"/>
        <source>Letterhead &amp;&amp; address</source>
        <translation>Briefhoofd &amp;&amp; adres</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="117"/>
        <source>Logo placed</source>
        <translation>Positie van het logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Not shown</source>
        <translation>Niet getoond</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="119"/>
        <source>Logo height</source>
        <translation>Hoogte van het logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source>Change the logo&apos;s height</source>
        <translation>De hoogte van het logo wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="122"/>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="123"/>
        <source>Show our address under the logo</source>
        <translation>Ons adres onder het logo tonen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="124"/>
        <source>Address window</source>
        <translation>Adresvenster</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form B (A4)</source>
        <translation>DIN 5008 vorm B (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form A (A4)</source>
        <translation>DIN 5008 vorm A (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="126"/>
        <source>US #10 envelope (Letter)</source>
        <translation>US-envelop #10 (Letter)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="127"/>
        <source>Where the customer&apos;s address is printed, to show through the envelope&apos;s window.</source>
        <translation>Waar het adres van de klant wordt afgedrukt, zodat het door het venster van de envelop zichtbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="128"/>
        <source>Return address</source>
        <translation>Retouradres</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="130"/>
        <source>Invoice facts</source>
        <translation>Factuurgegevens</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Issue date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Billing period</source>
        <translation>Factuurperiode</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="133"/>
        <source>Tax numbers</source>
        <translation>Btw-nummers</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="136"/>
        <source>Lines &amp;&amp; totals</source>
        <translation>Regels &amp;&amp; totalen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="137"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Description (always shown)</source>
        <translation>Omschrijving (altijd getoond)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Tax rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="140"/>
        <source>Amount (always shown)</source>
        <translation>Bedrag (altijd getoond)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Arithmetic</source>
        <translation>Berekening</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <source>Show the tax per rate</source>
        <translation>Btw per tarief tonen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="149"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Payment block</source>
        <translation>Betalingsblok</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Show how to pay</source>
        <translation>Tonen hoe te betalen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="151"/>
        <source>Payment term</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="152"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="153"/>
        <source>Change the payment term</source>
        <translation>De betalingstermijn wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="154"/>
        <source>Account holder</source>
        <translation>Rekeninghouder</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>Such as DE89 3704 0044 0532 0130 00</source>
        <translation>Zoals DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="156"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="157"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>GiroCode</source>
        <translation>GiroCode</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="129"/>
        <source>Our address in small print above the customer&apos;s</source>
        <translation>Ons adres klein boven dat van de klant</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Explain prorated lines</source>
        <translation>Regels naar rato uitleggen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="142"/>
        <source>Such as “3 sites × 12.00 × 5/31 days = 5.81”.</source>
        <translation>Zoals „3 sites × 12,00 × 5/31 dagen = 5,81”.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <source>Show the notes</source>
        <translation>Opmerkingen tonen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="145"/>
        <source>Reverse charge and exemption wording, and the note written under Texts.</source>
        <translation>Tekst voor btw verlegd en vrijstelling, en de opmerking onder Teksten.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>QR code for the banking app</source>
        <translation>QR-code voor de bankapp</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="159"/>
        <source>An EPC GiroCode, printed on euro invoices when an IBAN is given.</source>
        <translation>Een EPC-GiroCode, afgedrukt op eurofacturen als er een IBAN is opgegeven.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="162"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="168"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="169"/>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="170"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="171"/>
        <source>Payment text</source>
        <translation>Betalingstekst</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="172"/>
        <source>Tax called</source>
        <translation>Naam van de belasting</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="173"/>
        <source>Empty: VAT, in the invoice&apos;s language</source>
        <translation>Leeg: btw, in de taal van de factuur</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="185"/>
        <location filename="../ui/designer/settings_panel.py" line="199"/>
        <location filename="../ui/designer/settings_panel.py" line="248"/>
        <location filename="../ui/designer/settings_panel.py" line="415"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="266"/>
        <source>Payment instructions</source>
        <translation>Betalingsinstructies</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="279"/>
        <source>Order on the page</source>
        <translation>Volgorde op de pagina</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="280"/>
        <source>The letterhead, address and facts always come first.</source>
        <translation>Briefhoofd, adres en gegevens komen altijd eerst.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="281"/>
        <source>Change the order of the blocks</source>
        <translation>De volgorde van de blokken wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="307"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="317"/>
        <location filename="../ui/designer/settings_panel.py" line="332"/>
        <source>Accent colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="318"/>
        <source>Headings, rules and the totals&apos; band; written #RRGGBB.</source>
        <translation>Koppen, lijnen en de totaalbalk; geschreven als #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="319"/>
        <location filename="../ui/designer/settings_panel.py" line="338"/>
        <source>Change the accent colour</source>
        <translation>De accentkleur wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Upload…</source>
        <translation>Uploaden…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>PNG or JPEG, at most %1 KiB and %2 pixels a side.</source>
        <translation>PNG of JPEG, hoogstens %1 KiB en %2 pixels per zijde.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="365"/>
        <source>Remove the logo</source>
        <translation>Het logo verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="369"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="378"/>
        <source>%1, %2 KiB, %3 x %4 pixels</source>
        <translation>%1, %2 KiB, %3 x %4 pixels</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="385"/>
        <source>Choose the logo</source>
        <translation>Het logo kiezen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="386"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="404"/>
        <source>Upload the logo</source>
        <translation>Het logo uploaden</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="118"/>
        <source>Save the statement</source>
        <translation>Rekeningoverzicht opslaan</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="135"/>
        <source>a file name</source>
        <translation>een bestandsnaam</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="142"/>
        <source>there is no such folder</source>
        <translation>die map bestaat niet</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="165"/>
        <source>Statement of account</source>
        <translation>Rekeningoverzicht</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opening balance, every entry of the period with the running balance, closing balance and what is overdue, in the customer&apos;s language.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Beginsaldo, elke boeking van de periode met het lopende saldo, eindsaldo en wat achterstallig is, in de taal van de klant.</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="169"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="172"/>
        <source>&amp;Every account of the customer (all issuers and currencies)</source>
        <translation>&amp;Alle rekeningen van de klant (alle uitgevers en valuta)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="173"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="174"/>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="175"/>
        <source>&amp;Write statement</source>
        <translation>Overzicht &amp;schrijven</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../ui/tenants/actions.py" line="101"/>
        <source>&amp;Move to another company…</source>
        <translation>&amp;Verplaatsen naar een ander bedrijf…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="102"/>
        <source>&amp;Move to another seller…</source>
        <translation>&amp;Verplaatsen naar een andere verkoper…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="211"/>
        <source>New &amp;reseller…</source>
        <translation>Nieuwe &amp;wederverkoper…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="212"/>
        <source>Sign up a reseller (%1)</source>
        <translation>Een wederverkoper aanmelden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="214"/>
        <source>New &amp;company…</source>
        <translation>Nieuw &amp;bedrijf…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="215"/>
        <source>Sign up a company under the selected reseller or the hoster, or beside the selected company, under its seller (%1)</source>
        <translation>Een bedrijf aanmelden onder de gekozen wederverkoper of de hoster, of naast het gekozen bedrijf, onder diens verkoper (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="219"/>
        <source>New &amp;user…</source>
        <translation>Nieuwe &amp;gebruiker…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="220"/>
        <source>Add a user to the selected company (%1)</source>
        <translation>Een gebruiker toevoegen aan het geselecteerde bedrijf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="223"/>
        <source>Edit the selected reseller, company or user (%1)</source>
        <translation>De geselecteerde wederverkoper, het bedrijf of de gebruiker bewerken (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="228"/>
        <source>New reseller…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="229"/>
        <source>New company…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="230"/>
        <source>New user…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="231"/>
        <source>Tenants</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="149"/>
        <source>The database holds no hoster yet.</source>
        <translation>De database bevat nog geen hoster.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="153"/>
        <source>Nothing matches “%1”.</source>
        <translation>Niets gevonden voor „%1”.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="155"/>
        <source>Matches for “%1”: %2</source>
        <translation>Resultaten voor „%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="188"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>„%1” staat niet meer in de boom; druk op F5 om opnieuw te laden.</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="117"/>
        <source>one line each: street, building…</source>
        <translation>één regel per gegeven: straat, gebouw…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="122"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="123"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="124"/>
        <source>Cit&amp;y:</source>
        <translation>Plaa&amp;ts:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="125"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="161"/>
        <source>Someone else saved first.</source>
        <translation>Iemand anders heeft eerst opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="164"/>
        <source>&amp;Reload the form</source>
        <translation>Formulier opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="166"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="222"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="334"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="354"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="386"/>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Er is niets opgeslagen: corrigeer de gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="457"/>
        <source>Their change:</source>
        <translation>Hun wijziging:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="458"/>
        <source>Reload the form with their change? What you typed here is replaced.</source>
        <translation>Het formulier opnieuw laden met hun wijziging? Wat u hier hebt getypt, wordt vervangen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="437"/>
        <location filename="../ui/tenants/forms/base.py" line="468"/>
        <source>Read again: this is the stored version now.</source>
        <translation>Opnieuw gelezen: dit is nu de opgeslagen versie.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="310"/>
        <location filename="../ui/tenants/tree_model.py" line="317"/>
        <source>Direct customers</source>
        <translation>Directe klanten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="330"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="331"/>
        <source>Reseller</source>
        <translation>Wederverkoper</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="332"/>
        <source>Companies the hoster bills directly</source>
        <translation>Bedrijven die de hoster direct factureert</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="333"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="334"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Code / email</source>
        <translation>Code / e-mail</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="45"/>
        <source>Undo this change</source>
        <translation>Deze wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="46"/>
        <source>Undo change #%1: %2?</source>
        <translation>Wijziging #%1 ongedaan maken: %2?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="51"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="57"/>
        <source>&amp;Undo the change</source>
        <translation>Wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="93"/>
        <source>Undoing it records, dated like the change:</source>
        <translation>Ongedaan maken legt vast, gedateerd als de wijziging:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="94"/>
        <source>Nothing is deleted: the change and its undo both stay in the history, and the invoices come to what they would have been without the change.</source>
        <translation>Er wordt niets verwijderd: de wijziging en het ongedaan maken blijven beide in de geschiedenis, en de facturen komen uit op wat ze zonder de wijziging zouden zijn geweest.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="99"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>De volgende factuur kan nog niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="112"/>
        <source>This change cannot be undone:</source>
        <translation>Deze wijziging kan niet ongedaan worden gemaakt:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="26"/>
        <source>Discard your changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="27"/>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Wat u hier hebt ingevoerd, is nog niet opgeslagen. Sluiten en weggooien?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="31"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>Edit user %1</source>
        <translation>Gebruiker %1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="38"/>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="42"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="43"/>
        <source>Unique within the company.</source>
        <translation>Uniek binnen het bedrijf.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 added.</source>
        <translation>Gebruiker %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 saved.</source>
        <translation>Gebruiker %1 opgeslagen.</translation>
    </message>
</context>
</TS>
