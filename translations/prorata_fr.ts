<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="63"/>
        <source>Subscribed</source>
        <translation>Abonnement souscrit</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="64"/>
        <source>Quantity changed</source>
        <translation>Quantité modifiée</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="65"/>
        <source>Plan changed</source>
        <translation>Changement d’offre</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="66"/>
        <source>Cancelled</source>
        <translation>Abonnement résilié</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="67"/>
        <source>User assigned</source>
        <translation>Utilisateur affecté</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="68"/>
        <source>User unassigned</source>
        <translation>Utilisateur retiré</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation>Annulée (avoir émis)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <source>Deferred (under the minimum)</source>
        <translation>Reportée (sous le minimum)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation>Reprise dans une facture ultérieure</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Wholesale invoice</source>
        <translation>Facture au prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <source>Reseller statement</source>
        <translation>Relevé revendeur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="38"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="39"/>
        <source>Proration</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="69"/>
        <source>Extra charge</source>
        <translation>Frais supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <source>Minimum charge</source>
        <translation>Minimum de facturation</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation>Prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation>Autoliquidation&#xa0;: la taxe est due par le client</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
        <translation>Exonéré de taxe</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="70"/>
        <source>Recurring extra ended</source>
        <translation>Fin des frais récurrents</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Currency changed</source>
        <translation>Devise modifiée</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="77"/>
        <source>Flat, per plan</source>
        <translation>Forfait par offre</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Per user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Per unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="85"/>
        <source>Reseller invoices its companies</source>
        <translation>Le revendeur facture ses sociétés</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="86"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>L’hébergeur facture et encaisse</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="87"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>L’hébergeur facture, le revendeur encaisse</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="94"/>
        <source>Anniversary of signup</source>
        <translation>Date anniversaire de l’inscription</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="95"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Date anniversaire de l’inscription (le %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Day %1 of each month</source>
        <translation>Le %1 de chaque mois</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>By post</source>
        <translation>Par courrier</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="105"/>
        <source>Reverse charge (0 %)</source>
        <translation>Autoliquidation (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Exempt (0 %)</source>
        <translation>Exonéré (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Standard, own rate %1 %</source>
        <translation>Normal, taux propre de %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>Normal (taux de l’émetteur)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="43"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="44"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="66"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="91"/>
        <source>Preparing the database…</source>
        <translation>Préparation de la base de données…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="109"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Création des données de démonstration pour %1 sociétés…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="144"/>
        <source>Prorata cannot open the database</source>
        <translation>Prorata ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation>Mettre à jour la base de données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation>Cette base de données a été écrite par une version antérieure de Prorata.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation>Son schéma doit être mis à jour (%1 → %2) avant que Prorata puisse l’ouvrir. En cas de doute, faites d’abord une sauvegarde. La mise à jour s’exécute en une seule transaction&#xa0;: elle aboutit entièrement ou ne modifie rien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation>Cette base de données ne contient encore aucun hébergeur, revendeur ni société.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation>Charger des données de démonstration pour découvrir l’application&#xa0;? Vous pouvez aussi démarrer à vide et importer vos propres données avec «&#xa0;prorata import&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation>Charger des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation>Démarrer à vide</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation>%1 sociétés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation>Combien de sociétés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be invoiced</source>
        <translation>Sera facturée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Sera reportée (sous le minimum)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Nothing to bill</source>
        <translation>Rien à facturer</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Assigned since</source>
        <translation>Attribuée depuis</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="61"/>
        <source>The newest %1 changes.</source>
        <translation>Les %1 modifications les plus récentes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="62"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln modification.</numerusform>
            <numerusform>%Ln modifications.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="66"/>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="67"/>
        <source>&amp;Changes to:</source>
        <translation>&amp;Modifications de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="69"/>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="71"/>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="72"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="73"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="73"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="74"/>
        <source>Billing settings</source>
        <translation>Paramètres de facturation</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="74"/>
        <source>Minimum charges</source>
        <translation>Minimums de facturation</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="75"/>
        <source>Currencies</source>
        <translation>Devises</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="75"/>
        <source>Billing runs</source>
        <translation>Facturations</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="76"/>
        <source>Bundle imports</source>
        <translation>Imports de bundles</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="76"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="80"/>
        <source>Anything</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="55"/>
        <source>Did</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>To</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="56"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="130"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Arrêt après les sociétés en cours de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="142"/>
        <source>Reading what is due…</source>
        <translation>Lecture des échéances…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="164"/>
        <source>Nothing is due.</source>
        <translation>Aucune échéance.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Previewing</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="167"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1&#xa0;: %2 échéances de facturation traitées sur %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="171"/>
        <source>(up to %1)</source>
        <translation>(jusqu’au %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="186"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Simulation terminée&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="187"/>
        <source>Run finished.</source>
        <translation>Facturation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="202"/>
        <source>The run stopped.</source>
        <translation>La facturation s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="218"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Simulation jusqu’au %1&#xa0;: %Ln facture serait créée, pour un total de %2.</numerusform>
            <numerusform>Simulation jusqu’au %1&#xa0;: %Ln factures seraient créées, pour un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="220"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Facturé jusqu’au %1&#xa0;: %Ln facture créée, pour un total de %2.</numerusform>
            <numerusform>Facturé jusqu’au %1&#xa0;: %Ln factures créées, pour un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="223"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln facture ou relevé aux revendeurs.</numerusform>
            <numerusform>%Ln factures ou relevés aux revendeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="225"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln société reportée sous le minimum de facturation.</numerusform>
            <numerusform>%Ln sociétés reportées sous le minimum de facturation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="227"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln société sans rien à facturer.</numerusform>
            <numerusform>%Ln sociétés sans rien à facturer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="229"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln société ignorée&#xa0;: la facturation est désactivée pour son revendeur.</numerusform>
            <numerusform>%Ln sociétés ignorées&#xa0;: la facturation est désactivée pour leur revendeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="231"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln société n’a pas pu être facturée&#xa0;: voir la ligne marquée Erreur.</numerusform>
            <numerusform>%Ln sociétés n’ont pas pu être facturées&#xa0;: voir les lignes marquées Erreur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="233"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>Rien à facturer jusqu’au %1&#xa0;: toutes les échéances sont déjà facturées.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Annulée&#xa0;: les sociétés restantes seront facturées lors de la prochaine facturation.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="240"/>
        <source>Run billing</source>
        <translation>Lancer la facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Bill &amp;up to:</source>
        <translation>Facturer &amp;jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>É&amp;mettre les factures (leur attribuer un numéro)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="243"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Si la case est décochée, la facturation crée des brouillons que vous pourrez vérifier et émettre plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="244"/>
        <source>&amp;Preview</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="245"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Affiche ce qui serait facturé, sans rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>&amp;Run billing</source>
        <translation>&amp;Lancer la facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="247"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="249"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Toutes les échéances non encore facturées jusqu’au jour choisi sont facturées, de la plus ancienne à la plus récente. Faites d’abord une simulation&#xa0;; une facturation ne facture jamais deux fois la même période.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="136"/>
        <source>Minimum charges of %1</source>
        <translation>Minimums de facturation de %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="137"/>
        <source>Minimum charges</source>
        <translation>Minimums de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>the minimum amount</source>
        <translation>le montant minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="181"/>
        <source>Billing settings</source>
        <translation>Paramètres de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="183"/>
        <source>Double-click a cell to change it; it is saved at once. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). A changed number format applies to numbers given from now on.</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#xa0;; elle est enregistrée aussitôt. Un réglage de revendeur sur «&#xa0;Comme l’hébergeur&#xa0;» suit celui de l’hébergeur. Facturation désactivée&#xa0;: les facturations ignorent les sociétés de l’émetteur (celle de l’hébergeur arrête toute facturation). Un format de numéro modifié s’applique aux numéros attribués désormais.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="186"/>
        <source>amount, e.g. %1</source>
        <translation>montant, p. ex. %1</translation>
    </message>
    <message>
        <source>amount, e.g. 5.00</source>
        <translation type="vanished">montant, p. ex. 5.00</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="188"/>
        <source>&amp;Add minimum</source>
        <translation>&amp;Ajouter un minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="191"/>
        <source>Defer to the next invoice</source>
        <translation>Reporter sur la facture suivante</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="192"/>
        <source>Top up to the minimum</source>
        <translation>Compléter jusqu’au minimum</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="278"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln de ses offres sans prix (en couleur)</numerusform>
            <numerusform>%Ln de ses offres sans prix (en couleur)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="283"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1&#xa0;: prix spécifique fixé à %2 à partir du %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="286"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1&#xa0;: prix spécifique en vigueur depuis le %2 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="290"/>
        <source>Remove own price</source>
        <translation>Supprimer le prix spécifique</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="297"/>
        <source>Prices in %1</source>
        <translation>Prix en %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="297"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="300"/>
        <source>Prices on, and changes from:</source>
        <translation>Prix au, et modifications à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="301"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Double-cliquez sur un prix spécifique pour le fixer pour cette société.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="110"/>
        <source>Seller&apos;s price</source>
        <translation>Prix du vendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="111"/>
        <source>Own price</source>
        <translation>Prix spécifique</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="111"/>
        <source>Pays</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Ce que le vendeur de la société facture à ses sociétés.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Un prix pour cette seule société&#xa0;; il prime sur le prix du vendeur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="131"/>
        <source>What billing charges this company per unit.</source>
        <translation>Ce que la facturation demande à cette société par unité.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>The company has this plan.</source>
        <translation>La société a cette offre.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="170"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Double-cliquez pour donner à cette société son propre prix à partir du jour choisi.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="104"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="172"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Son prix spécifique depuis le %1. Saisissez un montant pour le modifier à partir du jour choisi&#xa0;; videz la cellule pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="175"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>Aucun prix en %1&#xa0;: la société ne peut pas être facturée pour cette offre. Donnez-lui un prix spécifique, ou fixez le prix de son vendeur dans Prix.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="205"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>Supprimer le prix spécifique de %1 pour %2, en vigueur depuis le %3&#xa0;? Les factures déjà créées le conservent&#xa0;; les périodes facturées désormais prennent le prix alors en vigueur.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="99"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="148"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="149"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Choisissez un revendeur, une société ou un utilisateur dans l’arborescence, ou recherchez-le dans le champ au-dessus (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="181"/>
        <source>Hoster</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="182"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="183"/>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="184"/>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="185"/>
        <location filename="../ui/tenants/detail_panel.py" line="211"/>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <source>Tax ID:</source>
        <translation>Identifiant fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="186"/>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="221"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="187"/>
        <source>Currencies:</source>
        <translation>Devises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="188"/>
        <source>Resellers:</source>
        <translation>Revendeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Companies:</source>
        <translation>Sociétés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (dont %2 facturées directement)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="191"/>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="194"/>
        <source>Direct customers</source>
        <translation>Clients directs</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="195"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Sociétés que %1 facture lui-même, sans revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="201"/>
        <source>Reseller · code %1</source>
        <translation>Revendeur · code %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="220"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Billing day:</source>
        <translation>Jour de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <source>Signed up:</source>
        <translation>Inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>direct customer of the hoster</source>
        <translation>client direct de l’hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Company · code %1 · %2</source>
        <translation>Société · code %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <source>Customer code:</source>
        <translation>Code client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <source>Reseller:</source>
        <translation>Revendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <source>None (billed by the hoster)</source>
        <translation>Aucun (facturée par l’hébergeur)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <source>Invoices go:</source>
        <translation>Envoi des factures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Tax:</source>
        <translation>Taxe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>User · %1</source>
        <translation>Utilisateur · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Current subscriptions</source>
        <translation>Abonnements en cours</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Assigned plans</source>
        <translation>Offres attribuées</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Change history (%1 events, newest first)</source>
        <translation>Historique des modifications (%1 événements, les plus récents d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Plan or item</source>
        <translation>Offre ou élément</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="159"/>
        <source>Recurring extra charge</source>
        <translation>Frais supplémentaires récurrents</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="114"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="116"/>
        <source>First %1 invoices shown; scroll for more</source>
        <translation>Les %1 premières factures sont affichées&#xa0;; faites défiler pour voir la suite</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="144"/>
        <source>Manual draft #%1 created.</source>
        <translation>Brouillon manuel #%1 créé.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="150"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Nouvelle facture manuelle…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="151"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="83"/>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="117"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="118"/>
        <source>Issued &amp;by:</source>
        <translation>Émis&amp;e par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="119"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="120"/>
        <source>code, e.g. c1</source>
        <translation>code, p. ex. c1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="121"/>
        <source>&amp;Period from:</source>
        <translation>Pér&amp;iode du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="122"/>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="124"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="125"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="129"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="137"/>
        <source>Billed for %1 to %2</source>
        <translation>Facturé du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="182"/>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="196"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Devise %1, taxe %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="225"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="227"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="229"/>
        <source>line %1, quantity</source>
        <translation>ligne %1, quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="231"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="233"/>
        <source>line %1, unit price</source>
        <translation>ligne %1, prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="235"/>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="236"/>
        <source>line %1, tax rate</source>
        <translation>ligne %1, taux de taxe</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="255"/>
        <source>customer code</source>
        <translation>code client</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="263"/>
        <source>New manual invoice</source>
        <translation>Nouvelle facture manuelle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="264"/>
        <source>Customer code:</source>
        <translation>Code client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="265"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>code d’une société ou d’un revendeur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="266"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="267"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="267"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="268"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="268"/>
        <source>Tax rate (%)</source>
        <translation>Taux de taxe (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="270"/>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="272"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount (a prorated share) until its quantity or price is changed.</source>
        <translation>La facture est enregistrée comme brouillon&#xa0;; émettez-la pour lui attribuer un numéro. Les prix unitaires prennent les décimales de la devise&#xa0;; un prix négatif crée une ligne de remise. Une ligne facturée garde son montant (une part au prorata) tant que sa quantité ou son prix ne change pas.</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="39"/>
        <source>Draft #%1</source>
        <translation>Brouillon #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="40"/>
        <source>#%1 (no number)</source>
        <translation>#%1 (sans numéro)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="35"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="165"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="207"/>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="208"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Choisissez une facture dans la liste pour la consulter.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="214"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="215"/>
        <source>Issued by:</source>
        <translation>Émise par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="216"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="217"/>
        <source>Issue date:</source>
        <translation>Date d’émission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="217"/>
        <source>not issued yet</source>
        <translation>pas encore émise</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="218"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="219"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="221"/>
        <source>Corrects:</source>
        <translation>Corrige&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="227"/>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="257"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="258"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>Émettre %1 à %2 pour %3&#xa0;? Elle reçoit son numéro et ne peut plus être modifiée, seulement annulée par un avoir.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="264"/>
        <source>Issued as %1.</source>
        <translation>Émise sous le numéro %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="280"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="286"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="287"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>Supprimer %1&#xa0;? Un brouillon issu d’une facturation sera refacturé lors de la prochaine facturation.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="292"/>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="298"/>
        <source>Credit invoice</source>
        <translation>Établir un avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="299"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>Établir un avoir sur la totalité de %1&#xa0;? L’avoir est émis immédiatement et la facture est annulée.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="307"/>
        <source>Credit note %1 issued.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="313"/>
        <source>Modify invoice</source>
        <translation>Corriger la facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="314"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>Corriger %1&#xa0;? Un avoir est établi sur sa totalité et une copie en brouillon s’ouvre pour que vous la corrigiez et l’émettiez.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="322"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Avoir %1 émis&#xa0;; la copie en brouillon est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="326"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="327"/>
        <source>Subtotal:</source>
        <translation>Sous-total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="328"/>
        <source>Tax:</source>
        <translation>Taxes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="329"/>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="330"/>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="331"/>
        <source>&amp;Edit draft…</source>
        <translation>Modifier le &amp;brouillon…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="332"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>&amp;Modify…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="334"/>
        <source>C&amp;redit</source>
        <translation>Émettre un &amp;avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="335"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Établir un avoir sur cette facture et ouvrir une copie en brouillon à corriger.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="336"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Émettre un avoir sur la totalité de la facture.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="56"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="56"/>
        <source>Tax rate (%)</source>
        <translation>Taux de taxe (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="57"/>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="57"/>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="58"/>
        <source>Payment collection</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="59"/>
        <source>Email delivery</source>
        <translation>Envoi par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="64"/>
        <source>As the hoster (on)</source>
        <translation>Comme l’hébergeur (activé)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="64"/>
        <source>As the hoster (off)</source>
        <translation>Comme l’hébergeur (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="65"/>
        <location filename="../ui/billing/settings_models.py" line="100"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="65"/>
        <location filename="../ui/billing/settings_models.py" line="100"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="77"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Désactivé&#xa0;: les facturations ignorent les sociétés de l’émetteur (pour l’hébergeur&#xa0;: aucune facturation).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="78"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Un modèle avec {seq} et éventuellement {year}, tel que INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="89"/>
        <source>%1 (hoster)</source>
        <translation>%1 (hébergeur)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="102"/>
        <source>As the hoster</source>
        <translation>Comme l’hébergeur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="152"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="155"/>
        <source>About Prorata</source>
        <translation>À propos de Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="156"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Console de facturation pour hébergeurs.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="165"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="166"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="168"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="169"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="172"/>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Rechercher un compte…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="173"/>
        <source>&amp;Billing</source>
        <translation>Factu&amp;ration</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="174"/>
        <source>&amp;Run billing…</source>
        <translation>&amp;Lancer la facturation…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="175"/>
        <source>Billing &amp;settings…</source>
        <translation>&amp;Paramètres de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="176"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="177"/>
        <source>&amp;Prices</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="178"/>
        <source>I&amp;nvoices</source>
        <translation>Fact&amp;ures</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="180"/>
        <source>&amp;About Prorata</source>
        <translation>À &amp;propos de Prorata</translation>
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
        <translation>Cette opération n’a pas pu être effectuée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="169"/>
        <source>Defer to the next invoice</source>
        <translation>Reporter sur la facture suivante</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="170"/>
        <source>Top up to the minimum</source>
        <translation>Compléter jusqu’au minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="180"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="180"/>
        <location filename="../ui/billing/settings_models.py" line="214"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="181"/>
        <source>Below it</source>
        <translation>En dessous</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Company</source>
        <translation type="vanished">Société</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Billing date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="76"/>
        <source>Reseller %1</source>
        <translation>Revendeur %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="131"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="132"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="133"/>
        <source>Wholesale</source>
        <translation>Prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="134"/>
        <source>Reseller&apos;s cost</source>
        <translation>Coût revendeur</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="135"/>
        <source>Retail</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="136"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="160"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>Le prix de l’hébergeur pour tous les revendeurs.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="161"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Ce que paie ce revendeur&#xa0;: son prix négocié, sinon le prix de gros.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="162"/>
        <source>What the seller charges its companies.</source>
        <translation>Ce que le vendeur facture à ses sociétés.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="163"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Prix de vente moins le coût revendeur.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="205"/>
        <source>Missing prices in %1: %2</source>
        <translation>Prix manquants en %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="210"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Aucun prix de gros en %1&#xa0;: les sociétés de ce revendeur sur cette offre ne peuvent pas être facturées en %1. Double-cliquez pour en fixer un.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="213"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Aucun prix de vente en %1&#xa0;: les sociétés sur cette offre ne peuvent pas être facturées en %1. Double-cliquez pour en fixer un.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="218"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Prix spécifique de %1 (prix de gros&#xa0;: %2). Effacez-le pour revenir au prix de gros.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="221"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>Le prix de gros&#xa0;; saisissez un montant pour attribuer un prix spécifique à %1.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="224"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Double-cliquez pour modifier le prix à partir de la date choisie.</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="137"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (sociétés en direct)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="206"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln offre sans prix en %1 (en couleur)</numerusform>
            <numerusform>%Ln offres sans prix en %1 (en couleur)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="211"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1&#xa0;: %2 fixé à %3 à partir du %4.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="219"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Prix de %1 en %2 au %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Vendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="224"/>
        <source>&amp;Currency:</source>
        <translation>D&amp;evise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="225"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Da&amp;te des prix et des modifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="226"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale.</source>
        <translation>Double-cliquez sur un prix (ou sélectionnez-le et tapez) pour le modifier&#xa0;; le nouveau prix s’applique à partir de la date choisie, les périodes antérieures conservent le leur. Un coût en gras est le prix négocié propre au revendeur&#xa0;; effacez-le pour revenir au prix de gros.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="136"/>
        <source>Search company name or code, user email…</source>
        <translation>Rechercher une société (nom ou code), un e-mail d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="137"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Saisissez une partie du nom ou du code d’une société, d’un revendeur ou de l’e-mail d’un utilisateur&#xa0;; choisissez un résultat pour l’afficher dans l’arborescence.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="47"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="49"/>
        <source>direct customer</source>
        <translation>client direct</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · société (%3)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="52"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · utilisateur chez %3</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="68"/>
        <source>The database holds no hoster yet.</source>
        <translation>La base de données ne contient encore aucun hébergeur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="72"/>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="74"/>
        <source>Matches for “%1”: %2</source>
        <translation>Résultats pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="89"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans l’arborescence&#xa0;; appuyez sur F5 pour recharger.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="269"/>
        <location filename="../ui/tenants/tree_model.py" line="276"/>
        <source>Direct customers</source>
        <translation>Clients directs</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="289"/>
        <source>Hoster</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="290"/>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="291"/>
        <source>Companies the hoster bills directly</source>
        <translation>Sociétés facturées directement par l’hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="292"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="293"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Code / email</source>
        <translation>Code / e-mail</translation>
    </message>
</context>
</TS>
