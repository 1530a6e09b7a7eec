<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="72"/>
        <source>Quantity changed</source>
        <translation>Menge geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="73"/>
        <source>Plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="74"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="75"/>
        <source>User assigned</source>
        <translation>Benutzer zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>User unassigned</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation>Storniert (gutgeschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Deferred (under the minimum)</source>
        <translation>Zurückgestellt (unter dem Mindestbetrag)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation>In eine spätere Rechnung übernommen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="17"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="18"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Wholesale invoice</source>
        <translation>Großhandelsrechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <location filename="../ui/payments/words.py" line="19"/>
        <source>Reseller statement</source>
        <translation>Abrechnung an Wiederverkäufer</translation>
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
        <translation>Anteilig</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="77"/>
        <location filename="../ui/tenants/changes/words.py" line="44"/>
        <source>Extra charge</source>
        <translation>Zusatzgebühr</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <location filename="../ui/tenants/changes/words.py" line="46"/>
        <source>Minimum charge</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Recurring extra ended</source>
        <translation>Wiederkehrende Gebühr beendet</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Currency changed</source>
        <translation>Währung geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="80"/>
        <source>Moved to another seller</source>
        <translation>Zu anderem Verkäufer umgezogen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="81"/>
        <source>Billing term changed</source>
        <translation>Laufzeit geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="82"/>
        <source>Billing day changed</source>
        <translation>Abrechnungstag geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="88"/>
        <source>Flat, per plan</source>
        <translation>Pauschal je Tarif</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="89"/>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="90"/>
        <source>Per unit</source>
        <translation>Pro Einheit</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reseller invoices its companies</source>
        <translation>Wiederverkäufer stellt seinen Firmen Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="97"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>Hoster stellt Rechnungen, Hoster zieht Zahlungen ein</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>Hoster stellt Rechnungen, Wiederverkäufer zieht Zahlungen ein</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="106"/>
        <source>Anniversary of signup</source>
        <translation>Jahrestag der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Jahrestag der Anmeldung (Tag %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Day %1 of the month each term starts</source>
        <translation>Tag %1 des Monats, in dem jede Laufzeit beginnt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Day %1 of each month</source>
        <translation>Tag %1 jedes Monats</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="124"/>
        <source>Reverse charge (0 %)</source>
        <translation>Reverse Charge (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="126"/>
        <source>Exempt (0 %)</source>
        <translation>Steuerfrei (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="128"/>
        <source>Standard, own rate %1 %</source>
        <translation>Regelbesteuerung, eigener Satz %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="129"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>Regelbesteuerung (Satz des Ausstellers)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="54"/>
        <source>Save the print batch</source>
        <translation>Druckstapel speichern</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="45"/>
        <location filename="../ui/task_progress.py" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="70"/>
        <source>Making the print batch…</source>
        <translation>Druckstapel wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="69"/>
        <location filename="../ui/delivery/post_batch.py" line="93"/>
        <location filename="../ui/delivery/post_batch.py" line="104"/>
        <location filename="../ui/delivery/post_batch.py" line="149"/>
        <location filename="../ui/delivery/post_batch.py" line="167"/>
        <source>Print-and-post batch</source>
        <translation>Druckstapel für den Postversand</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="73"/>
        <source>Adding %1 of %2: %3</source>
        <translation>%1 von %2 wird hinzugefügt: %3</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="94"/>
        <source>No invoice is waiting to go by post.</source>
        <translation>Keine Rechnung wartet auf den Postversand.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="105"/>
        <source>Did the batch print correctly?</source>
        <translation>Wurde der Stapel richtig gedruckt?</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="115"/>
        <source>Yes, mark them posted</source>
        <translation>Ja, als versandt vermerken</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="116"/>
        <source>No, print them again later</source>
        <translation>Nein, später erneut drucken</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="118"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="46"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="68"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="93"/>
        <source>Preparing the database…</source>
        <translation>Datenbank wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="111"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Demodaten für %1 Firmen werden erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="147"/>
        <source>This build&apos;s brand file is broken</source>
        <translation>Die Markendatei dieses Builds ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="167"/>
        <source>Prorata cannot open the database</source>
        <translation>Prorata kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation>Datenbank aktualisieren?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation>Diese Datenbank wurde von einer älteren Version von Prorata geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation>Ihr Schema muss aktualisiert werden (%1 → %2), bevor Prorata sie öffnen kann. Legen Sie im Zweifel zuerst eine Sicherung an. Die Aktualisierung läuft in einer einzigen Transaktion: Sie wird vollständig ausgeführt oder ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation>Leere Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation>Diese Datenbank enthält noch keinen Hoster, keine Wiederverkäufer und keine Firmen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation>Demodaten laden, um sich umzusehen? Sie können auch leer beginnen und Ihre eigenen Daten mit „prorata import“ importieren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation>Demodaten laden …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation>%1 Firmen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation>Wie viele Firmen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be invoiced</source>
        <translation>Wird in Rechnung gestellt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Wird zurückgestellt (unter dem Mindestbetrag)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Nothing to bill</source>
        <translation>Nichts abzurechnen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Invoiced</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="29"/>
        <source>Subscribe to a plan</source>
        <translation>Tarif abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="30"/>
        <source>Change a quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="31"/>
        <source>Change plan</source>
        <translation>Tarif wechseln</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="32"/>
        <source>Cancel a plan</source>
        <translation>Tarif kündigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="33"/>
        <source>Assign a user to a plan</source>
        <translation>Benutzer einem Tarif zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="34"/>
        <source>Unassign a user from a plan</source>
        <translation>Benutzer von einem Tarif lösen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="35"/>
        <source>Add an extra charge</source>
        <translation>Zusatzgebühr hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="36"/>
        <source>End a recurring extra</source>
        <translation>Wiederkehrende Gebühr beenden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="42"/>
        <source>In advance</source>
        <translation>Im Voraus</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="45"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="62"/>
        <source>Subscribe to %1, quantity %2</source>
        <translation>%1 abonnieren, Menge %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="63"/>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="65"/>
        <source>Set the quantity of %1 to %2</source>
        <translation>Menge von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="67"/>
        <source>Change %1 to %2, quantity %3</source>
        <translation>%1 auf %2 wechseln, Menge %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="68"/>
        <source>Change %1 to %2</source>
        <translation>%1 auf %2 wechseln</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="70"/>
        <source>Cancel %1</source>
        <translation>%1 kündigen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="72"/>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="74"/>
        <source>Unassign %1 from %2</source>
        <translation>%1 von %2 lösen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="78"/>
        <source>Add the recurring extra %1 at %2 a period</source>
        <translation>Wiederkehrende Gebühr %1 mit %2 je Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="79"/>
        <source>Add the one-off extra %1 of %2</source>
        <translation>Einmalige Gebühr %1 über %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="81"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="83"/>
        <source>End the recurring extra %1</source>
        <translation>Wiederkehrende Gebühr %1 beenden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="85"/>
        <source>Change the currency to %1</source>
        <translation>Währung auf %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="90"/>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
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
        <translation>%1 × %2 × %3/%4 Tage = %5</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Quarterly (every 3 months)</source>
        <translation>Vierteljährlich (alle 3 Monate)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Half-yearly (every 6 months)</source>
        <translation>Halbjährlich (alle 6 Monate)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="29"/>
        <source>%1 in advance, on day %2</source>
        <translation>%1 im Voraus, am Tag %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="36"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="37"/>
        <source>%1, a whole term</source>
        <translation>%1, ein ganzer Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="38"/>
        <source>%1 to %2: %3 of %4 days, billed pro rata</source>
        <translation>%1 bis %2: %3 von %4 Tagen, anteilig abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="42"/>
        <location filename="../ui/catalogue/plans_model.py" line="71"/>
        <location filename="../ui/catalogue/extras_model.py" line="33"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="43"/>
        <location filename="../ui/catalogue/plans_model.py" line="72"/>
        <location filename="../ui/catalogue/extras_model.py" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="45"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="46"/>
        <source>Basis</source>
        <translation>Berechnungsgrundlage</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="47"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="48"/>
        <location filename="../ui/catalogue/plans_model.py" line="74"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="51"/>
        <location filename="../ui/catalogue/extras_model.py" line="38"/>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="54"/>
        <source>Retired since %1: no new subscriptions; running ones go on being billed.</source>
        <translation>Eingestellt seit %1: keine neuen Abonnements; laufende werden weiter abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="77"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="17"/>
        <source>Default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="27"/>
        <source>Retired since %1: no longer offered; extras recorded from it are unchanged.</source>
        <translation>Eingestellt seit %1: nicht mehr angeboten; bereits erfasste Zusatzgebühren bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Charged</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="20"/>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="21"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="22"/>
        <source>Payment reversed</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="23"/>
        <source>Credit applied</source>
        <translation>Guthaben verrechnet</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="24"/>
        <source>Payout to reseller</source>
        <translation>Auszahlung an Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="30"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="31"/>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="32"/>
        <source>Check</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="33"/>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="34"/>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="44"/>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="45"/>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="46"/>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="47"/>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="48"/>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="57"/>
        <source>Check bounced</source>
        <translation>Scheck geplatzt</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="58"/>
        <source>Direct debit returned</source>
        <translation>Lastschrift zurückgegeben</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>Kartenrückbuchung</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="60"/>
        <source>Transfer recalled by the bank</source>
        <translation>Überweisung von der Bank zurückgerufen</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="37"/>
        <location filename="../ui/delivery/review_import.py" line="42"/>
        <location filename="../ui/delivery/review_import.py" line="63"/>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>Import review answers</source>
        <translation>Prüfantworten importieren</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="38"/>
        <source>Review answers (*.json);;All files (*)</source>
        <translation>Prüfantworten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="43"/>
        <source>Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)</source>
        <translation>Die vom Prüfer freigegebenen Entwürfe jetzt ausstellen? (Nein: Die Freigaben werden vermerkt, und die Entwürfe bleiben Entwürfe.)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="64"/>
        <source>Applying the review answers…</source>
        <translation>Die Antworten der Prüfung werden angewendet…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="70"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Die PDFs der ausgestellten Rechnungen werden gespeichert: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="86"/>
        <source>Issued: %n</source>
        <translation>Ausgestellt: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="87"/>
        <source>Approved, still drafts: %n</source>
        <translation>Freigegeben, noch Entwürfe: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="88"/>
        <source>Held with the reviewer&apos;s comment: %n</source>
        <translation>Mit Anmerkung des Prüfers zurückgehalten: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="89"/>
        <source>Imported before, nothing changed: %n</source>
        <translation>Bereits importiert, nichts geändert: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="94"/>
        <source>Notes: %n</source>
        <translation>Hinweise: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="97"/>
        <source>Refused: %n</source>
        <translation>Abgelehnt: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="100"/>
        <source>PDFs not stored yet: %n (each is made when its invoice is first shown, sent or printed)</source>
        <translation>Noch nicht gespeicherte PDFs: %n (jedes wird erstellt, wenn seine Rechnung zum ersten Mal angezeigt, versendet oder gedruckt wird)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="102"/>
        <source>The file has no answers.</source>
        <translation>Die Datei enthält keine Antworten.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>The review answers were imported.</source>
        <translation>Die Prüfantworten wurden importiert.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="26"/>
        <location filename="../ui/payments/collection_words.py" line="27"/>
        <location filename="../ui/payments/collection_words.py" line="28"/>
        <source>The card was declined.</source>
        <translation>Die Karte wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="29"/>
        <source>Not enough funds on the card.</source>
        <translation>Nicht genug Deckung auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="30"/>
        <source>The card has expired.</source>
        <translation>Die Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="31"/>
        <source>The card&apos;s security code was wrong.</source>
        <translation>Die Kartenprüfnummer war falsch.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="32"/>
        <source>The card number was wrong.</source>
        <translation>Die Kartennummer war falsch.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="33"/>
        <source>The card was reported lost.</source>
        <translation>Die Karte wurde als verloren gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="34"/>
        <source>The card was reported stolen.</source>
        <translation>Die Karte wurde als gestohlen gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="35"/>
        <source>The bank suspects fraud and declined the card.</source>
        <translation>Die Bank vermutet Betrug und hat die Karte abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="36"/>
        <source>The card does not support this kind of payment.</source>
        <translation>Die Karte unterstützt diese Art von Zahlung nicht.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="37"/>
        <source>The bank wants the cardholder to confirm the payment.</source>
        <translation>Die Bank verlangt, dass der Karteninhaber die Zahlung bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="38"/>
        <source>The processor had an error; try again later.</source>
        <translation>Beim Zahlungsdienst ist ein Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="46"/>
        <source>No answer from the processor: not known yet whether the card was charged. It is never charged twice: the next collection asks the processor first.</source>
        <translation>Keine Antwort vom Zahlungsdienst: Noch ist unbekannt, ob die Karte belastet wurde. Sie wird nie doppelt belastet: Der nächste Einzug fragt zuerst beim Zahlungsdienst nach.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="49"/>
        <source>The charge is still being made by someone else; look again later.</source>
        <translation>Die Belastung wird gerade von jemand anderem ausgeführt; sehen Sie später wieder nach.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="54"/>
        <source>Not collected.</source>
        <translation>Nicht eingezogen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>ACH debit</source>
        <translation>ACH-Lastschrift</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="55"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="56"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="92"/>
        <source>code or name</source>
        <translation>Kürzel oder Name</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="93"/>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="94"/>
        <source>Cu&amp;rrency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="95"/>
        <source>Only with a balance</source>
        <translation>Nur mit Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="96"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="173"/>
        <source>%1: open invoices less credit, plus %2 still to collect from the reseller on its statements</source>
        <translation>%1: offene Rechnungen abzüglich Guthaben, zuzüglich %2, die vom Wiederverkäufer aus seinen Abrechnungen noch einzuziehen sind</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="176"/>
        <source>%1: open invoices less credit, less %2 still to pay out to the reseller on its statements</source>
        <translation>%1: offene Rechnungen abzüglich Guthaben, abzüglich %2, die dem Wiederverkäufer aus seinen Abrechnungen noch auszuzahlen sind</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../ui/payments/account_panel.py" line="160"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="192"/>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="193"/>
        <source>Pick an account in the list to see its ledger and open invoices.</source>
        <translation>Wählen Sie ein Konto in der Liste, um seine Buchungen und offenen Rechnungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="197"/>
        <source>Account with %1 in %2</source>
        <translation>Konto bei %1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>Buchungen (%Ln)</numerusform>
            <numerusform>Buchungen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="216"/>
        <source>Open invoices (%1)</source>
        <translation>Offene Rechnungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="277"/>
        <source>Payment #%1 recorded: %2, %3 left as credit.</source>
        <translation>Zahlung #%1 erfasst: %2, %3 bleiben als Guthaben.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="287"/>
        <source>Refund recorded.</source>
        <translation>Erstattung erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="294"/>
        <source>Payment reversed; open again: %1.</source>
        <translation>Zahlung storniert; wieder offen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="295"/>
        <source>no invoice</source>
        <translation>keine Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="302"/>
        <source>Credit applied to %1.</source>
        <translation>Guthaben mit %1 verrechnet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="336"/>
        <source>Statement written to %1.</source>
        <translation>Kontoauszug gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="337"/>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="338"/>
        <source>The statement is written to %1.</source>
        <translation>Der Kontoauszug wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="341"/>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="353"/>
        <source>To collect:</source>
        <translation>Noch einzuziehen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="357"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="358"/>
        <source>Credit:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="359"/>
        <source>Owed outside invoices:</source>
        <translation>Außerhalb von Rechnungen geschuldet:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="360"/>
        <source>Money the customer owes on no invoice: a refund paid out of a payment that then bounced or was returned. Open invoices plus this, less the credit, is what the customer owes.</source>
        <translation>Geld, das der Kunde auf keiner Rechnung schuldet: eine Erstattung aus einer Zahlung, die danach geplatzt ist oder zurückgebucht wurde. Offene Rechnungen plus dieser Betrag, abzüglich Guthaben, sind das, was der Kunde schuldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="364"/>
        <source>Statements:</source>
        <translation>Abrechnungen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="365"/>
        <source>Paid out:</source>
        <translation>Ausgezahlt:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="354"/>
        <source>To pay out:</source>
        <translation>Noch auszuzahlen:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="367"/>
        <source>The reseller&apos;s statements (its margins and the VAT collected in its name) are owed to it; the payouts made against them are subtracted. What is left is still to pay out: the balance is the open invoices plus what is owed outside invoices, less the credit and less what is to pay out, negative when more is owed to the reseller than by it.</source>
        <translation>Die Abrechnungen des Wiederverkäufers (seine Margen und die in seinem Namen eingenommene MwSt.) werden ihm geschuldet; die darauf geleisteten Auszahlungen werden abgezogen. Der Rest ist noch auszuzahlen: Der Saldo sind die offenen Rechnungen plus das außerhalb von Rechnungen Geschuldete, abzüglich Guthaben und abzüglich des noch Auszuzahlenden, negativ, wenn dem Wiederverkäufer mehr geschuldet wird als er schuldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="374"/>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="375"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Zahlung erfassen …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="376"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="377"/>
        <source>Re&amp;verse…</source>
        <translation>&amp;Stornieren …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="378"/>
        <source>Apply &amp;credit…</source>
        <translation>&amp;Guthaben verrechnen …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="379"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Kontoauszug …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="380"/>
        <source>The customer&apos;s statement of account for a period, as a PDF.</source>
        <translation>Der Kontoauszug des Kunden für einen Zeitraum, als PDF.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="381"/>
        <source>A payment that did not hold: a bounced check, a returned debit.</source>
        <translation>Eine Zahlung, die nicht gehalten hat: ein geplatzter Scheck, eine zurückgegebene Lastschrift.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="310"/>
        <source>Payout PO-%1 of %2 recorded.</source>
        <translation>Auszahlung PO-%1 über %2 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="321"/>
        <source>Payout PO-%1 reversed: %2 is owed to the reseller again.</source>
        <translation>Auszahlung PO-%1 storniert: %2 wird dem Wiederverkäufer wieder geschuldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="382"/>
        <source>Pay &amp;out…</source>
        <translation>&amp;Auszahlen …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="383"/>
        <source>Record that the hoster paid the reseller what it owes it on its statements.</source>
        <translation>Erfassen, dass der Hoster dem Wiederverkäufer ausgezahlt hat, was er ihm aus seinen Abrechnungen schuldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="385"/>
        <source>Reverse pa&amp;yout…</source>
        <translation>Auszahlung st&amp;ornieren …</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="386"/>
        <source>A payout that did not hold (its transfer bounced, it was entered twice): pick it in the ledger.</source>
        <translation>Eine Auszahlung, die nicht Bestand hatte (die Überweisung kam zurück, sie wurde doppelt erfasst): in den Buchungen auswählen.</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Unapplied credit</source>
        <translation>Nicht verrechnetes Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Owed outside invoices</source>
        <translation>Außerhalb von Rechnungen geschuldet</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To pay out</source>
        <translation>Noch auszuzahlen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To collect</source>
        <translation>Noch einzuziehen</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="97"/>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="248"/>
        <source>Open %1 by days overdue: all issuers</source>
        <translation>Offene Beträge in %1 nach Tagen überfällig: alle Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="249"/>
        <source>Open %1 by days overdue: %2</source>
        <translation>Offene Beträge in %1 nach Tagen überfällig: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="256"/>
        <source>Every issuer</source>
        <translation>Alle Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="263"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="264"/>
        <source>&amp;Issued by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="265"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="266"/>
        <source>Days overdue count from each invoice&apos;s due date. Credit is netted into the buckets, oldest invoice first; what is left of it is unapplied credit. Money owed outside invoices (a refund whose payment then bounced) has its own column: open plus it, less credit, is what the customers owe. What resellers&apos; statements leave to pay out to them, once the payouts are counted, has a column of its own, in no bucket: it is owed to them, not by them. What resellers owe on their statements (a statement that nets against the reseller) is to collect, in a column of its own too.</source>
        <translation>Die Tage im Verzug zählen ab dem Fälligkeitsdatum jeder Rechnung. Guthaben wird mit den Spalten verrechnet, älteste Rechnung zuerst; was davon übrig bleibt, ist nicht verrechnetes Guthaben. Außerhalb von Rechnungen Geschuldetes (eine Erstattung, deren Zahlung danach geplatzt ist) hat eine eigene Spalte: Offen plus dieser Betrag, abzüglich Guthaben, ist das, was die Kunden schulden. Was die Abrechnungen der Wiederverkäufer nach Abzug der Auszahlungen noch an sie auszuzahlen lassen, hat eine eigene Spalte, in keinem Zeitraum: Es wird ihnen geschuldet, nicht von ihnen. Was Wiederverkäufer auf ihre Abrechnungen schulden (eine Abrechnung, die zulasten des Wiederverkäufers ausfällt), ist noch einzuziehen, ebenfalls in einer eigenen Spalte.</translation>
    </message>
</context>
<context>
    <name>AllocationEditor</name>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="121"/>
        <source>%1 more than %2: allocate less.</source>
        <translation>%1 mehr als %2: weniger zuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the payment</source>
        <translation>die Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the credit</source>
        <translation>das Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="132"/>
        <source>Left as credit: %1</source>
        <translation>Bleibt als Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="133"/>
        <source>Credit left: %1</source>
        <translation>Verbleibendes Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="139"/>
        <source>Oldest invoices first</source>
        <translation>Älteste Rechnungen zuerst</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="140"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>To allocate</source>
        <translation>Zuzuordnen</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="147"/>
        <source>Type the amount to allocate to %1 (at most %2).</source>
        <translation>Geben Sie den Betrag ein, der %1 zugeordnet wird (höchstens %2).</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="109"/>
        <source>an amount to apply</source>
        <translation>ein zu verrechnender Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <location filename="../ui/payments/credit_dialog.py" line="121"/>
        <location filename="../ui/payments/credit_dialog.py" line="134"/>
        <source>Apply credit</source>
        <translation>Guthaben verrechnen</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <source>Apply %1 of credit?</source>
        <translation>%1 Guthaben verrechnen?</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit available: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Verfügbares Guthaben: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="128"/>
        <source>%1 of the credit is held by %2, who collects none of these invoices: it pays none of them and stays credit.</source>
        <translation>%1 des Guthabens liegt bei %2, und %2 zieht keine dieser Rechnungen ein: Es bezahlt keine davon und bleibt Guthaben.</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="132"/>
        <source>&amp;Applied on:</source>
        <translation>Verrechnet &amp;am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="133"/>
        <source>Apply to:</source>
        <translation>Verrechnen mit:</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation>Zugewiesen seit</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>Die neueste %Ln Änderung.</numerusform>
            <numerusform>Die neuesten %Ln Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln Änderung.</numerusform>
            <numerusform>%Ln Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="108"/>
        <source>Select a change to see its details.</source>
        <translation>Wählen Sie eine Änderung, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="119"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="120"/>
        <source>&amp;Changes to:</source>
        <translation>Änderungen &amp;an:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="121"/>
        <source>&amp;By:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="122"/>
        <source>anyone</source>
        <translation>allen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="123"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="124"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="126"/>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="127"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Resellers</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Extra items</source>
        <translation>Zusatzposten</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Billing settings</source>
        <translation>Abrechnungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Minimum charges</source>
        <translation>Mindestbeträge</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Currencies</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Invoice templates</source>
        <translation>Rechnungsvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Billing runs</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Bundle imports</source>
        <translation>Bundle-Importe</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="134"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="138"/>
        <source>Anything</source>
        <translation>Allem</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
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
        <location filename="../ui/billing/run_dialog.py" line="182"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Wird nach den gerade abgerechneten Firmen angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="194"/>
        <source>Reading what is due…</source>
        <translation>Fälliges wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Die PDFs der ausgestellten Rechnungen werden gespeichert: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="239"/>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Previewing</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1: %2 von %3 Abrechnungsterminen erledigt</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>(up to %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="266"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Vorschau fertig: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="267"/>
        <source>Run finished.</source>
        <translation>Abrechnungslauf beendet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="286"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="301"/>
        <source>The run stopped.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Vorschau bis %1: %Ln Rechnung würde erstellt, insgesamt %2.</numerusform>
            <numerusform>Vorschau bis %1: %Ln Rechnungen würden erstellt, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Abgerechnet bis %1: %Ln Rechnung erstellt, insgesamt %2.</numerusform>
            <numerusform>Abgerechnet bis %1: %Ln Rechnungen erstellt, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln Rechnung oder Abrechnung an Wiederverkäufer.</numerusform>
            <numerusform>%Ln Rechnungen oder Abrechnungen an Wiederverkäufer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln Firma unter dem Mindestbetrag zurückgestellt.</numerusform>
            <numerusform>%Ln Firmen unter dem Mindestbetrag zurückgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln Firma ohne abzurechnende Leistungen.</numerusform>
            <numerusform>%Ln Firmen ohne abzurechnende Leistungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln Firma übersprungen: Die Rechnungsstellung ist für ihren Wiederverkäufer ausgeschaltet.</numerusform>
            <numerusform>%Ln Firmen übersprungen: Die Rechnungsstellung ist für ihren Wiederverkäufer ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln Firma konnte nicht abgerechnet werden: siehe die als Fehler markierte Zeile.</numerusform>
            <numerusform>%Ln Firmen konnten nicht abgerechnet werden: siehe die als Fehler markierten Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln Abrechnung mit einem Reseller konnte nicht erstellt werden: siehe die als Fehler markierte Zeile.</numerusform>
            <numerusform>%Ln Abrechnungen mit Resellern konnten nicht erstellt werden: siehe die als Fehler markierten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="340"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>Bis %1 ist nichts fällig: jeder Abrechnungstermin ist bereits abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="343"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Abgebrochen: die übrigen Firmen rechnet der nächste Lauf ab.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="147"/>
        <location filename="../ui/billing/run_dialog.py" line="353"/>
        <source>Run billing</source>
        <translation>Abrechnung ausführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>%Ln Rechnung bis %1 über insgesamt %2 schreiben, wie in der Vorschau gezeigt?</numerusform>
            <numerusform>%Ln Rechnungen bis %1 über insgesamt %2 schreiben, wie in der Vorschau gezeigt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>Und %Ln Rechnung oder Abrechnung an Wiederverkäufer.</numerusform>
            <numerusform>Und %Ln Rechnungen oder Abrechnungen an Wiederverkäufer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>You have not previewed this run. Bill every company up to %1 now?</source>
        <translation>Sie haben keine Vorschau dieses Laufs angesehen. Jetzt jede Firma bis %1 abrechnen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="169"/>
        <source>The invoices will be issued: they get numbers and can no longer be changed, only credited.</source>
        <translation>Die Rechnungen werden ausgestellt: Sie erhalten Nummern und können danach nicht mehr geändert, nur noch gutgeschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="172"/>
        <source>The invoices will be drafts: you can check them and issue them later.</source>
        <translation>Die Rechnungen werden Entwürfe: Sie können sie prüfen und später ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="180"/>
        <source>Stopping after the PDFs being made now…</source>
        <translation>Wird nach den gerade erstellten PDFs angehalten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln PDF wie ausgestellt gespeichert.</numerusform>
            <numerusform>%Ln PDFs wie ausgestellt gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="348"/>
        <source>PDFs not stored yet are made when each invoice is first shown, sent or printed.</source>
        <translation>Noch nicht gespeicherte PDFs werden erstellt, wenn die jeweilige Rechnung zum ersten Mal angezeigt, versendet oder gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="354"/>
        <source>Bill &amp;up to:</source>
        <translation>Abrechnen &amp;bis:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="355"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>Rechnungen &amp;ausstellen (mit Nummer)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="356"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Ohne Haken schreibt der Lauf Entwürfe, die Sie prüfen und später ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="357"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="358"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Zeigt, was der Lauf abrechnen würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="148"/>
        <location filename="../ui/billing/run_dialog.py" line="359"/>
        <source>&amp;Run billing</source>
        <translation>Abrechnung &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="360"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="362"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Jeder noch nicht abgerechnete Abrechnungstermin bis zum gewählten Tag wird abgerechnet, der älteste zuerst. Erst die Vorschau ansehen; ein Lauf rechnet keinen Zeitraum doppelt ab.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="164"/>
        <source>Minimum charges of %1</source>
        <translation>Mindestbeträge von %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>Minimum charges</source>
        <translation>Mindestbeträge</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="180"/>
        <source>%1 (hoster)</source>
        <translation>%1 (Hoster)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="207"/>
        <source>Switch off invoicing for %1?</source>
        <translation>Rechnungsstellung für %1 ausschalten?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="208"/>
        <source>Switch off payment collection for %1?</source>
        <translation>Zahlungseinzug für %1 ausschalten?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="210"/>
        <source>Stop taking checks for %1?</source>
        <translation>Für %1 keine Schecks mehr annehmen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="212"/>
        <source>Billing runs will stop altogether.</source>
        <translation>Es laufen überhaupt keine Abrechnungsläufe mehr.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="214"/>
        <source>Prorata will no longer collect payment of %1&apos;s invoices.</source>
        <translation>Prorata zieht die Zahlungen für Rechnungen von %1 nicht mehr ein.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="216"/>
        <source>A check paid to %1 will be refused when it is recorded.</source>
        <translation>Ein Scheck an %1 wird beim Erfassen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="221"/>
        <source>Resellers set to “As the hoster” are switched off too.</source>
        <translation>Reseller mit „Wie beim Hoster“ werden ebenfalls ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="222"/>
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="226"/>
        <source>Change the tax rate of %1?</source>
        <translation>Steuersatz von %1 ändern?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="228"/>
        <source>Invoices billed from now on are taxed at the new rate; issued ones keep theirs.</source>
        <translation>Ab jetzt abgerechnete Rechnungen werden mit dem neuen Satz besteuert; ausgestellte behalten ihren.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="229"/>
        <location filename="../ui/billing/settings_dialog.py" line="234"/>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Save change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="231"/>
        <source>Change the invoice numbers of %1?</source>
        <translation>Rechnungsnummern von %1 ändern?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="233"/>
        <source>Numbers given from now on follow the new format; the sequence carries on.</source>
        <translation>Ab jetzt vergebene Nummern folgen dem neuen Format; die Zählung läuft weiter.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="238"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="248"/>
        <source>Remove the minimum charge of %1 in %2?</source>
        <translation>Mindestbetrag von %1 in %2 entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="249"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="251"/>
        <source>Change the minimum charge of %1 in %2?</source>
        <translation>Mindestbetrag von %1 in %2 ändern?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="254"/>
        <source>Minimum</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="255"/>
        <source>Applies to invoices billed from now on.</source>
        <translation>Gilt für ab jetzt abgerechnete Rechnungen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="284"/>
        <source>the minimum amount</source>
        <translation>der Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="302"/>
        <source>Double-click a cell to change it. Switching something off, or changing a tax rate, a number format or a minimum charge, asks before it is saved. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). Checks off: checks are refused as payment.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern. Wer etwas ausschaltet oder einen Steuersatz, ein Nummernformat oder einen Mindestbetrag ändert, wird vor dem Speichern gefragt. Ein Reseller-Schalter auf „Wie beim Hoster“ folgt dem des Hosters. Rechnungsstellung aus: Abrechnungsläufe überspringen die Firmen des Ausstellers (der Schalter des Hosters stoppt jeden Lauf). Schecks aus: Schecks werden als Zahlung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="185"/>
        <location filename="../ui/billing/settings_dialog.py" line="300"/>
        <source>Billing settings</source>
        <translation>Abrechnungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="209"/>
        <source>Switch off email delivery for %1?</source>
        <translation>E-Mail-Versand für %1 ausschalten?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="213"/>
        <source>Billing runs will skip %1&apos;s companies.</source>
        <translation>Abrechnungsläufe überspringen die Firmen von %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="215"/>
        <source>%1&apos;s invoices will no longer be sent by email.</source>
        <translation>Rechnungen von %1 werden nicht mehr per E-Mail versendet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="306"/>
        <source>amount, e.g. %1</source>
        <translation>Betrag, z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="308"/>
        <source>&amp;Add minimum</source>
        <translation>Mindestbetrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="311"/>
        <source>Defer to the next invoice</source>
        <translation>Auf die nächste Rechnung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="312"/>
        <source>Top up to the minimum</source>
        <translation>Auf den Mindestbetrag aufstocken</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="49"/>
        <source>A name in at least one language</source>
        <translation>Ein Name in mindestens einer Sprache</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="394"/>
        <source>Plan %1 takes new subscriptions again.</source>
        <translation>Tarif %1 nimmt wieder neue Abonnements an.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="395"/>
        <source>Extra item %1 is offered again.</source>
        <translation>Posten %1 wird wieder angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="412"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="413"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="414"/>
        <source>Extra items</source>
        <translation>Zusatzposten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="415"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Tarif …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="416"/>
        <location filename="../ui/catalogue/editor.py" line="424"/>
        <location filename="../ui/catalogue/editor.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="417"/>
        <location filename="../ui/catalogue/editor.py" line="427"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Einstellen …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="418"/>
        <source>No new subscriptions from a day on; running ones go on being billed</source>
        <translation>Ab einem Tag keine neuen Abonnements; laufende werden weiter abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="419"/>
        <location filename="../ui/catalogue/editor.py" line="428"/>
        <source>&amp;Unretire</source>
        <translation>&amp;Wieder anbieten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="420"/>
        <source>Take the retirement back: the plan takes new subscriptions again</source>
        <translation>Einstellung zurücknehmen: Der Tarif nimmt wieder neue Abonnements an</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="421"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="422"/>
        <source>Show the plan in the price matrix</source>
        <translation>Den Tarif in der Preismatrix zeigen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="423"/>
        <source>&amp;New service…</source>
        <translation>&amp;Neuer Dienst …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="425"/>
        <source>&amp;New item…</source>
        <translation>&amp;Neuer Posten …</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="75"/>
        <source>Record a change · %1</source>
        <translation>Änderung erfassen · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="88"/>
        <source>keep the quantity it has</source>
        <translation>bisherige Menge beibehalten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="94"/>
        <source>&amp;Bill it every period until it is ended</source>
        <translation>In jedem Zeitraum &amp;berechnen, bis sie beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="95"/>
        <source>&amp;Change:</source>
        <translation>Än&amp;derung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="97"/>
        <source>The day it takes effect; a day already invoiced is corrected on the next invoice.</source>
        <translation>Der Tag, an dem sie wirkt; ein bereits abgerechneter Tag wird auf der nächsten Rechnung korrigiert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="103"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="104"/>
        <source>&amp;New plan:</source>
        <translation>&amp;Neuer Tarif:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="105"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="106"/>
        <source>E&amp;xtra:</source>
        <translation>&amp;Zusatzposten:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="107"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="108"/>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="109"/>
        <source>Recurring:</source>
        <translation>Wiederkehrend:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="125"/>
        <source>&amp;Save the change</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="156"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="181"/>
        <source>Nothing to preview.</source>
        <translation>Nichts für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="209"/>
        <source>No plan to choose on this day</source>
        <translation>An diesem Tag ist kein Tarif wählbar</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="212"/>
        <source>The extra-item catalogue is empty</source>
        <translation>Der Katalog der Zusatzposten ist leer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="214"/>
        <source>%1 · %2 a period%3</source>
        <translation>%1 · %2 je Zeitraum%3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="217"/>
        <source>No recurring extra runs on this day</source>
        <translation>An diesem Tag läuft keine wiederkehrende Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="218"/>
        <source>In %1, the company&apos;s currency on this day; a minus for a credit.</source>
        <translation>In %1, der Währung der Firma an diesem Tag; ein Minus für eine Gutschrift.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="220"/>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;trag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="238"/>
        <source>No other plan to change to</source>
        <translation>Kein anderer Tarif zum Wechseln</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="243"/>
        <source>Every user has this plan</source>
        <translation>Jeder Benutzer hat diesen Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="247"/>
        <source>No user has this plan</source>
        <translation>Kein Benutzer hat diesen Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="249"/>
        <source>The whole company</source>
        <translation>Die ganze Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="268"/>
        <source>units</source>
        <translation>Einheiten</translation>
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
            <numerusform>%1 · %Ln Benutzer</numerusform>
            <numerusform>%1 · %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="316"/>
        <source>The catalogue has no plans yet. Add them on the Catalogue tab, under Plans; then subscribe the company here.</source>
        <translation>Der Katalog enthält noch keine Tarife. Legen Sie sie auf der Registerkarte „Katalog“ unter „Tarife“ an; danach können Sie die Firma hier einen Tarif abonnieren lassen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="318"/>
        <source>The company already has every plan the catalogue offers on this day: there is no plan left to subscribe to.</source>
        <translation>Die Firma hat an diesem Tag bereits jeden Tarif, den der Katalog anbietet: Es gibt keinen Tarif mehr zum Abonnieren.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="320"/>
        <source>The company has no plan billed per unit on this day, so there is no quantity to change. Only a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or pick another day.</source>
        <translation>Die Firma hat an diesem Tag keinen Tarif, der pro Einheit abgerechnet wird; es gibt also keine Menge zu ändern. Nur ein Tarif pro Einheit (Websites, Postfächer …) hat eine Menge: Lassen Sie die Firma zuerst einen solchen abonnieren oder wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="324"/>
        <source>The company subscribes to no plan on this day: there is no plan to change or cancel.</source>
        <translation>Die Firma hat an diesem Tag keinen Tarif abonniert: Es gibt keinen Tarif zu wechseln oder zu kündigen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="326"/>
        <source>There is no other plan to change to: the company already has every plan the catalogue offers on this day.</source>
        <translation>Es gibt keinen anderen Tarif zum Wechseln: Die Firma hat an diesem Tag bereits jeden Tarif, den der Katalog anbietet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="328"/>
        <source>The company has no plan billed per user on this day: there is no plan to assign a user to or unassign a user from.</source>
        <translation>Die Firma hat an diesem Tag keinen Tarif, der pro Benutzer abgerechnet wird: Es gibt keinen Tarif, dem ein Benutzer zugewiesen oder entzogen werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="330"/>
        <source>The company has no users yet. Add one with New user… in the tenant tree; then assign it to a plan here.</source>
        <translation>Die Firma hat noch keine Benutzer. Legen Sie einen mit „Neuer Benutzer …“ im Mandantenbaum an; danach können Sie ihn hier einem Tarif zuweisen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="332"/>
        <source>No user of the company is assigned to a plan on this day: there is nobody to unassign.</source>
        <translation>An diesem Tag ist kein Benutzer der Firma einem Tarif zugewiesen: Es gibt niemanden, dessen Zuweisung aufgehoben werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="334"/>
        <source>The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items (New item…); then add one to the company here.</source>
        <translation>Der Katalog enthält noch keine Zusatzgebühren. Legen Sie sie auf der Registerkarte „Katalog“ unter „Zusatzposten“ an („Neuer Posten …“); danach können Sie hier eine der Firma berechnen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="336"/>
        <source>No recurring extra runs for this company on this day: there is nothing to end.</source>
        <translation>Für diese Firma läuft an diesem Tag keine wiederkehrende Gebühr: Es gibt nichts zu beenden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="459"/>
        <source>%1: choose another plan or another kind of change.</source>
        <translation>%1: Wählen Sie einen anderen Tarif oder eine andere Art von Änderung.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="468"/>
        <source>The catalogue has no amount for %1 in %2: type the amount to charge.</source>
        <translation>Der Katalog hat für %1 keinen Betrag in %2: Geben Sie den zu berechnenden Betrag ein.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="469"/>
        <source>Type the amount to charge, in %2.</source>
        <translation>Geben Sie den zu berechnenden Betrag in %2 ein.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="483"/>
        <source>Working out the next invoice…</source>
        <translation>Die nächste Rechnung wird berechnet …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="500"/>
        <source>Saving records: %1.</source>
        <translation>Speichert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="503"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>Die nächste Rechnung lässt sich noch nicht berechnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="505"/>
        <source>The change can be saved, but billing needs what is said above.</source>
        <translation>Die Änderung kann gespeichert werden, aber die Abrechnung braucht, was oben steht.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="519"/>
        <source>This change cannot be recorded as it stands: see the reason above.</source>
        <translation>Diese Änderung lässt sich so nicht erfassen: siehe den Grund oben.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="580"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="594"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="600"/>
        <source>Change recorded: %1</source>
        <translation>Änderung erfasst: %1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="71"/>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="72"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="75"/>
        <source>Someone else deleted or moved this record after you opened it.</source>
        <translation>Jemand anderes hat diesen Datensatz gelöscht oder verschoben, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="76"/>
        <source>It can no longer be saved here.</source>
        <translation>Er kann hier nicht mehr gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="78"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="79"/>
        <source>Their change:</source>
        <translation>Deren Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="80"/>
        <source>Your edits stay as typed. Reload shows their version instead of what you typed.</source>
        <translation>Ihre Eingaben bleiben erhalten. „Neu laden“ zeigt stattdessen die andere Fassung.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../ui/payments/collection_view.py" line="166"/>
        <source>Folder for the bank files</source>
        <translation>Ordner für die Bankdateien</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="187"/>
        <source>Counting what is open…</source>
        <translation>Offene Posten werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="205"/>
        <source>Nothing to collect up to %1.</source>
        <translation>Bis %1 gibt es nichts einzuziehen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="209"/>
        <source>Choose a folder for the bank files first.</source>
        <translation>Wählen Sie zuerst einen Ordner für die Bankdateien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>%Ln bis %1 ausgestellte Rechnung einziehen, insgesamt %2?</numerusform>
            <numerusform>%Ln bis %1 ausgestellte Rechnungen einziehen, insgesamt %2?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="221"/>
        <source>Nothing to collect up to %1. Apply the customers&apos; credit to the invoices it settles?</source>
        <translation>Bis %1 gibt es nichts einzuziehen. Das Guthaben der Kunden mit den Rechnungen verrechnen, die es begleicht?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln wird zuerst mit dem Guthaben des Kunden verrechnet, nicht eingezogen.</numerusform>
            <numerusform>%Ln werden zuerst mit dem Guthaben der Kunden verrechnet, nicht eingezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln wird jetzt einer gespeicherten Karte belastet.</numerusform>
            <numerusform>%Ln werden jetzt einer gespeicherten Karte belastet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln wird am %1 per Lastschrift eingezogen, in Bankdateien unter %2.</numerusform>
            <numerusform>%Ln werden am %1 per Lastschrift eingezogen, in Bankdateien unter %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="237"/>
        <source>Collect payments</source>
        <translation>Zahlungen einziehen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="238"/>
        <source>&amp;Collect</source>
        <translation>&amp;Einziehen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="259"/>
        <source>Asking the processors about charges left unanswered…</source>
        <translation>Zahlungsdienste werden nach unbeantworteten Belastungen gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="267"/>
        <source>Stopping after the payment being collected now…</source>
        <translation>Stoppt nach der gerade eingezogenen Zahlung…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="279"/>
        <source>Collecting: %1 of %2 done</source>
        <translation>Einzug: %1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the SEPA file</source>
        <translation>SEPA-Datei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the ACH file</source>
        <translation>ACH-Datei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="285"/>
        <source>(charging %1)</source>
        <translation>(belaste %1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="295"/>
        <source>Collection cancelled.</source>
        <translation>Einzug abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="296"/>
        <source>Collection finished.</source>
        <translation>Einzug abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="307"/>
        <source>The collection stopped.</source>
        <translation>Der Einzug wurde angehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>%Ln Rechnung bleibt liegen: keine gespeicherte Karte, kein Mandat, keine Ermächtigung.</numerusform>
            <numerusform>%Ln Rechnungen bleiben liegen: keine gespeicherte Karte, kein Mandat, keine Ermächtigung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>%Ln Rechnung bleibt liegen: Der Zahlungseinzug ist für ihren Aussteller ausgeschaltet.</numerusform>
            <numerusform>%Ln Rechnungen bleiben liegen: Der Zahlungseinzug ist für ihren Aussteller ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>%Ln Rechnung eingezogen, %1.</numerusform>
            <numerusform>%Ln Rechnungen eingezogen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="327"/>
        <source>Nothing was collected.</source>
        <translation>Es wurde nichts eingezogen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>Davon %Ln per Lastschrift: Laden Sie die Bankdatei unten bei der Bank hoch.</numerusform>
            <numerusform>Davon %Ln per Lastschrift: Laden Sie die Bankdateien unten bei der Bank hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>%Ln zur Nachverfolgung: siehe Liste unten.</numerusform>
            <numerusform>%Ln zur Nachverfolgung: siehe Liste unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>%Ln Rechnung mit dem Guthaben des Kunden beglichen (%1), nicht eingezogen.</numerusform>
            <numerusform>%Ln Rechnungen mit dem Guthaben der Kunden beglichen (%1), nicht eingezogen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="343"/>
        <source>Cancelled: what was collected stays collected; the rest is collected by the next run.</source>
        <translation>Abgebrochen: Was eingezogen ist, bleibt eingezogen; den Rest zieht der nächste Lauf ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>%Ln Bankdatei gespeichert unter %1: %2</numerusform>
            <numerusform>%Ln Bankdateien gespeichert unter %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="361"/>
        <source>To follow up (%1)</source>
        <translation>Nachzuverfolgen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="383"/>
        <source>%1 has no account in %2.</source>
        <translation>%1 hat kein Konto in %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="392"/>
        <source>Collects the issued, open invoices of customers with a saved card (charged now through the processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers with payment collection switched off are left alone. Nothing is ever charged twice.</source>
        <translation>Zieht die ausgestellten, offenen Rechnungen von Kunden mit gespeicherter Karte (jetzt über den Zahlungsdienst belastet) oder mit SEPA-Mandat bzw. ACH-Ermächtigung ein (eine Bankdatei zum Hochladen bei der Bank). Aussteller mit ausgeschaltetem Zahlungseinzug bleiben unberührt. Nichts wird je doppelt belastet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="395"/>
        <source>Invoices issued &amp;up to:</source>
        <translation>Rechnungen ausgestellt &amp;bis:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="396"/>
        <source>Direct debits &amp;due on:</source>
        <translation>Lastschriften &amp;fällig am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="397"/>
        <source>Bank files &amp;in:</source>
        <translation>Bankdateien &amp;in:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="398"/>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="400"/>
        <source>&amp;Collect…</source>
        <translation>Ein&amp;ziehen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="401"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="402"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="403"/>
        <source>Show the customer&apos;s &amp;account</source>
        <translation>&amp;Kundenkonto anzeigen</translation>
    </message>
</context>
<context>
    <name>CompanyChanges</name>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="124"/>
        <source>Change #%1 undone.</source>
        <translation>Änderung #%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1, vom %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="149"/>
        <source>Record a &amp;change…</source>
        <translation>Änderung &amp;erfassen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="150"/>
        <source>Subscribe, change a quantity or plan, cancel, assign a user, add an extra (%1)</source>
        <translation>Abonnieren, Menge oder Tarif ändern, kündigen, Benutzer zuweisen, Zusatzgebühr hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="153"/>
        <source>&amp;Undo this change…</source>
        <translation>Diese Änderung &amp;rückgängig machen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="154"/>
        <source>Record the change that takes back the selected one (%1)</source>
        <translation>Die Änderung erfassen, die die ausgewählte zurücknimmt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="156"/>
        <source>Change term or billing &amp;day…</source>
        <translation>Laufzeit oder Abrechnungs&amp;tag ändern …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="157"/>
        <source>Bill monthly, quarterly, half-yearly or yearly, or on another day; it takes effect at a billing boundary</source>
        <translation>Monatlich, vierteljährlich, halbjährlich oder jährlich abrechnen, oder an einem anderen Tag; wirkt an einer Abrechnungsgrenze</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>Edit company %1</source>
        <translation>Firma %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="59"/>
        <source>Standard</source>
        <translation>Regelbesteuerung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="60"/>
        <source>Reverse charge (0 %)</source>
        <translation>Reverse Charge (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="61"/>
        <source>Exempt (0 %)</source>
        <translation>Steuerfrei (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="64"/>
        <source>Anniversary of signup</source>
        <translation>Jahrestag der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="65"/>
        <source>Day %1 of each month</source>
        <translation>Tag %1 jedes Monats</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="72"/>
        <source>Changes from a date on: record it in the company&apos;s history.</source>
        <translation>Ändert sich ab einem Datum: im Verlauf der Firma erfassen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="74"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="75"/>
        <source>Never changes once the company exists.</source>
        <translation>Ändert sich nie, sobald die Firma existiert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="79"/>
        <source>None: a direct customer of the hoster</source>
        <translation>Keiner: Direktkunde des Hosters</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="81"/>
        <source>&amp;Reseller:</source>
        <translation>&amp;Wiederverkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="82"/>
        <source>Moving a company is a dated move, not an edit.</source>
        <translation>Eine Firma umzuziehen ist ein datierter Umzug, keine Bearbeitung.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="87"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="91"/>
        <source>The language of the company&apos;s invoices</source>
        <translation>Die Sprache der Rechnungen der Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="92"/>
        <source>&amp;Billing day:</source>
        <translation>Abrechnungs&amp;tag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="94"/>
        <source>&amp;Term:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="95"/>
        <source>How many months one invoice bills in advance</source>
        <translation>Wie viele Monate eine Rechnung im Voraus abrechnet</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="96"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Kunde seit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="97"/>
        <source>Never changes: billing starts from it.</source>
        <translation>Ändert sich nie: Die Abrechnung beginnt damit.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="98"/>
        <source>&amp;Invoices go:</source>
        <translation>Rechnungs&amp;versand:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="100"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="103"/>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="105"/>
        <source>Tax treat&amp;ment:</source>
        <translation>Steuer&amp;behandlung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="107"/>
        <source>Own tax r&amp;ate (%):</source>
        <translation>Eigener Steuer&amp;satz (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="108"/>
        <source>Leave blank for the issuer&apos;s rate.</source>
        <translation>Leer lassen für den Satz des Ausstellers.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 signed up.</source>
        <translation>Firma %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 saved.</source>
        <translation>Firma %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln ihrer Tarife ohne Preis (markiert)</numerusform>
            <numerusform>%Ln ihrer Tarife ohne Preis (markiert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="322"/>
        <source>End the own price of %1 from a day on: from then the company pays its seller&apos;s price.</source>
        <translation>Den Sonderpreis für %1 ab einem Tag beenden: ab dann zahlt die Firma den Preis ihres Verkäufers.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="325"/>
        <source>Select a plan with an own price to end it from a day on.</source>
        <translation>Wählen Sie einen Tarif mit Sonderpreis, um diesen ab einem Tag zu beenden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="339"/>
        <source>%1: own price ended from %2; it pays its seller&apos;s price, %3.</source>
        <translation>%1: Sonderpreis ab %2 beendet; die Firma zahlt den Preis ihres Verkäufers, %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="347"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1: Sonderpreis ab %3 auf %2 gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="351"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1: Sonderpreis (gültig seit %2) entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="355"/>
        <source>Remove own price</source>
        <translation>Sonderpreis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices in %1</source>
        <translation>Preise in %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="365"/>
        <source>Prices on, and changes from:</source>
        <translation>Preise am, und Änderungen ab:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="367"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Doppelklick auf einen Sonderpreis, um ihn für diese Firma festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="368"/>
        <source>End own price from…</source>
        <translation>Sonderpreis beenden ab…</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Seller&apos;s price</source>
        <translation>Preis des Verkäufers</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Own price</source>
        <translation>Sonderpreis</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Pays</source>
        <translation>Zahlt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="148"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Was der Verkäufer der Firma seinen Firmen berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="149"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Ein Preis nur für diese Firma; er geht dem Preis des Verkäufers vor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="150"/>
        <source>What billing charges this company per unit.</source>
        <translation>Was die Abrechnung dieser Firma je Einheit berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="189"/>
        <source>The company has this plan.</source>
        <translation>Die Firma hat diesen Tarif.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="193"/>
        <source>Its own price ended on %1: it pays its seller&apos;s price, with the seller&apos;s later changes. Double-click to give it an own price again from the chosen day on.</source>
        <translation>Sein Sonderpreis endete am %1: Es zahlt den Preis seines Verkäufers, mit dessen späteren Änderungen. Doppelklicken, um ab dem gewählten Tag wieder einen Sonderpreis festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="197"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Doppelklick, um dieser Firma ab dem gewählten Tag einen Sonderpreis zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="123"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="199"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Sonderpreis seit %1. Einen Betrag eingeben, um ihn ab dem gewählten Tag zu ändern; leeren, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="202"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>Kein Preis in %1: Die Firma kann für diesen Tarif nicht abgerechnet werden. Geben Sie ihr einen Sonderpreis oder legen Sie den Preis ihres Verkäufers unter Preise fest.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="232"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>Den Sonderpreis von %1 für %2, gültig seit %3, entfernen? Bereits erstellte Rechnungen behalten ihn; ab jetzt abgerechnete Zeiträume erhalten den dann gültigen Preis.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="119"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="168"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="169"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Wählen Sie einen Wiederverkäufer, eine Firma oder einen Benutzer im Baum aus, oder suchen Sie im Feld darüber (Strg+F).</translation>
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
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Tax ID:</source>
        <translation>USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="242"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Currencies:</source>
        <translation>Währungen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Resellers:</source>
        <translation>Wiederverkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Companies:</source>
        <translation>Firmen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (davon %2 direkt abgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Firmen, die %1 selbst abrechnet, ohne Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Reseller · code %1</source>
        <translation>Wiederverkäufer · Kürzel %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Billing day:</source>
        <translation>Abrechnungstag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Signed up:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>direct customer of the hoster</source>
        <translation>Direktkunde des Hosters</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Company · code %1 · %2</source>
        <translation>Firma · Kürzel %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Customer code:</source>
        <translation>Kundenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Reseller:</source>
        <translation>Wiederverkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>None (billed by the hoster)</source>
        <translation>Keiner (Abrechnung durch den Hoster)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>Billing term today:</source>
        <translation>Laufzeit heute:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>Billing day today:</source>
        <translation>Abrechnungstag heute:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>Änderungsverlauf (%Ln Ereignis, neueste zuerst)</numerusform>
            <numerusform>Änderungsverlauf (%Ln Ereignisse, neueste zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Invoices go:</source>
        <translation>Rechnungsversand:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="251"/>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="259"/>
        <source>User · %1</source>
        <translation>Benutzer · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="268"/>
        <source>Current subscriptions</source>
        <translation>Aktuelle Abonnements</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="269"/>
        <source>Assigned plans</source>
        <translation>Zugewiesene Tarife</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="272"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
</context>
<context>
    <name>EndOwnPriceDialog</name>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="31"/>
        <source>End own price of %1</source>
        <translation>Sonderpreis von %1 beenden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="34"/>
        <source>Own price %1, in force since %2.</source>
        <translation>Sonderpreis %1, gültig seit %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="36"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="40"/>
        <source>&amp;End from:</source>
        <translation>&amp;Beenden ab:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="41"/>
        <source>From this day the company pays its seller&apos;s price; the days before keep the own price. A day already billed cannot be chosen.</source>
        <translation>Ab diesem Tag zahlt die Firma den Preis ihres Verkäufers; die Tage davor behalten den Sonderpreis. Ein bereits abgerechneter Tag kann nicht gewählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="45"/>
        <source>End own price</source>
        <translation>Sonderpreis beenden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="84"/>
        <source>The explanation could not be worked out.</source>
        <translation>Die Erklärung ließ sich nicht berechnen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="87"/>
        <source>Working out the explanation…</source>
        <translation>Die Erklärung wird berechnet …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="116"/>
        <location filename="../ui/invoices/explain_panel.py" line="248"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, wie ihr Betrag berechnet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="145"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <location filename="../ui/invoices/explain_panel.py" line="148"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <source>own price ended</source>
        <translation>Sonderpreis beendet</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="149"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="150"/>
        <source>← applied</source>
        <translation>← angewendet</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="159"/>
        <source>Company&apos;s own price</source>
        <translation>Sonderpreis der Firma</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="160"/>
        <source>Retail</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="161"/>
        <source>Reseller&apos;s own wholesale</source>
        <translation>Eigener Großhandelspreis des Wiederverkäufers</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="162"/>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="168"/>
        <source>Billed in advance for the period {start} to {end}.</source>
        <translation>Im Voraus abgerechnet für den Zeitraum {start} bis {end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="169"/>
        <source>A change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}.</source>
        <translation>Eine Änderung am {day}: {days} der {period_days} Tage des Zeitraums {period_start} bis {period_end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="171"/>
        <source>{start} to {end} is not one billing period of the company as its billing days fall today.</source>
        <translation>{start} bis {end} ist kein Abrechnungszeitraum der Firma, so wie ihre Abrechnungstage heute liegen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="173"/>
        <source>One-off extra: {event}.</source>
        <translation>Einmalige Gebühr: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="174"/>
        <source>Recurring extra: {event}.</source>
        <translation>Wiederkehrende Gebühr: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="175"/>
        <source>The minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}.</source>
        <translation>Der Mindestbetrag ist {minimum}: die Entgelte ergaben {subtotal}, aufgestockt um {top_up}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="177"/>
        <source>Typed by hand by {actor} on {at}.</source>
        <translation>Von Hand eingegeben von {actor} am {at}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="178"/>
        <source>Typed by hand (the audit log does not say by whom).</source>
        <translation>Von Hand eingegeben (das Änderungsprotokoll nennt niemanden).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="179"/>
        <source>Corrects the period {period_start} to {period_end}, billed on {invoice}.</source>
        <translation>Korrigiert den Zeitraum {period_start} bis {period_end}, abgerechnet auf {invoice}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="180"/>
        <source>Because of a change recorded after that invoice: {event}.</source>
        <translation>Wegen einer Änderung, die nach dieser Rechnung erfasst wurde: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="181"/>
        <source>Price in force on {day}, layer by layer:</source>
        <translation>Am {day} gültiger Preis, Ebene für Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="182"/>
        <source>The reseller&apos;s cost on {day}, layer by layer:</source>
        <translation>Einkauf des Wiederverkäufers am {day}, Ebene für Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="183"/>
        <source>{monthly} a month for a term of {months} months: {unit_price}.</source>
        <translation>{monthly} pro Monat bei einer Laufzeit von {months} Monaten: {unit_price}.</translation>
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
        <translation>Einmal kaufmännisch auf {digits} Nachkommastelle(n) gerundet: Rundungsdifferenz {difference}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="188"/>
        <source>The reseller&apos;s cost for this line is {cost}; its margin {margin}.</source>
        <translation>Der Einkauf des Wiederverkäufers für diese Zeile ist {cost}; seine Marge {margin}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="189"/>
        <source>The price matrix changed since: billed at {billed} ({billed_price} a unit), today&apos;s prices give {today} ({today_price} a unit).</source>
        <translation>Die Preismatrix hat sich seitdem geändert: abgerechnet mit {billed} ({billed_price} je Einheit), heutige Preise ergeben {today} ({today_price} je Einheit).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="191"/>
        <source>No layer has a price for {day} today: the price matrix changed since.</source>
        <translation>Heute hat keine Ebene einen Preis für den {day}: die Preismatrix hat sich seitdem geändert.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="204"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="233"/>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="236"/>
        <source>%1, dated %2</source>
        <translation>%1, vom %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="238"/>
        <source>, recorded %1</source>
        <translation>, erfasst %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="240"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="244"/>
        <source>Why this amount</source>
        <translation>Wie dieser Betrag entsteht</translation>
    </message>
</context>
<context>
    <name>ExtraDialog</name>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>New extra item</source>
        <translation>Neuer Zusatzposten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>Edit extra item %1</source>
        <translation>Zusatzposten %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="65"/>
        <source>An item&apos;s code never changes: extras recorded from it keep it.</source>
        <translation>Das Kürzel eines Postens ändert sich nie: daraus erfasste Zusatzgebühren behalten es.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="67"/>
        <source>&amp;Charged:</source>
        <translation>&amp;Berechnung:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Once (one-off)</source>
        <translation>Einmal (einmalig)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Every period until ended (recurring)</source>
        <translation>Jeden Zeitraum bis zum Ende (wiederkehrend)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="73"/>
        <source>Default in %1:</source>
        <translation>Standard in %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="74"/>
        <source>Written as %1; blank: no default in that currency. A clerk can change the amount when adding the extra.</source>
        <translation>Schreibweise %1; leer: kein Standard in dieser Währung. Beim Hinzufügen der Gebühr kann der Betrag geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="78"/>
        <source>Name in %1:</source>
        <translation>Name auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Default amounts</source>
        <translation>Standardbeträge</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Retired from</source>
        <translation>Eingestellt ab</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 added.</source>
        <translation>Zusatzposten %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 saved.</source>
        <translation>Zusatzposten %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Posten angezeigt</numerusform>
            <numerusform>%1 von %Ln Posten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="235"/>
        <source>Show &amp;retired</source>
        <translation>&amp;Eingestellte zeigen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="236"/>
        <source>Find an item by code or name</source>
        <translation>Posten nach Kürzel oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="237"/>
        <source>Extras a clerk adds to a company or one of its users: the item gives the name on the invoice and a default amount per currency, which the clerk may change.</source>
        <translation>Zusatzgebühren, die einer Firma oder einem ihrer Benutzer hinzugefügt werden: Der Posten gibt den Namen auf der Rechnung und einen Standardbetrag je Währung vor, den man ändern kann.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="44"/>
        <source>Why it was not collected</source>
        <translation>Warum nicht eingezogen</translation>
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
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Plan or item</source>
        <translation>Tarif oder Posten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="196"/>
        <source>Recurring extra charge</source>
        <translation>Wiederkehrende Zusatzgebühr</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 von %Ln Rechnung angezeigt; für weitere blättern</numerusform>
            <numerusform>%1 von %Ln Rechnungen angezeigt; für weitere blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>Die erste %Ln Rechnung; für weitere blättern</numerusform>
            <numerusform>Die ersten %Ln Rechnungen; für weitere blättern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="196"/>
        <source>Manual draft #%1 created.</source>
        <translation>Manueller Entwurf #%1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="202"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Neue manuelle Rechnung …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="203"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>InvoiceDesigner</name>
    <message>
        <location filename="../ui/designer/designer.py" line="82"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="84"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="140"/>
        <source>Standard</source>
        <translation>Regelbesteuerung</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="148"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="150"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="175"/>
        <location filename="../ui/designer/designer.py" line="336"/>
        <source>Invoice designer</source>
        <translation>Rechnungsgestaltung</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="176"/>
        <source>This template has changes that are not saved. Discard them?</source>
        <translation>Diese Vorlage hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="185"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="187"/>
        <source>New template %1</source>
        <translation>Neue Vorlage %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="204"/>
        <source>The page shows the last valid settings: correct the fields marked on the left.</source>
        <translation>Die Seite zeigt die letzten gültigen Einstellungen: Korrigieren Sie die links markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="253"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="281"/>
        <source>Saved “%1” (version %2).</source>
        <translation>„%1“ gespeichert (Version %2).</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="303"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="313"/>
        <source>“%1” is now the default.</source>
        <translation>„%1“ ist jetzt die Standardvorlage.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="327"/>
        <source>New template, not saved yet</source>
        <translation>Neue Vorlage, noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="329"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="331"/>
        <source>, the default</source>
        <translation>, Standard</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="333"/>
        <source>, changed since saved</source>
        <translation>, seit dem Speichern geändert</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="344"/>
        <source>Issuer </source>
        <translation>Aussteller </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="345"/>
        <source>Template </source>
        <translation>Vorlage </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="348"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="349"/>
        <source>Make &amp;default</source>
        <translation>Als Stan&amp;dard</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="64"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="99"/>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="101"/>
        <source>code or name</source>
        <translation>Kürzel oder Name</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="102"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Zeitraum ab:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="103"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="105"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="106"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
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
        <translation>Berechnet für %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>This line bills company %1</source>
        <translation>Diese Position berechnet die Firma %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="226"/>
        <source>Looking up %1…</source>
        <translation>Suche %1 …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="240"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Währung %1, Steuer %2 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="274"/>
        <source>line %1, quantity</source>
        <translation>Zeile %1, Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="276"/>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="278"/>
        <source>line %1, unit price</source>
        <translation>Zeile %1, Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="280"/>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="281"/>
        <source>line %1, tax rate</source>
        <translation>Zeile %1, Steuersatz</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="299"/>
        <source>customer code</source>
        <translation>Kundenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="307"/>
        <source>New manual invoice</source>
        <translation>Neue manuelle Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="308"/>
        <source>Customer code:</source>
        <translation>Kundenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="309"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>Kürzel einer Firma oder eines Wiederverkäufers</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="310"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Tax rate (%)</source>
        <translation>Steuersatz (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="314"/>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="315"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="316"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount; with another quantity or price it still bills the same share of its billing period (12 days of a 31-day month: quantity x price x 12/31).</source>
        <translation>Die Rechnung wird als Entwurf gespeichert; beim Ausstellen erhält sie ihre Nummer. Einzelpreise mit den Nachkommastellen der Währung; ein negativer Preis ergibt eine Rabattzeile. Eine abgerechnete Zeile behält ihren Betrag; mit anderer Menge oder anderem Preis berechnet sie weiterhin denselben Anteil ihres Abrechnungszeitraums (12 Tage eines Monats mit 31 Tagen: Menge x Preis x 12/31).</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="43"/>
        <source>settled up to %1</source>
        <translation>abgerechnet bis %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="54"/>
        <source>A settlement with the reseller: it takes every charge billed to the reseller&apos;s customers up to %1 that no earlier settlement took, whatever period the charge covers.</source>
        <translation>Eine Abrechnung mit dem Wiederverkäufer: Sie umfasst alles, was den Kunden des Wiederverkäufers bis %1 berechnet und von keiner früheren Abrechnung erfasst wurde, gleich welchen Zeitraum es abdeckt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="63"/>
        <source>Draft #%1</source>
        <translation>Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="64"/>
        <source>#%1 (no number)</source>
        <translation>#%1 (ohne Nummer)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsBox</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="135"/>
        <source>Nothing paid yet; %1 open.</source>
        <translation>Noch nichts bezahlt; %1 offen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="136"/>
        <source>No payments.</source>
        <translation>Keine Zahlungen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="138"/>
        <source>%1 open of %2.</source>
        <translation>%1 von %2 offen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="157"/>
        <source>Payment #%1 recorded.</source>
        <translation>Zahlung #%1 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="161"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="162"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Zahlung erfassen …</translation>
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
        <translation>Bezahlt durch</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="60"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="61"/>
        <source>Payment #%1 · %2</source>
        <translation>Zahlung #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="63"/>
        <source> (reversed)</source>
        <translation> (storniert)</translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="18"/>
        <source>Preview on an invoice</source>
        <translation>Vorschau auf einer Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="23"/>
        <source>Number, customer code or name</source>
        <translation>Nummer, Kundenkürzel oder Name</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="63"/>
        <source>No invoice matches.</source>
        <translation>Keine Rechnung passt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>Die neueste passende Rechnung (%Ln).</numerusform>
            <numerusform>Die neuesten %Ln passenden Rechnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="40"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="200"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="261"/>
        <source>No invoice selected</source>
        <translation>Keine Rechnung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="262"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Wählen Sie eine Rechnung in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="268"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="269"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="270"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>Issue date:</source>
        <translation>Rechnungsdatum:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>not issued yet</source>
        <translation>noch nicht ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="272"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="275"/>
        <source>Corrects:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="281"/>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="324"/>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="325"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>%1 an %2 über %3 ausstellen? Sie erhält ihre Nummer und kann danach nicht mehr geändert, nur noch gutgeschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>Issued as %1.</source>
        <translation>Ausgestellt als %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="352"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="358"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="359"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>%1 löschen? Ein Entwurf aus einem Abrechnungslauf wird beim nächsten Lauf erneut abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="364"/>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="370"/>
        <source>Credit invoice</source>
        <translation>Rechnung gutschreiben</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="371"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>%1 vollständig gutschreiben? Eine Gutschrift wird sofort ausgestellt und die Rechnung storniert.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="379"/>
        <source>Credit note %1 issued.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="386"/>
        <source>Modify invoice</source>
        <translation>Rechnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="387"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>%1 ändern? Sie wird vollständig gutgeschrieben, und eine Kopie als Entwurf öffnet sich zum Korrigieren und Ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="396"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Gutschrift %1 ausgestellt; die Entwurfskopie ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="413"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="414"/>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="415"/>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="416"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="417"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="418"/>
        <source>&amp;Edit draft…</source>
        <translation>Entwurf &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="419"/>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="420"/>
        <source>&amp;Modify…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="421"/>
        <source>C&amp;redit</source>
        <translation>&amp;Gutschreiben</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="422"/>
        <source>Send by e-mai&amp;l…</source>
        <translation>Per &amp;E-Mail senden …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="423"/>
        <source>E-mail this invoice&apos;s PDF to the customer (once; again only if you say so).</source>
        <translation>Das PDF dieser Rechnung per E-Mail an den Kunden senden (einmal; erneut nur, wenn Sie es ausdrücklich wünschen).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="425"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Diese Rechnung gutschreiben und eine Entwurfskopie zum Korrigieren öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="426"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Eine Gutschrift über die ganze Rechnung ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="427"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, wie ihr Betrag berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Tax rate (%)</source>
        <translation>Steuersatz (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoicing</source>
        <translation>Rechnungsstellung</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="72"/>
        <source>Payment collection</source>
        <translation>Zahlungseinzug</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Email delivery</source>
        <translation>E-Mail-Versand</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Checks</source>
        <translation>Schecks</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (on)</source>
        <translation>Wie beim Hoster (an)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (off)</source>
        <translation>Wie beim Hoster (aus)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="105"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Aus: Abrechnungsläufe überspringen die Firmen des Ausstellers (beim Hoster: keine Läufe).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="106"/>
        <source>Off: checks are refused when a payment to the issuer is recorded.</source>
        <translation>Aus: Schecks werden abgelehnt, wenn eine Zahlung an den Aussteller erfasst wird.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="107"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Eine Vorlage mit {seq} und optional {year}, etwa INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="118"/>
        <source>%1 (hoster)</source>
        <translation>%1 (Hoster)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="131"/>
        <source>As the hoster</source>
        <translation>Wie beim Hoster</translation>
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
        <translation>Buchung</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Amount</source>
        <translation>Betrag</translation>
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
        <translation> (storniert)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="107"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="109"/>
        <source>of payment #%1 · %2</source>
        <translation>aus Zahlung #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="136"/>
        <source>Recorded by %1</source>
        <translation>Erfasst von %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="138"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="114"/>
        <source>of payout PO-%1</source>
        <translation>aus Auszahlung PO-%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="125"/>
        <source>Payout reversed</source>
        <translation>Auszahlung storniert</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="145"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>LoginScope</name>
    <message>
        <location filename="../ui/login_scope.py" line="20"/>
        <source>hoster admin</source>
        <translation>Hoster-Administrator</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="21"/>
        <source>hoster clerk</source>
        <translation>Hoster-Sachbearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="22"/>
        <source>reseller admin</source>
        <translation>Wiederverkäufer-Administrator</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="23"/>
        <source>reseller clerk</source>
        <translation>Wiederverkäufer-Sachbearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="24"/>
        <source>reviewer, read only</source>
        <translation>Prüfer, nur Lesezugriff</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="31"/>
        <source>%1 (%2 of %3)</source>
        <comment>login (role of reseller)</comment>
        <translation>%1 (%2 bei %3)</translation>
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
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="282"/>
        <source>About Prorata</source>
        <translation>Über Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="283"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Abrechnungskonsole für Hosting-Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="285"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="286"/>
        <source>%1 %2, by %3
Built on Prorata, a billing console for hosting providers.</source>
        <translation>%1 %2, von %3
Aufgebaut auf Prorata, einer Abrechnungskonsole für Hosting-Anbieter.</translation>
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
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="305"/>
        <source>Database: %1 · logged in as %2</source>
        <translation>Datenbank: %1 · angemeldet als %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="308"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="309"/>
        <source>&amp;Audit log…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="312"/>
        <source>&amp;Find tenant…</source>
        <translation>Mandant &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="313"/>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="314"/>
        <source>&amp;Billing</source>
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="315"/>
        <source>&amp;Run billing…</source>
        <translation>Abrechnung &amp;ausführen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="316"/>
        <source>Billing &amp;settings…</source>
        <translation>Abrechnungs&amp;einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="317"/>
        <source>Invoice &amp;designer…</source>
        <translation>Rechnungs&amp;gestaltung …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="318"/>
        <source>Open re&amp;view file…</source>
        <translation>Prüf&amp;datei öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="319"/>
        <source>&amp;Import review answers…</source>
        <translation>Prüfantworten &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="320"/>
        <source>Send &amp;invoices…</source>
        <translation>Rechnungen &amp;versenden …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="321"/>
        <source>&amp;Print-and-post batch…</source>
        <translation>Druckstapel für den &amp;Postversand …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="322"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="323"/>
        <source>C&amp;atalogue</source>
        <translation>K&amp;atalog</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="324"/>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="325"/>
        <source>I&amp;nvoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="326"/>
        <source>Pa&amp;yments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="328"/>
        <source>&amp;About Prorata</source>
        <translation>&amp;Über Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="329"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="355"/>
        <source>A billing preview is still working. Stop it and quit?</source>
        <translation>Eine Abrechnungsvorschau läuft noch. Anhalten und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="356"/>
        <source>A billing run is writing invoices. Stop it after the companies being billed now, and quit? What is billed by then stays billed; the next run bills the rest.</source>
        <translation>Ein Abrechnungslauf schreibt gerade Rechnungen. Nach den gerade abgerechneten Firmen anhalten und beenden? Was bis dahin abgerechnet ist, bleibt abgerechnet; der nächste Lauf rechnet den Rest ab.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="358"/>
        <source>Quit Prorata</source>
        <translation>Prorata beenden</translation>
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
        <translation>Das konnte nicht ausgeführt werden:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="209"/>
        <source>Defer to the next invoice</source>
        <translation>Auf die nächste Rechnung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="210"/>
        <source>Top up to the minimum</source>
        <translation>Auf den Mindestbetrag aufstocken</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <location filename="../ui/billing/settings_models.py" line="254"/>
        <source>Minimum</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="221"/>
        <source>Below it</source>
        <translation>Darunter</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="39"/>
        <source>&amp;Move</source>
        <translation>&amp;Umziehen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="41"/>
        <source>Move company %1</source>
        <translation>Firma %1 umziehen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="43"/>
        <source>Move user %1</source>
        <translation>Benutzer %1 umziehen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="57"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="60"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="64"/>
        <source>Current seller:</source>
        <translation>Bisheriger Verkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="70"/>
        <source>&amp;New seller:</source>
        <translation>&amp;Neuer Verkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="74"/>
        <source>&amp;To company:</source>
        <translation>&amp;Zur Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="75"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Wirksam ab:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="112"/>
        <source>The hoster itself (%1)</source>
        <translation>Der Hoster selbst (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="137"/>
        <source>From this date the new seller invoices the company. The seller it leaves credits, on its next invoice, what it billed in advance for the days from this date, and its reseller cost stops on this date. Users, plans, one-off extras and history go along; invoices already written stay with their issuer.</source>
        <translation>Ab diesem Datum stellt der neue Verkäufer der Firma Rechnungen. Der bisherige Verkäufer schreibt auf seiner nächsten Rechnung gut, was er für die Tage ab diesem Datum im Voraus abgerechnet hat, und sein Einkauf als Wiederverkäufer endet an diesem Datum. Benutzer, Tarife, einmalige Zusatzgebühren und Verlauf ziehen mit um; bereits erstellte Rechnungen bleiben beim Aussteller.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="145"/>
        <source>%1 (%2/month)</source>
        <translation>%1 (%2/Monat)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="147"/>
        <source>Recurring extras end with the move: %1. They are the current seller&apos;s own items: it bills them up to the day before; the new seller does not bill them.</source>
        <translation>Wiederkehrende Zusatzgebühren enden mit dem Wechsel: %1. Es sind eigene Posten des bisherigen Verkäufers: Er berechnet sie bis zum Vortag; der neue Verkäufer berechnet sie nicht.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="151"/>
        <source>From this date the user is taken off its plans in %1 and put on the same plans in the other company, which must have them: both are billed pro rata by days. Only companies of the same seller are listed.</source>
        <translation>Ab diesem Datum wird der Benutzer von seinen Tarifen in %1 gelöst und denselben Tarifen der anderen Firma zugewiesen, die sie haben muss: beide werden tageweise anteilig abgerechnet. Nur Firmen desselben Verkäufers werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="155"/>
        <source>This date lies in a period already invoiced (up to %1): the next invoices carry the corrections.</source>
        <translation>Dieses Datum liegt in einem bereits abgerechneten Zeitraum (bis %1): Die nächsten Rechnungen enthalten die Korrekturen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="158"/>
        <source>Last moved on %1; a new move cannot be dated before that.</source>
        <translation>Zuletzt umgezogen am %1; ein neuer Umzug kann nicht davor datiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="167"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="169"/>
        <source>to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="191"/>
        <source>Company %1 moves to %2 from %3.</source>
        <translation>Firma %1 zieht ab %3 zu %2 um.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="197"/>
        <source>User %1 moves to %2 from %3.</source>
        <translation>Benutzer %1 zieht ab %3 zu %2 um.</translation>
    </message>
</context>
<context>
    <name>OpenInvoicesModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Billing date</source>
        <translation>Abrechnungstermin</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="77"/>
        <source>Reseller %1</source>
        <translation>Wiederverkäufer %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 von %Ln Konto angezeigt; für weitere blättern</numerusform>
            <numerusform>%1 von %Ln Konten angezeigt; für weitere blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>Das erste %Ln Konto; für weitere blättern</numerusform>
            <numerusform>Die ersten %Ln Konten; für weitere blättern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="184"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="185"/>
        <source>Aging</source>
        <translation>Fälligkeitsanalyse</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="186"/>
        <source>Collection</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="187"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="54"/>
        <source>the amount</source>
        <translation>der Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="60"/>
        <location filename="../ui/payments/payout_dialog.py" line="71"/>
        <location filename="../ui/payments/payout_dialog.py" line="80"/>
        <source>Pay out</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="61"/>
        <source>Pay %1 out to %2 on %3? Make sure the money was actually sent.</source>
        <translation>%1 am %3 an %2 auszahlen? Stellen Sie sicher, dass das Geld tatsächlich überwiesen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;To pay out: %2 (the reseller&apos;s statements less what was paid out against them).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Noch auszuzahlen: %2 (die Abrechnungen des Wiederverkäufers abzüglich der darauf geleisteten Auszahlungen).</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="76"/>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;trag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="77"/>
        <source>&amp;Paid out on:</source>
        <translation>Ausgezahlt &amp;am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="78"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="79"/>
        <source>the transfer&apos;s reference</source>
        <translation>Verwendungszweck der Überweisung</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>Edit plan %1</source>
        <translation>Tarif %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="54"/>
        <source>A plan&apos;s code and service never change: invoices and prices refer to them.</source>
        <translation>Kürzel und Dienst eines Tarifs ändern sich nie: Rechnungen und Preise verweisen darauf.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="56"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="59"/>
        <source>Invoices have already billed this plan %1: its basis can no longer change. Add a new plan for another basis.</source>
        <translation>Rechnungen haben diesen Tarif bereits %1 abgerechnet: Seine Berechnungsgrundlage kann sich nicht mehr ändern. Legen Sie für eine andere Grundlage einen neuen Tarif an.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="61"/>
        <source>&amp;Basis:</source>
        <translation>Berechnungs&amp;grundlage:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="63"/>
        <source>Unit in %1:</source>
        <translation>Einheit auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="64"/>
        <source>What one unit is, as invoices name it: site, GB, licence…</source>
        <translation>Was eine Einheit ist, wie Rechnungen sie nennen: Website, GB, Lizenz …</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="65"/>
        <source>Name in %1:</source>
        <translation>Name auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="66"/>
        <source>Description in %1:</source>
        <translation>Beschreibung auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="73"/>
        <source>A plan stays with its service.</source>
        <translation>Ein Tarif bleibt bei seinem Dienst.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Basis</source>
        <translation>Berechnungsgrundlage</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Retired from</source>
        <translation>Eingestellt ab</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 added.</source>
        <translation>Tarif %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 saved.</source>
        <translation>Tarif %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="168"/>
        <location filename="../ui/catalogue/editor.py" line="198"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Tarif angezeigt</numerusform>
            <numerusform>%1 von %Ln Tarifen angezeigt</numerusform>
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
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="192"/>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="193"/>
        <source>Active plans</source>
        <translation>Aktive Tarife</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="194"/>
        <source>Retired plans</source>
        <translation>Eingestellte Tarife</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="199"/>
        <source>Find a plan by code or name</source>
        <translation>Tarif nach Kürzel oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="200"/>
        <source>Greyed plans are retired: no company can subscribe or change to them; running subscriptions go on being billed. Double-click a plan to edit it; its prices are set in the Prices tab.</source>
        <translation>Ausgegraute Tarife sind eingestellt: Keine Firma kann sie abonnieren oder zu ihnen wechseln; laufende Abonnements werden weiter abgerechnet. Doppelklicken Sie auf einen Tarif, um ihn zu bearbeiten; seine Preise legen Sie im Reiter Preise fest.</translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="106"/>
        <source>%1 on %2, a cover sheet first, saved in %3.</source>
        <translation>%1 auf %2, mit einem Deckblatt vorneweg, gespeichert in %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>An den Drucker gesendet: %Ln Seite. Wenn sie gedruckt ist, antworten Sie:</numerusform>
            <numerusform>An den Drucker gesendet: %Ln Seiten. Wenn sie gedruckt sind, antworten Sie:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="112"/>
        <source>Print it on both sides (or press Print… to send it to a printer), then answer:</source>
        <translation>Drucken Sie den Stapel beidseitig (oder senden Sie ihn mit „Drucken…“ an einen Drucker) und antworten Sie dann:</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="114"/>
        <source>Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting.</source>
        <translation>„Ja“ vermerkt sie als heute versandt; „Nein“ legt sie für den nächsten Stapel zurück; „Später“ lässt sie warten.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="135"/>
        <source>Print the batch</source>
        <translation>Stapel drucken</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="150"/>
        <source>Sending the batch to the printer…</source>
        <translation>Der Stapel wird an den Drucker gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="153"/>
        <source>Printing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="168"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>Der Drucker ließ sich nicht öffnen; es wurde nichts gedruckt.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="62"/>
        <source>Menus, windows and messages change at once; numbers and dates follow the language. Invoices keep each customer&apos;s own language.</source>
        <translation>Menüs, Fenster und Meldungen wechseln sofort; Zahlen und Datumsangaben folgen der Sprache. Rechnungen behalten die eigene Sprache jedes Kunden.</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="111"/>
        <source>The preview shows here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="135"/>
        <source>This changes nothing on the next invoice, dated %1.</source>
        <translation>Das ändert nichts an der nächsten Rechnung vom %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="140"/>
        <source>The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>Die nächste Rechnung vom %1: Zwischensumme %2 → %3 (%4); mit Steuer %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="142"/>
        <source>This changes nothing on the next invoice in %1, dated %2.</source>
        <translation>Dies ändert nichts an der nächsten Rechnung in %1 vom %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="146"/>
        <source>The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>Die Rechnung in %7 vom selben Tag: Zwischensumme %2 → %3 (%4); mit Steuer %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="148"/>
        <source>The change is dated into a period already invoiced: the correction lines bill that difference on the next invoice.</source>
        <translation>Die Änderung liegt in einem bereits abgerechneten Zeitraum: Die Korrekturzeilen berechnen diese Differenz auf der nächsten Rechnung.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="162"/>
        <source>On the next invoice</source>
        <translation>Auf der nächsten Rechnung</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="76"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/designer/preview.py" line="49"/>
        <source>Sample invoice</source>
        <translation>Beispielrechnung</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="51"/>
        <source>Preview on an invoice…</source>
        <translation>Vorschau auf einer Rechnung …</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="56"/>
        <source>The language of the previewed invoice</source>
        <translation>Die Sprache der Vorschaurechnung</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="60"/>
        <source>The sample invoice&apos;s currency</source>
        <translation>Die Währung der Beispielrechnung</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="63"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="64"/>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="67"/>
        <source>Preview on</source>
        <translation>Vorschau auf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="152"/>
        <source> · shown %1 ms after the change</source>
        <translation> · %1 ms nach der Änderung angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="160"/>
        <source>The page cannot be rendered: %1</source>
        <translation>Die Seite kann nicht dargestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="146"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="147"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="148"/>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="149"/>
        <source>Reseller&apos;s cost</source>
        <translation>Einkauf des Wiederverkäufers</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="150"/>
        <source>Retail</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="151"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="175"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>Der Preis des Hosters für alle Wiederverkäufer.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="176"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Was dieser Wiederverkäufer zahlt: sein ausgehandelter Preis, sonst Großhandel.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="177"/>
        <source>What the seller charges its companies.</source>
        <translation>Was der Verkäufer seinen Firmen berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="178"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Verkauf minus Einkauf des Wiederverkäufers.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="220"/>
        <source>Missing prices in %1: %2</source>
        <translation>Fehlende Preise in %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Kein Großhandelspreis in %1: Die Firmen dieses Wiederverkäufers mit diesem Tarif können nicht in %1 abgerechnet werden. Doppelklicken, um einen zu setzen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Kein Verkaufspreis in %1: Firmen mit diesem Tarif können nicht in %1 abgerechnet werden. Doppelklicken, um einen zu setzen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="233"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Eigener Preis von %1 (Großhandel: %2). Leeren, um zum Großhandelspreis zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="236"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>Der Großhandelspreis; einen Betrag eingeben, um %1 einen eigenen Preis zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="239"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Doppelklicken, um den Preis ab dem gewählten Datum zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="305"/>
        <source>%1 would sell %2 below cost: retail %3, the reseller&apos;s cost %4, a loss of %5 a unit.

Save it anyway?</source>
        <translation>%1 würde %2 unter Einkaufspreis verkaufen: Verkauf %3, Einkauf des Wiederverkäufers %4, ein Verlust von %5 je Einheit.

Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="309"/>
        <source>Retail below cost</source>
        <translation>Verkauf unter Einkaufspreis</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="318"/>
        <location filename="../ui/prices/matrix_model.py" line="341"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="319"/>
        <location filename="../ui/prices/matrix_model.py" line="342"/>
        <source>with no start date</source>
        <translation>ohne Beginn</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="321"/>
        <source>%1 pays wholesale (%2) again.</source>
        <translation>%1 zahlt wieder den Großhandelspreis (%2).</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="324"/>
        <source>The price before it applies again; without one, %1 cannot be billed in %2.</source>
        <translation>Der vorherige Preis gilt wieder; ohne einen kann %1 nicht in %2 abgerechnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="326"/>
        <source>Remove this price?

%2 · %1: %3, in force %4.

It is removed from the day it began: periods billed from then on would be billed without it. %5</source>
        <translation>Diesen Preis entfernen?

%2 · %1: %3, gültig %4.

Er wird ab dem Tag entfernt, an dem er begann: Ab dann abgerechnete Zeiträume würden ohne ihn abgerechnet. %5</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="330"/>
        <source>Remove a price</source>
        <translation>Einen Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="339"/>
        <source>%1 · %2: removed %3 (in force %4).</source>
        <translation>%1 · %2: %3 entfernt (gültig %4).</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="141"/>
        <location filename="../ui/prices/matrix_widget.py" line="239"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (Direktkunden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln Tarif ohne Preis in %1 (markiert)</numerusform>
            <numerusform>%Ln Tarife ohne Preis in %1 (markiert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="215"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1: %2 ab %4 auf %3 gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Preise von %1 in %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="227"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Verkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="229"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Preise &amp;am und Änderungen ab:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="230"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="232"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are asked first).</source>
        <translation>Doppelklicken Sie auf einen Preis (oder wählen Sie ihn aus und tippen Sie), um ihn zu ändern; der neue Preis gilt ab dem gewählten Datum, frühere Zeiträume behalten ihren. Ein fetter Einkaufspreis ist der ausgehandelte Preis des Wiederverkäufers; leeren, um zum Großhandelspreis zurückzukehren. Ein geleerter Preis wird ab dem Tag entfernt, an dem er begann (nach Rückfrage).</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="38"/>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="39"/>
        <source>Someone else changed this account while you were working on it; nothing was written. The account is shown again as it is now.</source>
        <translation>Jemand anderes hat dieses Konto geändert, während Sie daran gearbeitet haben; nichts wurde geschrieben. Das Konto wird wieder so gezeigt, wie es jetzt ist.</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="56"/>
        <source>Checks are switched off (%1&apos;s setting).</source>
        <translation>Schecks sind ausgeschaltet (Einstellung von %1).</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="104"/>
        <source>The account owes nothing: all %1 will be kept as credit on the account.</source>
        <translation>Auf dem Konto ist nichts offen: Die ganzen %1 bleiben als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="106"/>
        <source>%1 more than the chosen invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 mehr, als auf den gewählten Rechnungen offen ist: Der Betrag bleibt als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="108"/>
        <source>%1 more than the account&apos;s open invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 mehr, als auf den offenen Rechnungen des Kontos offen ist: Der Betrag bleibt als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="124"/>
        <source>the amount</source>
        <translation>der Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="147"/>
        <source>Record %1 by %2 from %3?</source>
        <translation>%1 per %2 von %3 erfassen?</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="150"/>
        <source>It pays:</source>
        <translation>Sie bezahlt:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="152"/>
        <source>%1 stays on the account as credit.</source>
        <translation>%1 bleiben als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="153"/>
        <location filename="../ui/payments/record_dialog.py" line="160"/>
        <location filename="../ui/payments/record_dialog.py" line="173"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance %2 · credit %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo %2 · Guthaben %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="166"/>
        <source>&amp;Method:</source>
        <translation>Zahlungs&amp;art:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="167"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="168"/>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;trag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="169"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="170"/>
        <source>Allocate to:</source>
        <translation>Zuordnen zu:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="171"/>
        <source>such as %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="172"/>
        <source>the transfer&apos;s reference, the check&apos;s number, a receipt number</source>
        <translation>Verwendungszweck der Überweisung, Schecknummer, Belegnummer</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="65"/>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;trag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="66"/>
        <source>This payment has %1 of credit to refund.</source>
        <translation>Diese Zahlung hat %1 Guthaben zum Erstatten.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="72"/>
        <source>a payment with credit</source>
        <translation>eine Zahlung mit Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="77"/>
        <source>the amount</source>
        <translation>der Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="82"/>
        <location filename="../ui/payments/refund_dialog.py" line="90"/>
        <location filename="../ui/payments/refund_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="83"/>
        <source>Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.</source>
        <translation>%1 aus Zahlung #%3 an %2 zurückzahlen? Stellen Sie sicher, dass das Geld tatsächlich überwiesen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit %2: only what pays no invoice can be refunded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Guthaben %2: Erstattet werden kann nur, was keine Rechnung bezahlt.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="95"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Zahlung:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="96"/>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Erstattet am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="97"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="98"/>
        <source>the refund transfer&apos;s reference</source>
        <translation>Verwendungszweck der Rückzahlung</translation>
    </message>
</context>
<context>
    <name>ResellerDialog</name>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>New reseller</source>
        <translation>Neuer Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>Edit reseller %1</source>
        <translation>Wiederverkäufer %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="46"/>
        <source>Standard</source>
        <translation>Regelbesteuerung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="47"/>
        <source>Reverse charge (0 %)</source>
        <translation>Reverse Charge (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="48"/>
        <source>Exempt (0 %)</source>
        <translation>Steuerfrei (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="57"/>
        <source>Code and currency are fixed once the reseller has companies.</source>
        <translation>Kürzel und Währung stehen fest, sobald der Wiederverkäufer Firmen hat.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="64"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="67"/>
        <source>The language of its invoices and its companies&apos; default</source>
        <translation>Die Sprache seiner Rechnungen und Standard für seine Firmen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="68"/>
        <source>&amp;Billing:</source>
        <translation>&amp;Abrechnung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="70"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Kunde seit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="71"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="72"/>
        <source>Tax treat&amp;ment:</source>
        <translation>Steuer&amp;behandlung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="74"/>
        <source>How the hoster taxes this reseller</source>
        <translation>Wie der Hoster diesen Wiederverkäufer besteuert</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="75"/>
        <source>Tax &amp;rate (%):</source>
        <translation>Steuer&amp;satz (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="77"/>
        <source>The rate this reseller charges its companies, in per cent</source>
        <translation>Der Satz, den dieser Wiederverkäufer seinen Firmen berechnet, in Prozent</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="78"/>
        <source>&amp;Invoice numbers:</source>
        <translation>Rechnungs&amp;nummern:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="79"/>
        <source>{year} is the year, {seq:05} the number in five digits.</source>
        <translation>{year} ist das Jahr, {seq:05} die Nummer mit fünf Stellen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="81"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="84"/>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 signed up.</source>
        <translation>Wiederverkäufer %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 saved.</source>
        <translation>Wiederverkäufer %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire plan %1</source>
        <translation>Tarif %1 einstellen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire extra item %1</source>
        <translation>Zusatzposten %1 einstellen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="31"/>
        <source>&amp;Retire</source>
        <translation>&amp;Einstellen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="47"/>
        <source>Retire &amp;from:</source>
        <translation>Einstellen &amp;ab:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="48"/>
        <source>From this day no company can subscribe or change to the plan; running subscriptions go on being billed.</source>
        <translation>Ab diesem Tag kann keine Firma den Tarif abonnieren oder zu ihm wechseln; laufende Abonnements werden weiter abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="50"/>
        <source>From this day the item is no longer offered; extras already recorded from it are not changed.</source>
        <translation>Ab diesem Tag wird der Posten nicht mehr angeboten; bereits daraus erfasste Zusatzgebühren bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Retired from</source>
        <translation>Eingestellt ab</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="69"/>
        <source>Plan %1 retires from %2.</source>
        <translation>Tarif %1 wird ab %2 eingestellt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="70"/>
        <source>Extra item %1 retires from %2.</source>
        <translation>Zusatzposten %1 wird ab %2 eingestellt.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="59"/>
        <source>The invoices payment #%1 pays open again, and %2 goes back on the account.</source>
        <translation>Die Rechnungen, die Zahlung #%1 bezahlt, sind wieder offen, und %2 kommt zurück auf das Konto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="65"/>
        <source>a payment</source>
        <translation>eine Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="68"/>
        <location filename="../ui/payments/reverse_dialog.py" line="75"/>
        <location filename="../ui/payments/reverse_dialog.py" line="86"/>
        <source>Reverse payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="69"/>
        <source>Reverse payment #%1 of %2 (%3)? This cannot be undone.</source>
        <translation>Zahlung #%1 von %2 (%3) stornieren? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="83"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Zahlung:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="84"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="85"/>
        <source>&amp;Reversed on:</source>
        <translation>Storniert &amp;am:</translation>
    </message>
</context>
<context>
    <name>ReversePayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="118"/>
        <source>What payout PO-%1 paid, %2, is owed to the reseller again.</source>
        <translation>Was Auszahlung PO-%1 gezahlt hat, %2, wird dem Wiederverkäufer wieder geschuldet.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="124"/>
        <source>a payout</source>
        <translation>eine Auszahlung</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="127"/>
        <location filename="../ui/payments/payout_dialog.py" line="138"/>
        <location filename="../ui/payments/payout_dialog.py" line="145"/>
        <source>Reverse payout</source>
        <translation>Auszahlung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="128"/>
        <source>Reverse payout PO-%1 of %2 on %3? This cannot be undone.</source>
        <translation>Auszahlung PO-%1 über %2 am %3 stornieren? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="141"/>
        <source>&amp;Payout:</source>
        <translation>&amp;Auszahlung:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="142"/>
        <source>&amp;Reversed on:</source>
        <translation>Storniert &amp;am:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="143"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="144"/>
        <source>optional, such as: transfer returned, entered twice</source>
        <translation>optional, etwa: Überweisung zurückgekommen, doppelt erfasst</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Queried</source>
        <translation>Rückfrage gestellt</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/window.py" line="138"/>
        <source>Open review file</source>
        <translation>Prüfdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="139"/>
        <source>Review files (*%1)</source>
        <translation>Prüfdateien (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="174"/>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="188"/>
        <source>Customer %1 (%2)</source>
        <translation>Kunde %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="189"/>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="191"/>
        <source>Period from %1</source>
        <translation>Zeitraum ab %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="196"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="210"/>
        <source>The PDF cannot be shown: %1</source>
        <translation>Das PDF kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="245"/>
        <source>No verdict yet</source>
        <translation>Noch kein Urteil</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Queried</source>
        <translation>Rückfrage gestellt</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="271"/>
        <source>Answers saved to %1</source>
        <translation>Antworten gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="292"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="293"/>
        <source>&amp;Open review file…</source>
        <translation>Prüfdatei &amp;öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="295"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="296"/>
        <source>Comment (needed for a query)</source>
        <translation>Kommentar (für eine Rückfrage nötig)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="297"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="298"/>
        <source>Query</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="299"/>
        <source>Clear verdict</source>
        <translation>Urteil zurücksetzen</translation>
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
            <numerusform>%Ln Rechnung: %1 freigegeben, %2 mit Rückfrage, %3 zu prüfen</numerusform>
            <numerusform>%Ln Rechnungen: %1 freigegeben, %2 mit Rückfrage, %3 zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="107"/>
        <source>%1. Next invoice on %2, for %3.</source>
        <translation>%1. Nächste Rechnung am %2, für %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="111"/>
        <source>From %1: %2.</source>
        <translation>Ab %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="116"/>
        <source>Billing schedule:</source>
        <translation>Abrechnungsplan:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="140"/>
        <source>Billing schedule · %1</source>
        <translation>Abrechnungsplan · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="144"/>
        <source>The billing term</source>
        <translation>Die Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="145"/>
        <source>The billing day</source>
        <translation>Der Abrechnungstag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="150"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Jahrestag der Anmeldung (Tag %1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="151"/>
        <source>Anniversary of signup</source>
        <translation>Jahrestag der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="153"/>
        <source>Day %1 of the month</source>
        <translation>Tag %1 des Monats</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="158"/>
        <source>&amp;Change:</source>
        <translation>Än&amp;derung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="159"/>
        <source>&amp;Term:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="160"/>
        <source>Billing &amp;day:</source>
        <translation>Abrechnungs&amp;tag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="161"/>
        <source>Days 29 to 31 fall on the last day of shorter months.</source>
        <translation>Die Tage 29 bis 31 fallen in kürzeren Monaten auf den letzten Tag.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="162"/>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="163"/>
        <source>It takes effect at the first billing boundary on or after this date that is not invoiced yet.</source>
        <translation>Wirkt an der ersten noch nicht abgerechneten Abrechnungsgrenze an oder nach diesem Datum.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="165"/>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="231"/>
        <source>Takes effect on %1. The period that starts there: %2.</source>
        <translation>Wirkt ab %1. Der dort beginnende Zeitraum: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="252"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="257"/>
        <source>Billing term: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="258"/>
        <source>Billing day: %1</source>
        <translation>Abrechnungstag: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="259"/>
        <source>%1, from %2.</source>
        <translation>%1, ab %2.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Search company name or code, user email…</source>
        <translation>Firmenname oder -kürzel, Benutzer-E-Mail suchen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="139"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Geben Sie einen Teil des Namens oder Kürzels einer Firma, eines Wiederverkäufers oder der E-Mail eines Benutzers ein; wählen Sie einen Treffer, um ihn im Baum anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation>Direktkunde</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · Firma (%3)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · Benutzer bei %3</translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="89"/>
        <source>Looking for invoices to send…</source>
        <translation>Zu versendende Rechnungen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="99"/>
        <source>Sending…</source>
        <translation>Senden läuft …</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="111"/>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung &amp;senden</numerusform>
            <numerusform>%Ln Rechnungen &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <location filename="../ui/delivery/send_dialog.py" line="147"/>
        <location filename="../ui/delivery/send_dialog.py" line="199"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>%Ln Rechnung wird per E-Mail gesendet, mit ihrem PDF im Anhang.</numerusform>
            <numerusform>%Ln Rechnungen werden per E-Mail gesendet, jede mit ihrem PDF im Anhang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="123"/>
        <source>Nothing to send: every invoice listed was sent before or goes another way.</source>
        <translation>Nichts zu senden: Jede aufgeführte Rechnung wurde bereits gesendet oder geht auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="137"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>%Ln Rechnung gesendet.</numerusform>
            <numerusform>%Ln Rechnungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln konnte nicht gesendet werden: Den Grund sehen Sie unten; der nächste Versand versucht es erneut.</numerusform>
            <numerusform>%Ln konnten nicht gesendet werden: Die Gründe sehen Sie unten; der nächste Versand versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln ungewiss: Die Verbindung brach nach dem Senden ab, sie wurde also möglicherweise zugestellt. Sie wird nur erneut gesendet, wenn Sie „Bereits gesendete erneut senden“ ankreuzen; fragen Sie zuerst beim Kunden nach.</numerusform>
            <numerusform>%Ln ungewiss: Die Verbindung brach nach dem Senden ab, sie wurden also möglicherweise zugestellt. Sie werden nur erneut gesendet, wenn Sie „Bereits gesendete erneut senden“ ankreuzen; fragen Sie zuerst beim Kunden nach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="155"/>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not by e-mail</source>
        <translation>Nicht per E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>In doubt</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="178"/>
        <source>Will be sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="194"/>
        <source>Send invoices by e-mail</source>
        <translation>Rechnungen per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="196"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="197"/>
        <source>Send &amp;again those sent before</source>
        <translation>Bereits gesendete &amp;erneut senden</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>Edit service %1</source>
        <translation>Dienst %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="54"/>
        <source>A service&apos;s code never changes.</source>
        <translation>Das Kürzel eines Dienstes ändert sich nie.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="56"/>
        <source>Name in %1:</source>
        <translation>Name auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="57"/>
        <source>Description in %1:</source>
        <translation>Beschreibung auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 added.</source>
        <translation>Dienst %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 saved.</source>
        <translation>Dienst %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Dienst angezeigt</numerusform>
            <numerusform>%1 von %Ln Diensten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="213"/>
        <source>Find a service by code or name</source>
        <translation>Dienst nach Kürzel oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="214"/>
        <source>A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on invoices.</source>
        <translation>Ein Dienst fasst Tarife zusammen (Hosted Exchange: Basic, Pro …); sein Name steht auf Rechnungen über ihnen.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="92"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="93"/>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
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
        <translation>US Letter (8,5 x 11 Zoll)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Top</source>
        <translation>Oben</translation>
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
        <translation>Unten</translation>
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
        <translation>Den Rand %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="110"/>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="111"/>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="115"/>
        <source>Letterhead &amp;&amp; address</source>
        <translation>Briefkopf &amp;&amp; Anschrift</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="117"/>
        <source>Logo placed</source>
        <translation>Logo-Position</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Not shown</source>
        <translation>Nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="119"/>
        <source>Logo height</source>
        <translation>Logohöhe</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source>Change the logo&apos;s height</source>
        <translation>Die Logohöhe ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="122"/>
        <source>Letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="123"/>
        <source>Show our address under the logo</source>
        <translation>Unsere Anschrift unter dem Logo zeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="124"/>
        <source>Address window</source>
        <translation>Anschriftenfenster</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form B (A4)</source>
        <translation>DIN 5008 Form B (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form A (A4)</source>
        <translation>DIN 5008 Form A (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="126"/>
        <source>US #10 envelope (Letter)</source>
        <translation>US-Umschlag #10 (Letter)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="127"/>
        <source>Where the customer&apos;s address is printed, to show through the envelope&apos;s window.</source>
        <translation>Wo die Anschrift des Kunden gedruckt wird, damit sie im Fenster des Umschlags erscheint.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="128"/>
        <source>Return address</source>
        <translation>Absenderzeile</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="130"/>
        <source>Invoice facts</source>
        <translation>Rechnungsangaben</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="133"/>
        <source>Tax numbers</source>
        <translation>Steuernummern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="136"/>
        <source>Lines &amp;&amp; totals</source>
        <translation>Positionen &amp;&amp; Summen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="137"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Description (always shown)</source>
        <translation>Beschreibung (immer gezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="140"/>
        <source>Amount (always shown)</source>
        <translation>Betrag (immer gezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Arithmetic</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <source>Show the tax per rate</source>
        <translation>Steuer je Satz zeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="149"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Payment block</source>
        <translation>Zahlungsblock</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Show how to pay</source>
        <translation>Zahlungsweg zeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="151"/>
        <source>Payment term</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="152"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="153"/>
        <source>Change the payment term</source>
        <translation>Das Zahlungsziel ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="154"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>Such as DE89 3704 0044 0532 0130 00</source>
        <translation>Etwa DE89 3704 0044 0532 0130 00</translation>
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
        <translation>Unsere Anschrift klein über der des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Explain prorated lines</source>
        <translation>Anteilige Zeilen erklären</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="142"/>
        <source>Such as “3 sites × 12.00 × 5/31 days = 5.81”.</source>
        <translation>Etwa „3 Websites × 12,00 × 5/31 Tage = 5,81“.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <source>Show the notes</source>
        <translation>Hinweise zeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="145"/>
        <source>Reverse charge and exemption wording, and the note written under Texts.</source>
        <translation>Wortlaut zu Steuerschuldnerschaft und Steuerbefreiung, und der Hinweis unter Texte.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>QR code for the banking app</source>
        <translation>QR-Code für die Banking-App</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="159"/>
        <source>An EPC GiroCode, printed on euro invoices when an IBAN is given.</source>
        <translation>Ein EPC-GiroCode, gedruckt auf Euro-Rechnungen, wenn eine IBAN angegeben ist.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="162"/>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="168"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="169"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="170"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="171"/>
        <source>Payment text</source>
        <translation>Zahlungstext</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="172"/>
        <source>Tax called</source>
        <translation>Bezeichnung der Steuer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="173"/>
        <source>Empty: VAT, in the invoice&apos;s language</source>
        <translation>Leer: USt., in der Sprache der Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="185"/>
        <location filename="../ui/designer/settings_panel.py" line="199"/>
        <location filename="../ui/designer/settings_panel.py" line="248"/>
        <location filename="../ui/designer/settings_panel.py" line="415"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="266"/>
        <source>Payment instructions</source>
        <translation>Zahlungshinweise</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="279"/>
        <source>Order on the page</source>
        <translation>Reihenfolge auf der Seite</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="280"/>
        <source>The letterhead, address and facts always come first.</source>
        <translation>Briefkopf, Anschrift und Rechnungsangaben stehen immer zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="281"/>
        <source>Change the order of the blocks</source>
        <translation>Die Reihenfolge der Blöcke ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="307"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="317"/>
        <location filename="../ui/designer/settings_panel.py" line="332"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="318"/>
        <source>Headings, rules and the totals&apos; band; written #RRGGBB.</source>
        <translation>Überschriften, Linien und das Summenband; als #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="319"/>
        <location filename="../ui/designer/settings_panel.py" line="338"/>
        <source>Change the accent colour</source>
        <translation>Die Akzentfarbe ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Upload…</source>
        <translation>Hochladen …</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>PNG or JPEG, at most %1 KiB and %2 pixels a side.</source>
        <translation>PNG oder JPEG, höchstens %1 KiB und %2 Pixel je Seite.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="365"/>
        <source>Remove the logo</source>
        <translation>Das Logo entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="369"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="378"/>
        <source>%1, %2 KiB, %3 x %4 pixels</source>
        <translation>%1, %2 KiB, %3 x %4 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="385"/>
        <source>Choose the logo</source>
        <translation>Das Logo wählen</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="386"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="404"/>
        <source>Upload the logo</source>
        <translation>Das Logo hochladen</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="118"/>
        <source>Save the statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="135"/>
        <source>a file name</source>
        <translation>ein Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="142"/>
        <source>there is no such folder</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="165"/>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opening balance, every entry of the period with the running balance, closing balance and what is overdue, in the customer&apos;s language.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Anfangssaldo, jede Buchung des Zeitraums mit laufendem Saldo, Endsaldo und Überfälliges, in der Sprache des Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="169"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="172"/>
        <source>&amp;Every account of the customer (all issuers and currencies)</source>
        <translation>&amp;Alle Konten des Kunden (alle Aussteller und Währungen)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="173"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="174"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="175"/>
        <source>&amp;Write statement</source>
        <translation>Kontoauszug &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../ui/tenants/actions.py" line="101"/>
        <source>&amp;Move to another company…</source>
        <translation>In andere Firma &amp;umziehen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="102"/>
        <source>&amp;Move to another seller…</source>
        <translation>Zu anderem Verkäufer &amp;umziehen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="211"/>
        <source>New &amp;reseller…</source>
        <translation>Neuer &amp;Wiederverkäufer …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="212"/>
        <source>Sign up a reseller (%1)</source>
        <translation>Einen Wiederverkäufer anlegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="214"/>
        <source>New &amp;company…</source>
        <translation>Neue &amp;Firma …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="215"/>
        <source>Sign up a company under the selected reseller or the hoster, or beside the selected company, under its seller (%1)</source>
        <translation>Eine Firma beim gewählten Wiederverkäufer oder beim Hoster anlegen, oder neben der gewählten Firma bei deren Verkäufer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="219"/>
        <source>New &amp;user…</source>
        <translation>Neuer Ben&amp;utzer …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="220"/>
        <source>Add a user to the selected company (%1)</source>
        <translation>Einen Benutzer zur ausgewählten Firma hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="223"/>
        <source>Edit the selected reseller, company or user (%1)</source>
        <translation>Ausgewählten Wiederverkäufer, Firma oder Benutzer bearbeiten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="228"/>
        <source>New reseller…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="229"/>
        <source>New company…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="230"/>
        <source>New user…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="231"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="149"/>
        <source>The database holds no hoster yet.</source>
        <translation>Die Datenbank enthält noch keinen Hoster.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="153"/>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="155"/>
        <source>Matches for “%1”: %2</source>
        <translation>Treffer für „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="188"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>„%1“ ist nicht mehr im Baum; zum Neuladen F5 drücken.</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="117"/>
        <source>one line each: street, building…</source>
        <translation>eine Zeile je Angabe: Straße, Gebäude…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="122"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="123"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="124"/>
        <source>Cit&amp;y:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="125"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="161"/>
        <source>Someone else saved first.</source>
        <translation>Jemand anderes hat zuerst gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="164"/>
        <source>&amp;Reload the form</source>
        <translation>Formular neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="166"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="222"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="334"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="354"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="386"/>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Nichts wurde gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="457"/>
        <source>Their change:</source>
        <translation>Deren Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="458"/>
        <source>Reload the form with their change? What you typed here is replaced.</source>
        <translation>Das Formular mit deren Änderung neu laden? Was Sie hier eingegeben haben, wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="437"/>
        <location filename="../ui/tenants/forms/base.py" line="468"/>
        <source>Read again: this is the stored version now.</source>
        <translation>Neu gelesen: Dies ist jetzt die gespeicherte Fassung.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="310"/>
        <location filename="../ui/tenants/tree_model.py" line="317"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="330"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="331"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="332"/>
        <source>Companies the hoster bills directly</source>
        <translation>Firmen, die der Hoster direkt abrechnet</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="333"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="334"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Code / email</source>
        <translation>Kürzel / E-Mail</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="45"/>
        <source>Undo this change</source>
        <translation>Diese Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="46"/>
        <source>Undo change #%1: %2?</source>
        <translation>Änderung #%1 rückgängig machen: %2?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="51"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="57"/>
        <source>&amp;Undo the change</source>
        <translation>Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="93"/>
        <source>Undoing it records, dated like the change:</source>
        <translation>Das Rückgängigmachen erfasst, datiert wie die Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="94"/>
        <source>Nothing is deleted: the change and its undo both stay in the history, and the invoices come to what they would have been without the change.</source>
        <translation>Nichts wird gelöscht: Die Änderung und ihre Rücknahme bleiben beide im Verlauf, und die Rechnungen ergeben, was sie ohne die Änderung ergeben hätten.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="99"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>Die nächste Rechnung lässt sich noch nicht berechnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="112"/>
        <source>This change cannot be undone:</source>
        <translation>Diese Änderung kann nicht rückgängig gemacht werden:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="26"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="27"/>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Was Sie hier eingegeben haben, ist noch nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="31"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="38"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="42"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="43"/>
        <source>Unique within the company.</source>
        <translation>Eindeutig innerhalb der Firma.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 added.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
</context>
</TS>
