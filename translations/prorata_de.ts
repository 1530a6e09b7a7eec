<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="54"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="55"/>
        <source>Quantity changed</source>
        <translation>Menge geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="56"/>
        <source>Plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="57"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="58"/>
        <source>User assigned</source>
        <translation>Benutzer zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="59"/>
        <source>User unassigned</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="60"/>
        <source>Extra charge</source>
        <translation>Zusatzgebühr</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="61"/>
        <source>Recurring extra ended</source>
        <translation>Wiederkehrende Gebühr beendet</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="62"/>
        <source>Currency changed</source>
        <translation>Währung geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="68"/>
        <source>Flat, per plan</source>
        <translation>Pauschal je Tarif</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="69"/>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="70"/>
        <source>Per unit</source>
        <translation>Pro Einheit</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>Reseller invoices its companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="77"/>
        <source>Hoster invoices, hoster collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Hoster invoices, reseller collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="85"/>
        <source>Anniversary of signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="86"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Jahrestag der Anmeldung (Tag %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="87"/>
        <source>Day %1 of each month</source>
        <translation>Am %1. jedes Monats</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="91"/>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="91"/>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reverse charge (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Exempt (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>Standard, own rate %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="101"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="44"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="66"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="91"/>
        <source>Preparing the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="109"/>
        <source>Creating demo data for %1 companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="144"/>
        <source>Prorata cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation type="unfinished"></translation>
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
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="109"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="158"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="159"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="190"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="191"/>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <location filename="../ui/tenants/detail_panel.py" line="234"/>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="192"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="235"/>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="193"/>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>Tax ID:</source>
        <translation>USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="194"/>
        <location filename="../ui/tenants/detail_panel.py" line="213"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="195"/>
        <source>Currencies:</source>
        <translation>Währungen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <source>Resellers:</source>
        <translation>Reseller:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies:</source>
        <translation>Firmen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <source>%1 (%2 billed directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="199"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Reseller · code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="211"/>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="214"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <source>Billing day:</source>
        <translation>Abrechnungstag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <source>Signed up:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <source>direct customer of the hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Company · code %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <source>Customer code:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Reseller:</source>
        <translation>Reseller:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>None (billed by the hoster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="233"/>
        <source>Invoices go:</source>
        <translation>Rechnungsversand:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>User · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Current subscriptions</source>
        <translation>Aktuelle Abonnements</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Assigned plans</source>
        <translation>Zugewiesene Tarife</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="264"/>
        <source>Change history (%1 events, newest first)</source>
        <translation>Änderungsverlauf (%1 Ereignisse, neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="265"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Plan or item</source>
        <translation>Tarif oder Posten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="152"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="152"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="160"/>
        <source>Recurring extra charge</source>
        <translation>Wiederkehrende Zusatzgebühr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="70"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="73"/>
        <source>About Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="74"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="83"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="84"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="86"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="89"/>
        <source>&amp;Find tenant…</source>
        <translation>Mandant &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="90"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="91"/>
        <source>&amp;About Prorata</source>
        <translation>&amp;Über Prorata</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="16"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messages.py" line="17"/>
        <source>This could not be done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="137"/>
        <source>Search company name or code, user email…</source>
        <translation>Firmenname oder -kürzel, Benutzer-E-Mail suchen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation type="unfinished"></translation>
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
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="68"/>
        <source>The database holds no hoster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="72"/>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="74"/>
        <source>Matches for “%1”: %2</source>
        <translation>Treffer für „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="89"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="270"/>
        <location filename="../ui/tenants/tree_model.py" line="277"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="290"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="291"/>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="292"/>
        <source>Companies the hoster bills directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="293"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="294"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="299"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="299"/>
        <source>Code / email</source>
        <translation>Kürzel / E-Mail</translation>
    </message>
</context>
</TS>
