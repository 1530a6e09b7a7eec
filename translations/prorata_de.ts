<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="63"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="64"/>
        <source>Quantity changed</source>
        <translation>Menge geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="65"/>
        <source>Plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="66"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="67"/>
        <source>User assigned</source>
        <translation>Benutzer zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="68"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Wholesale invoice</source>
        <translation>Großhandelsrechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
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
        <source>Proration</source>
        <translation>Anteilig</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="69"/>
        <source>Extra charge</source>
        <translation>Zusatzgebühr</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
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
        <location filename="../ui/formatting.py" line="70"/>
        <source>Recurring extra ended</source>
        <translation>Wiederkehrende Gebühr beendet</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Currency changed</source>
        <translation>Währung geändert</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="77"/>
        <source>Flat, per plan</source>
        <translation>Pauschal je Tarif</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Per unit</source>
        <translation>Pro Einheit</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="85"/>
        <source>Reseller invoices its companies</source>
        <translation>Wiederverkäufer stellt seinen Firmen Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="86"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>Hoster stellt Rechnungen, Hoster zieht Zahlungen ein</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="87"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>Hoster stellt Rechnungen, Wiederverkäufer zieht Zahlungen ein</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="94"/>
        <source>Anniversary of signup</source>
        <translation>Jahrestag der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="95"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Jahrestag der Anmeldung (Tag %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Day %1 of each month</source>
        <translation>Am %1. jedes Monats</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="105"/>
        <source>Reverse charge (0 %)</source>
        <translation>Reverse Charge (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Exempt (0 %)</source>
        <translation>Steuerfrei (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Standard, own rate %1 %</source>
        <translation>Regelbesteuerung, eigener Satz %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>Regelbesteuerung (Satz des Ausstellers)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="44"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="66"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="91"/>
        <source>Preparing the database…</source>
        <translation>Datenbank wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="109"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Demodaten für %1 Firmen werden erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="144"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be invoiced</source>
        <translation>Wird in Rechnung gestellt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Wird zurückgestellt (unter dem Mindestbetrag)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Nothing to bill</source>
        <translation>Nichts abzurechnen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <source>Invoiced</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Assigned since</source>
        <translation>Zugewiesen seit</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="61"/>
        <source>The newest %1 changes.</source>
        <translation>Die neuesten %1 Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="62"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln Änderung.</numerusform>
            <numerusform>%Ln Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="66"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="67"/>
        <source>&amp;Changes to:</source>
        <translation>Änderungen &amp;an:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="69"/>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="71"/>
        <source>anyone</source>
        <translation>allen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="72"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="73"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="73"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="74"/>
        <source>Billing settings</source>
        <translation>Abrechnungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="74"/>
        <source>Minimum charges</source>
        <translation>Mindestbeträge</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="75"/>
        <source>Currencies</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="75"/>
        <source>Billing runs</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="76"/>
        <source>Bundle imports</source>
        <translation>Bundle-Importe</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="76"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="80"/>
        <source>Anything</source>
        <translation>Allem</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>Did</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="130"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Wird nach den gerade abgerechneten Firmen angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="142"/>
        <source>Reading what is due…</source>
        <translation>Fälliges wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="164"/>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Previewing</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="167"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1: %2 von %3 Abrechnungsterminen erledigt</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="171"/>
        <source>(up to %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="186"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Vorschau fertig: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="187"/>
        <source>Run finished.</source>
        <translation>Abrechnungslauf beendet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="202"/>
        <source>The run stopped.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="218"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Vorschau bis %1: %Ln Rechnung würde erstellt, insgesamt %2.</numerusform>
            <numerusform>Vorschau bis %1: %Ln Rechnungen würden erstellt, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="220"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Abgerechnet bis %1: %Ln Rechnung erstellt, insgesamt %2.</numerusform>
            <numerusform>Abgerechnet bis %1: %Ln Rechnungen erstellt, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="223"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln Rechnung oder Abrechnung an Wiederverkäufer.</numerusform>
            <numerusform>%Ln Rechnungen oder Abrechnungen an Wiederverkäufer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="225"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln Firma unter dem Mindestbetrag zurückgestellt.</numerusform>
            <numerusform>%Ln Firmen unter dem Mindestbetrag zurückgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="227"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln Firma ohne abzurechnende Leistungen.</numerusform>
            <numerusform>%Ln Firmen ohne abzurechnende Leistungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="229"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln Firma übersprungen: Die Rechnungsstellung ist für ihren Wiederverkäufer ausgeschaltet.</numerusform>
            <numerusform>%Ln Firmen übersprungen: Die Rechnungsstellung ist für ihren Wiederverkäufer ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="231"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln Firma konnte nicht abgerechnet werden: siehe die als Fehler markierte Zeile.</numerusform>
            <numerusform>%Ln Firmen konnten nicht abgerechnet werden: siehe die als Fehler markierten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="233"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>Bis %1 ist nichts fällig: jeder Abrechnungstermin ist bereits abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Abgebrochen: die übrigen Firmen rechnet der nächste Lauf ab.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="240"/>
        <source>Run billing</source>
        <translation>Abrechnung ausführen</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Bill &amp;up to:</source>
        <translation>Abrechnen &amp;bis:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>Rechnungen &amp;ausstellen (mit Nummer)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="243"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Ohne Haken schreibt der Lauf Entwürfe, die Sie prüfen und später ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="244"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="245"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Zeigt, was der Lauf abrechnen würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>&amp;Run billing</source>
        <translation>Abrechnung &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="247"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="249"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Jeder noch nicht abgerechnete Abrechnungstermin bis zum gewählten Tag wird abgerechnet, der älteste zuerst. Erst die Vorschau ansehen; ein Lauf rechnet keinen Zeitraum doppelt ab.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="136"/>
        <source>Minimum charges of %1</source>
        <translation>Mindestbeträge von %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="137"/>
        <source>Minimum charges</source>
        <translation>Mindestbeträge</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>the minimum amount</source>
        <translation>der Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="181"/>
        <source>Billing settings</source>
        <translation>Abrechnungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="183"/>
        <source>Double-click a cell to change it; it is saved at once. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). A changed number format applies to numbers given from now on.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern; sie wird sofort gespeichert. Ein Schalter eines Wiederverkäufers auf „Wie beim Hoster“ folgt dem des Hosters. Rechnungsstellung aus: Abrechnungsläufe überspringen die Firmen dieses Ausstellers (der Schalter des Hosters stoppt jeden Lauf). Ein geändertes Nummernformat gilt für die ab jetzt vergebenen Nummern.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="186"/>
        <source>amount, e.g. %1</source>
        <translation>Betrag, z. B. %1</translation>
    </message>
    <message>
        <source>amount, e.g. 5.00</source>
        <translation type="vanished">Betrag, z. B. 5.00</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="188"/>
        <source>&amp;Add minimum</source>
        <translation>Mindestbetrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="191"/>
        <source>Defer to the next invoice</source>
        <translation>Auf die nächste Rechnung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="192"/>
        <source>Top up to the minimum</source>
        <translation>Auf den Mindestbetrag aufstocken</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="278"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln ihrer Tarife ohne Preis (markiert)</numerusform>
            <numerusform>%Ln ihrer Tarife ohne Preis (markiert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="283"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1: Sonderpreis ab %3 auf %2 gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="286"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1: Sonderpreis (gültig seit %2) entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="290"/>
        <source>Remove own price</source>
        <translation>Sonderpreis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="297"/>
        <source>Prices in %1</source>
        <translation>Preise in %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="297"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="300"/>
        <source>Prices on, and changes from:</source>
        <translation>Preise am, und Änderungen ab:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="301"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Doppelklick auf einen Sonderpreis, um ihn für diese Firma festzulegen.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Seller&apos;s price</source>
        <translation>Preis des Verkäufers</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="111"/>
        <source>Own price</source>
        <translation>Sonderpreis</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="111"/>
        <source>Pays</source>
        <translation>Zahlt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Was der Verkäufer der Firma seinen Firmen berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Ein Preis nur für diese Firma; er geht dem Preis des Verkäufers vor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="131"/>
        <source>What billing charges this company per unit.</source>
        <translation>Was die Abrechnung dieser Firma je Einheit berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>The company has this plan.</source>
        <translation>Die Firma hat diesen Tarif.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="170"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Doppelklick, um dieser Firma ab dem gewählten Tag einen Sonderpreis zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="104"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="172"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Sonderpreis seit %1. Einen Betrag eingeben, um ihn ab dem gewählten Tag zu ändern; leeren, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="175"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>Kein Preis in %1: Die Firma kann für diesen Tarif nicht abgerechnet werden. Geben Sie ihr einen Sonderpreis oder legen Sie den Preis ihres Verkäufers unter Preise fest.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="205"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>Den Sonderpreis von %1 für %2, gültig seit %3, entfernen? Bereits erstellte Rechnungen behalten ihn; ab jetzt abgerechnete Zeiträume erhalten den dann gültigen Preis.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="99"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="148"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="149"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Wählen Sie einen Wiederverkäufer, eine Firma oder einen Benutzer im Baum aus, oder suchen Sie im Feld darüber (Strg+F).</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="181"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="182"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="183"/>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="184"/>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="185"/>
        <location filename="../ui/tenants/detail_panel.py" line="211"/>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <source>Tax ID:</source>
        <translation>USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="186"/>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="221"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="187"/>
        <source>Currencies:</source>
        <translation>Währungen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="188"/>
        <source>Resellers:</source>
        <translation>Wiederverkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Companies:</source>
        <translation>Firmen:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (davon %2 direkt abgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="191"/>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="194"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="195"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Firmen, die %1 selbst abrechnet, ohne Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="201"/>
        <source>Reseller · code %1</source>
        <translation>Wiederverkäufer · Kürzel %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="220"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Billing day:</source>
        <translation>Abrechnungstag:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <source>Signed up:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>direct customer of the hoster</source>
        <translation>Direktkunde des Hosters</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Company · code %1 · %2</source>
        <translation>Firma · Kürzel %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <source>Customer code:</source>
        <translation>Kundenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <source>Reseller:</source>
        <translation>Wiederverkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <source>None (billed by the hoster)</source>
        <translation>Keiner (Abrechnung durch den Hoster)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <source>Invoices go:</source>
        <translation>Rechnungsversand:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>User · %1</source>
        <translation>Benutzer · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Current subscriptions</source>
        <translation>Aktuelle Abonnements</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Assigned plans</source>
        <translation>Zugewiesene Tarife</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Change history (%1 events, newest first)</source>
        <translation>Änderungsverlauf (%1 Ereignisse, neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Plan or item</source>
        <translation>Tarif oder Posten</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="159"/>
        <source>Recurring extra charge</source>
        <translation>Wiederkehrende Zusatzgebühr</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="114"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="116"/>
        <source>First %1 invoices shown; scroll for more</source>
        <translation>Die ersten %1 Rechnungen; für weitere blättern</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="144"/>
        <source>Manual draft #%1 created.</source>
        <translation>Manueller Entwurf #%1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="150"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Neue manuelle Rechnung …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="151"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="83"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="117"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="118"/>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="119"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="120"/>
        <source>code, e.g. c1</source>
        <translation>Kürzel, z. B. c1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="121"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Zeitraum ab:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="122"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="124"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="125"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="129"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="137"/>
        <source>Billed for %1 to %2</source>
        <translation>Berechnet für %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="182"/>
        <source>Looking up %1…</source>
        <translation>Suche %1 …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="196"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Währung %1, Steuer %2 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="225"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="227"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="229"/>
        <source>line %1, quantity</source>
        <translation>Zeile %1, Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="231"/>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="233"/>
        <source>line %1, unit price</source>
        <translation>Zeile %1, Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="235"/>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="236"/>
        <source>line %1, tax rate</source>
        <translation>Zeile %1, Steuersatz</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="255"/>
        <source>customer code</source>
        <translation>Kundenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="263"/>
        <source>New manual invoice</source>
        <translation>Neue manuelle Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="264"/>
        <source>Customer code:</source>
        <translation>Kundenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="265"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>Kürzel einer Firma oder eines Wiederverkäufers</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="266"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="267"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="267"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="268"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="268"/>
        <source>Tax rate (%)</source>
        <translation>Steuersatz (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="270"/>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="272"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount (a prorated share) until its quantity or price is changed.</source>
        <translation>Die Rechnung wird als Entwurf gespeichert; beim Ausstellen erhält sie ihre Nummer. Einzelpreise mit den Nachkommastellen der Währung; ein negativer Preis ergibt eine Rabattzeile. Eine abgerechnete Zeile behält ihren Betrag (einen anteiligen Betrag), bis ihre Menge oder ihr Preis geändert wird.</translation>
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
        <location filename="../ui/invoices/list_model.py" line="39"/>
        <source>Draft #%1</source>
        <translation>Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="40"/>
        <source>#%1 (no number)</source>
        <translation>#%1 (ohne Nummer)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="35"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="165"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="207"/>
        <source>No invoice selected</source>
        <translation>Keine Rechnung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="208"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Wählen Sie eine Rechnung in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="214"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="215"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="216"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="217"/>
        <source>Issue date:</source>
        <translation>Rechnungsdatum:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="217"/>
        <source>not issued yet</source>
        <translation>noch nicht ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="218"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="219"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="221"/>
        <source>Corrects:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="227"/>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="257"/>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="258"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>%1 an %2 über %3 ausstellen? Sie erhält ihre Nummer und kann danach nicht mehr geändert, nur noch gutgeschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="264"/>
        <source>Issued as %1.</source>
        <translation>Ausgestellt als %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="280"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="286"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="287"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>%1 löschen? Ein Entwurf aus einem Abrechnungslauf wird beim nächsten Lauf erneut abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="292"/>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="298"/>
        <source>Credit invoice</source>
        <translation>Rechnung gutschreiben</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="299"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>%1 vollständig gutschreiben? Eine Gutschrift wird sofort ausgestellt und die Rechnung storniert.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="307"/>
        <source>Credit note %1 issued.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="313"/>
        <source>Modify invoice</source>
        <translation>Rechnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="314"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>%1 ändern? Sie wird vollständig gutgeschrieben, und eine Kopie als Entwurf öffnet sich zum Korrigieren und Ausstellen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="322"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Gutschrift %1 ausgestellt; die Entwurfskopie ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="326"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="327"/>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="328"/>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="329"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="330"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="331"/>
        <source>&amp;Edit draft…</source>
        <translation>Entwurf &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="332"/>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>&amp;Modify…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="334"/>
        <source>C&amp;redit</source>
        <translation>&amp;Gutschreiben</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="335"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Diese Rechnung gutschreiben und eine Entwurfskopie zum Korrigieren öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="336"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Eine Gutschrift über die ganze Rechnung ausstellen.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="56"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="56"/>
        <source>Tax rate (%)</source>
        <translation>Steuersatz (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="57"/>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="57"/>
        <source>Invoicing</source>
        <translation>Rechnungsstellung</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="58"/>
        <source>Payment collection</source>
        <translation>Zahlungseinzug</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="59"/>
        <source>Email delivery</source>
        <translation>E-Mail-Versand</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="64"/>
        <source>As the hoster (on)</source>
        <translation>Wie beim Hoster (an)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="64"/>
        <source>As the hoster (off)</source>
        <translation>Wie beim Hoster (aus)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="65"/>
        <location filename="../ui/billing/settings_models.py" line="100"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="65"/>
        <location filename="../ui/billing/settings_models.py" line="100"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="77"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Aus: Abrechnungsläufe überspringen die Firmen des Ausstellers (beim Hoster: keine Läufe).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="78"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Eine Vorlage mit {seq} und optional {year}, etwa INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="89"/>
        <source>%1 (hoster)</source>
        <translation>%1 (Hoster)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="102"/>
        <source>As the hoster</source>
        <translation>Wie beim Hoster</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="152"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="155"/>
        <source>About Prorata</source>
        <translation>Über Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="156"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Abrechnungskonsole für Hosting-Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="165"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="166"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="168"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="169"/>
        <source>&amp;Audit log…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="172"/>
        <source>&amp;Find tenant…</source>
        <translation>Mandant &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="173"/>
        <source>&amp;Billing</source>
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="174"/>
        <source>&amp;Run billing…</source>
        <translation>Abrechnung &amp;ausführen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="175"/>
        <source>Billing &amp;settings…</source>
        <translation>Abrechnungs&amp;einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="176"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="177"/>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="178"/>
        <source>I&amp;nvoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="180"/>
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
        <translation>Das konnte nicht ausgeführt werden:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="169"/>
        <source>Defer to the next invoice</source>
        <translation>Auf die nächste Rechnung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="170"/>
        <source>Top up to the minimum</source>
        <translation>Auf den Mindestbetrag aufstocken</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="180"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="180"/>
        <location filename="../ui/billing/settings_models.py" line="214"/>
        <source>Minimum</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="181"/>
        <source>Below it</source>
        <translation>Darunter</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Company</source>
        <translation type="vanished">Firma</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Billing date</source>
        <translation>Abrechnungstermin</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="76"/>
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
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="131"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="132"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="133"/>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="134"/>
        <source>Reseller&apos;s cost</source>
        <translation>Einkauf des Wiederverkäufers</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="135"/>
        <source>Retail</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="136"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="160"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>Der Preis des Hosters für alle Wiederverkäufer.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="161"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Was dieser Wiederverkäufer zahlt: sein ausgehandelter Preis, sonst Großhandel.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="162"/>
        <source>What the seller charges its companies.</source>
        <translation>Was der Verkäufer seinen Firmen berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="163"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Verkauf minus Einkauf des Wiederverkäufers.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="205"/>
        <source>Missing prices in %1: %2</source>
        <translation>Fehlende Preise in %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="210"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Kein Großhandelspreis in %1: Die Firmen dieses Wiederverkäufers mit diesem Tarif können nicht in %1 abgerechnet werden. Doppelklicken, um einen zu setzen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="213"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Kein Verkaufspreis in %1: Firmen mit diesem Tarif können nicht in %1 abgerechnet werden. Doppelklicken, um einen zu setzen.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="218"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Eigener Preis von %1 (Großhandel: %2). Leeren, um zum Großhandelspreis zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="221"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>Der Großhandelspreis; einen Betrag eingeben, um %1 einen eigenen Preis zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="224"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Doppelklicken, um den Preis ab dem gewählten Datum zu ändern.</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="137"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (Direktkunden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="206"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln Tarif ohne Preis in %1 (markiert)</numerusform>
            <numerusform>%Ln Tarife ohne Preis in %1 (markiert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="211"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1: %2 ab %4 auf %3 gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="219"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Preise von %1 in %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Verkäufer:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="224"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="225"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Preise &amp;am und Änderungen ab:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="226"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale.</source>
        <translation>Doppelklicken Sie auf einen Preis (oder wählen Sie ihn aus und tippen Sie), um ihn zu ändern; der neue Preis gilt ab dem gewählten Datum, frühere Zeiträume behalten ihren. Ein fetter Einkaufspreis ist der ausgehandelte Preis des Wiederverkäufers; leeren, um zum Großhandelspreis zurückzukehren.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="136"/>
        <source>Search company name or code, user email…</source>
        <translation>Firmenname oder -kürzel, Benutzer-E-Mail suchen…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="137"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Geben Sie einen Teil des Namens oder Kürzels einer Firma, eines Wiederverkäufers oder der E-Mail eines Benutzers ein; wählen Sie einen Treffer, um ihn im Baum anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="47"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="49"/>
        <source>direct customer</source>
        <translation>Direktkunde</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · Firma (%3)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="52"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · Benutzer bei %3</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="68"/>
        <source>The database holds no hoster yet.</source>
        <translation>Die Datenbank enthält noch keinen Hoster.</translation>
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
        <translation>„%1“ ist nicht mehr im Baum; zum Neuladen F5 drücken.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="269"/>
        <location filename="../ui/tenants/tree_model.py" line="276"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="289"/>
        <source>Hoster</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="290"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="291"/>
        <source>Companies the hoster bills directly</source>
        <translation>Firmen, die der Hoster direkt abrechnet</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="292"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="293"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Code / email</source>
        <translation>Kürzel / E-Mail</translation>
    </message>
</context>
</TS>
