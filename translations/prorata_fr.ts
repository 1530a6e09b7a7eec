<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Subscribed</source>
        <translation>Abonnement souscrit</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="72"/>
        <source>Quantity changed</source>
        <translation>Quantité modifiée</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="73"/>
        <source>Plan changed</source>
        <translation>Changement d’offre</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="74"/>
        <source>Cancelled</source>
        <translation>Abonnement résilié</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="75"/>
        <source>User assigned</source>
        <translation>Utilisateur affecté</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="17"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="18"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Wholesale invoice</source>
        <translation>Facture au prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <location filename="../ui/payments/words.py" line="19"/>
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
        <location filename="../ui/tenants/changes/words.py" line="43"/>
        <source>Proration</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="77"/>
        <location filename="../ui/tenants/changes/words.py" line="44"/>
        <source>Extra charge</source>
        <translation>Frais supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <location filename="../ui/tenants/changes/words.py" line="46"/>
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
        <location filename="../ui/formatting.py" line="78"/>
        <source>Recurring extra ended</source>
        <translation>Fin des frais récurrents</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Currency changed</source>
        <translation>Devise modifiée</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="80"/>
        <source>Moved to another seller</source>
        <translation>Transférée à un autre vendeur</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="81"/>
        <source>Billing term changed</source>
        <translation>Périodicité modifiée</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="82"/>
        <source>Billing day changed</source>
        <translation>Jour de facturation modifié</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="88"/>
        <source>Flat, per plan</source>
        <translation>Forfait par offre</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="89"/>
        <source>Per user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="90"/>
        <source>Per unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reseller invoices its companies</source>
        <translation>Le revendeur facture ses sociétés</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="97"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>L’hébergeur facture et encaisse</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>L’hébergeur facture, le revendeur encaisse</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="106"/>
        <source>Anniversary of signup</source>
        <translation>Date anniversaire de l’inscription</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Date anniversaire de l’inscription (jour %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Day %1 of the month each term starts</source>
        <translation>Jour %1 du mois où commence chaque période</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Day %1 of each month</source>
        <translation>Le %1 de chaque mois</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By post</source>
        <translation>Par courrier</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="124"/>
        <source>Reverse charge (0 %)</source>
        <translation>Autoliquidation (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="126"/>
        <source>Exempt (0 %)</source>
        <translation>Exonéré (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="128"/>
        <source>Standard, own rate %1 %</source>
        <translation>Normal, taux propre de %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="129"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>Normal (taux de l’émetteur)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="54"/>
        <source>Save the print batch</source>
        <translation>Enregistrer le lot d&apos;impression</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="45"/>
        <location filename="../ui/task_progress.py" line="21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="70"/>
        <source>Making the print batch…</source>
        <translation>Création du lot d&apos;impression…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="69"/>
        <location filename="../ui/delivery/post_batch.py" line="93"/>
        <location filename="../ui/delivery/post_batch.py" line="104"/>
        <location filename="../ui/delivery/post_batch.py" line="149"/>
        <location filename="../ui/delivery/post_batch.py" line="167"/>
        <source>Print-and-post batch</source>
        <translation>Lot d&apos;impression pour envoi postal</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="73"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Ajout de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="94"/>
        <source>No invoice is waiting to go by post.</source>
        <translation>Aucune facture n&apos;attend d&apos;envoi par courrier.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="105"/>
        <source>Did the batch print correctly?</source>
        <translation>Le lot s&apos;est-il imprimé correctement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="115"/>
        <source>Yes, mark them posted</source>
        <translation>Oui, les marquer comme postées</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="116"/>
        <source>No, print them again later</source>
        <translation>Non, les réimprimer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="118"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="46"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="68"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="93"/>
        <source>Preparing the database…</source>
        <translation>Préparation de la base de données…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="111"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Création des données de démonstration pour %1 sociétés…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="147"/>
        <source>This build&apos;s brand file is broken</source>
        <translation>Le fichier de marque de cette version est défectueux</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="167"/>
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
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be invoiced</source>
        <translation>Sera facturée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Sera reportée (sous le minimum)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Nothing to bill</source>
        <translation>Rien à facturer</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="29"/>
        <source>Subscribe to a plan</source>
        <translation>Souscrire une offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="30"/>
        <source>Change a quantity</source>
        <translation>Modifier une quantité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="31"/>
        <source>Change plan</source>
        <translation>Changer d’offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="32"/>
        <source>Cancel a plan</source>
        <translation>Résilier une offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="33"/>
        <source>Assign a user to a plan</source>
        <translation>Affecter un utilisateur à une offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="34"/>
        <source>Unassign a user from a plan</source>
        <translation>Retirer un utilisateur d’une offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="35"/>
        <source>Add an extra charge</source>
        <translation>Ajouter des frais supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="36"/>
        <source>End a recurring extra</source>
        <translation>Arrêter des frais récurrents</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="42"/>
        <source>In advance</source>
        <translation>À l’avance</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="45"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="62"/>
        <source>Subscribe to %1, quantity %2</source>
        <translation>Souscrire %1, quantité %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="63"/>
        <source>Subscribe to %1</source>
        <translation>Souscrire %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="65"/>
        <source>Set the quantity of %1 to %2</source>
        <translation>Passer la quantité de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="67"/>
        <source>Change %1 to %2, quantity %3</source>
        <translation>Passer de %1 à %2, quantité %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="68"/>
        <source>Change %1 to %2</source>
        <translation>Passer de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="70"/>
        <source>Cancel %1</source>
        <translation>Résilier %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="72"/>
        <source>Assign %1 to %2</source>
        <translation>Affecter %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="74"/>
        <source>Unassign %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="78"/>
        <source>Add the recurring extra %1 at %2 a period</source>
        <translation>Ajouter les frais récurrents %1 de %2 par période</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="79"/>
        <source>Add the one-off extra %1 of %2</source>
        <translation>Ajouter les frais ponctuels %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="81"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="83"/>
        <source>End the recurring extra %1</source>
        <translation>Arrêter les frais récurrents %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="85"/>
        <source>Change the currency to %1</source>
        <translation>Passer la devise à %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="90"/>
        <source>%1, from %2</source>
        <translation>%1, à partir du %2</translation>
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
        <translation>%1 × %2 × %3/%4 jours = %5</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Quarterly (every 3 months)</source>
        <translation>Trimestriel (tous les 3 mois)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Half-yearly (every 6 months)</source>
        <translation>Semestriel (tous les 6 mois)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="29"/>
        <source>%1 in advance, on day %2</source>
        <translation>%1 à l’avance, le %2 du mois</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="36"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="37"/>
        <source>%1, a whole term</source>
        <translation>%1, une période entière</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="38"/>
        <source>%1 to %2: %3 of %4 days, billed pro rata</source>
        <translation>Du %1 au %2&#xa0;: %3 jours sur %4, facturés au prorata</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="46"/>
        <source>Basis</source>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="47"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="48"/>
        <location filename="../ui/catalogue/plans_model.py" line="74"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="51"/>
        <location filename="../ui/catalogue/extras_model.py" line="38"/>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="54"/>
        <source>Retired since %1: no new subscriptions; running ones go on being billed.</source>
        <translation>Retirée depuis le %1&#xa0;: plus de nouveaux abonnements&#xa0;; ceux en cours restent facturés.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="77"/>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="17"/>
        <source>Default %1</source>
        <translation>Par défaut %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="27"/>
        <source>Retired since %1: no longer offered; extras recorded from it are unchanged.</source>
        <translation>Retiré depuis le %1&#xa0;: plus proposé&#xa0;; les frais déjà enregistrés restent inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Charged</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="20"/>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="21"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="22"/>
        <source>Payment reversed</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="23"/>
        <source>Credit applied</source>
        <translation>Crédit imputé</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="24"/>
        <source>Payout to reseller</source>
        <translation>Reversement au revendeur</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="30"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="31"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="32"/>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="33"/>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="34"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="44"/>
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="45"/>
        <source>1–30 days</source>
        <translation>1 à 30 jours</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="46"/>
        <source>31–60 days</source>
        <translation>31 à 60 jours</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="47"/>
        <source>61–90 days</source>
        <translation>61 à 90 jours</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="48"/>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="57"/>
        <source>Check bounced</source>
        <translation>Chèque impayé</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="58"/>
        <source>Direct debit returned</source>
        <translation>Prélèvement rejeté</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>Rétrofacturation carte</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="60"/>
        <source>Transfer recalled by the bank</source>
        <translation>Virement rappelé par la banque</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="37"/>
        <location filename="../ui/delivery/review_import.py" line="42"/>
        <location filename="../ui/delivery/review_import.py" line="63"/>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>Import review answers</source>
        <translation>Importer les réponses de vérification</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="38"/>
        <source>Review answers (*.json);;All files (*)</source>
        <translation>Réponses de vérification (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="43"/>
        <source>Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)</source>
        <translation>Émettre maintenant les brouillons approuvés par le vérificateur&#xa0;? (Non&#xa0;: les approbations sont notées et ils restent des brouillons.)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="64"/>
        <source>Applying the review answers…</source>
        <translation>Application des réponses de la relecture…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="70"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Enregistrement des PDF des factures émises : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="86"/>
        <source>Issued: %n</source>
        <translation>Émises&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="87"/>
        <source>Approved, still drafts: %n</source>
        <translation>Approuvées, encore en brouillon&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="88"/>
        <source>Held with the reviewer&apos;s comment: %n</source>
        <translation>Retenues avec le commentaire du vérificateur&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="89"/>
        <source>Imported before, nothing changed: %n</source>
        <translation>Déjà importées, rien n&apos;a changé&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="94"/>
        <source>Notes: %n</source>
        <translation>Remarques&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="97"/>
        <source>Refused: %n</source>
        <translation>Refusées&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="100"/>
        <source>PDFs not stored yet: %n (each is made when its invoice is first shown, sent or printed)</source>
        <translation>PDF pas encore enregistrés : %n (chacun est créé lorsque sa facture est affichée, envoyée ou imprimée pour la première fois)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="102"/>
        <source>The file has no answers.</source>
        <translation>Le fichier ne contient aucune réponse.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>The review answers were imported.</source>
        <translation>Les réponses de vérification ont été importées.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="26"/>
        <location filename="../ui/payments/collection_words.py" line="27"/>
        <location filename="../ui/payments/collection_words.py" line="28"/>
        <source>The card was declined.</source>
        <translation>La carte a été refusée.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="29"/>
        <source>Not enough funds on the card.</source>
        <translation>Fonds insuffisants sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="30"/>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="31"/>
        <source>The card&apos;s security code was wrong.</source>
        <translation>Le cryptogramme de la carte était erroné.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="32"/>
        <source>The card number was wrong.</source>
        <translation>Le numéro de carte était erroné.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="33"/>
        <source>The card was reported lost.</source>
        <translation>La carte a été déclarée perdue.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="34"/>
        <source>The card was reported stolen.</source>
        <translation>La carte a été déclarée volée.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="35"/>
        <source>The bank suspects fraud and declined the card.</source>
        <translation>La banque soupçonne une fraude et a refusé la carte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="36"/>
        <source>The card does not support this kind of payment.</source>
        <translation>La carte ne permet pas ce type de paiement.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="37"/>
        <source>The bank wants the cardholder to confirm the payment.</source>
        <translation>La banque demande au titulaire de la carte de confirmer le paiement.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="38"/>
        <source>The processor had an error; try again later.</source>
        <translation>Le prestataire de paiement a rencontré une erreur ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="46"/>
        <source>No answer from the processor: not known yet whether the card was charged. It is never charged twice: the next collection asks the processor first.</source>
        <translation>Pas de réponse du prestataire de paiement : on ne sait pas encore si la carte a été débitée. Elle n&apos;est jamais débitée deux fois : le prochain encaissement interroge d&apos;abord le prestataire.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="49"/>
        <source>The charge is still being made by someone else; look again later.</source>
        <translation>Le débit est en cours par quelqu&apos;un d&apos;autre ; vérifiez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="54"/>
        <source>Not collected.</source>
        <translation>Non encaissé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>ACH debit</source>
        <translation>Prélèvement ACH</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="55"/>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="56"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="92"/>
        <source>code or name</source>
        <translation>code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="93"/>
        <source>Issued &amp;by:</source>
        <translation>Émise &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="94"/>
        <source>Cu&amp;rrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="95"/>
        <source>Only with a balance</source>
        <translation>Seulement avec un solde</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="96"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="173"/>
        <source>%1: open invoices less credit, plus %2 still to collect from the reseller on its statements</source>
        <translation>%1 : factures ouvertes moins le crédit, plus %2 restant à encaisser auprès du revendeur sur ses relevés</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="176"/>
        <source>%1: open invoices less credit, less %2 still to pay out to the reseller on its statements</source>
        <translation>%1 : factures ouvertes moins le crédit, moins %2 restant à reverser au revendeur sur ses relevés</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../ui/payments/account_panel.py" line="160"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="192"/>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="193"/>
        <source>Pick an account in the list to see its ledger and open invoices.</source>
        <translation>Choisissez un compte dans la liste pour voir ses écritures et ses factures ouvertes.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="197"/>
        <source>Account with %1 in %2</source>
        <translation>Compte chez %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>Écritures (%Ln)</numerusform>
            <numerusform>Écritures (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="216"/>
        <source>Open invoices (%1)</source>
        <translation>Factures ouvertes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="277"/>
        <source>Payment #%1 recorded: %2, %3 left as credit.</source>
        <translation>Paiement n° %1 enregistré&#xa0;: %2, %3 restent en crédit.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="287"/>
        <source>Refund recorded.</source>
        <translation>Remboursement enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="294"/>
        <source>Payment reversed; open again: %1.</source>
        <translation>Paiement annulé&#xa0;; de nouveau ouvertes&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="295"/>
        <source>no invoice</source>
        <translation>aucune facture</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="302"/>
        <source>Credit applied to %1.</source>
        <translation>Crédit imputé sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="336"/>
        <source>Statement written to %1.</source>
        <translation>Relevé enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="337"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="338"/>
        <source>The statement is written to %1.</source>
        <translation>Le relevé a été enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="341"/>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="353"/>
        <source>To collect:</source>
        <translation>À encaisser&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="357"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="358"/>
        <source>Credit:</source>
        <translation>Crédit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="359"/>
        <source>Owed outside invoices:</source>
        <translation>Dû hors factures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="360"/>
        <source>Money the customer owes on no invoice: a refund paid out of a payment that then bounced or was returned. Open invoices plus this, less the credit, is what the customer owes.</source>
        <translation>Argent que le client doit hors de toute facture&#xa0;: un remboursement versé sur un paiement ensuite rejeté ou retourné. Les factures ouvertes plus ce montant, moins le crédit, sont ce que doit le client.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="364"/>
        <source>Statements:</source>
        <translation>Relevés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="365"/>
        <source>Paid out:</source>
        <translation>Reversé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="354"/>
        <source>To pay out:</source>
        <translation>À reverser&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="367"/>
        <source>The reseller&apos;s statements (its margins and the VAT collected in its name) are owed to it; the payouts made against them are subtracted. What is left is still to pay out: the balance is the open invoices plus what is owed outside invoices, less the credit and less what is to pay out, negative when more is owed to the reseller than by it.</source>
        <translation>Les relevés du revendeur (ses marges et la TVA encaissée en son nom) lui sont dus&#xa0;; les reversements effectués sont déduits. Le reste est encore à reverser&#xa0;: le solde est les factures ouvertes plus ce qui est dû hors factures, moins le crédit et moins ce qui reste à reverser, négatif quand on doit plus au revendeur qu&apos;il ne doit.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="374"/>
        <source>Overdue:</source>
        <translation>En retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="375"/>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="376"/>
        <source>Re&amp;fund…</source>
        <translation>Rem&amp;bourser…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="377"/>
        <source>Re&amp;verse…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="378"/>
        <source>Apply &amp;credit…</source>
        <translation>Imputer le &amp;crédit…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="379"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Relevé…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="380"/>
        <source>The customer&apos;s statement of account for a period, as a PDF.</source>
        <translation>Le relevé de compte du client pour une période, en PDF.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="381"/>
        <source>A payment that did not hold: a bounced check, a returned debit.</source>
        <translation>Un paiement qui n’a pas tenu&#xa0;: un chèque impayé, un prélèvement rejeté.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="310"/>
        <source>Payout PO-%1 of %2 recorded.</source>
        <translation>Reversement PO-%1 de %2 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="321"/>
        <source>Payout PO-%1 reversed: %2 is owed to the reseller again.</source>
        <translation>Reversement PO-%1 annulé&#xa0;: %2 est de nouveau dû au revendeur.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="382"/>
        <source>Pay &amp;out…</source>
        <translation>Re&amp;verser…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="383"/>
        <source>Record that the hoster paid the reseller what it owes it on its statements.</source>
        <translation>Enregistrer que l’hébergeur a reversé au revendeur ce qu’il lui doit sur ses relevés.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="385"/>
        <source>Reverse pa&amp;yout…</source>
        <translation>Annuler un reversemen&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="386"/>
        <source>A payout that did not hold (its transfer bounced, it was entered twice): pick it in the ledger.</source>
        <translation>Un reversement qui n’a pas tenu (son virement a été rejeté, il a été saisi deux fois)&#xa0;: choisissez-le dans les écritures.</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Unapplied credit</source>
        <translation>Crédit non imputé</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Owed outside invoices</source>
        <translation>Dû hors factures</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To pay out</source>
        <translation>À reverser</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To collect</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="97"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="248"/>
        <source>Open %1 by days overdue: all issuers</source>
        <translation>Restant dû en %1 par jours de retard&#xa0;: tous les émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="249"/>
        <source>Open %1 by days overdue: %2</source>
        <translation>Restant dû en %1 par jours de retard&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="256"/>
        <source>Every issuer</source>
        <translation>Tous les émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="263"/>
        <source>&amp;As of:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="264"/>
        <source>&amp;Issued by:</source>
        <translation>Émise &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="265"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="266"/>
        <source>Days overdue count from each invoice&apos;s due date. Credit is netted into the buckets, oldest invoice first; what is left of it is unapplied credit. Money owed outside invoices (a refund whose payment then bounced) has its own column: open plus it, less credit, is what the customers owe. What resellers&apos; statements leave to pay out to them, once the payouts are counted, has a column of its own, in no bucket: it is owed to them, not by them. What resellers owe on their statements (a statement that nets against the reseller) is to collect, in a column of its own too.</source>
        <translation>Les jours de retard comptent à partir de l&apos;échéance de chaque facture. Le crédit est imputé sur les tranches, en commençant par la facture la plus ancienne&#xa0;; ce qu&apos;il en reste est du crédit non imputé. L&apos;argent dû hors factures (un remboursement dont le paiement a ensuite été rejeté) a sa propre colonne&#xa0;: le restant dû plus ce montant, moins le crédit, est ce que doivent les clients. Ce que les relevés des revendeurs laissent à leur reverser, une fois les reversements déduits, a sa propre colonne, hors tranches&#xa0;: c&apos;est dû aux revendeurs, non par eux. Ce que les revendeurs doivent sur leurs relevés (un relevé qui se solde en leur défaveur) est à encaisser, dans une colonne à part également.</translation>
    </message>
</context>
<context>
    <name>AllocationEditor</name>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="121"/>
        <source>%1 more than %2: allocate less.</source>
        <translation>%1 de plus que %2&#xa0;: affectez moins.</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the payment</source>
        <translation>le paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the credit</source>
        <translation>le crédit</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="132"/>
        <source>Left as credit: %1</source>
        <translation>Reste en crédit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="133"/>
        <source>Credit left: %1</source>
        <translation>Crédit restant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="139"/>
        <source>Oldest invoices first</source>
        <translation>Factures les plus anciennes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="140"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>To allocate</source>
        <translation>À affecter</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="147"/>
        <source>Type the amount to allocate to %1 (at most %2).</source>
        <translation>Saisissez le montant à affecter à %1 (au plus %2).</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="109"/>
        <source>an amount to apply</source>
        <translation>un montant à imputer</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <location filename="../ui/payments/credit_dialog.py" line="121"/>
        <location filename="../ui/payments/credit_dialog.py" line="134"/>
        <source>Apply credit</source>
        <translation>Imputer le crédit</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <source>Apply %1 of credit?</source>
        <translation>Imputer %1 de crédit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit available: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Crédit disponible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="128"/>
        <source>%1 of the credit is held by %2, who collects none of these invoices: it pays none of them and stays credit.</source>
        <translation>%1 du crédit est détenu par %2, qui n’encaisse aucune de ces factures&#xa0;: il n’en paie aucune et reste en crédit.</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="132"/>
        <source>&amp;Applied on:</source>
        <translation>Imputé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="133"/>
        <source>Apply to:</source>
        <translation>Imputer sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation>Attribuée depuis</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>La %Ln modification la plus récente.</numerusform>
            <numerusform>Les %Ln modifications les plus récentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln modification.</numerusform>
            <numerusform>%Ln modifications.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="108"/>
        <source>Select a change to see its details.</source>
        <translation>Sélectionnez un changement pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="119"/>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="120"/>
        <source>&amp;Changes to:</source>
        <translation>&amp;Modifications de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="121"/>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="122"/>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="123"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="124"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="126"/>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="127"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Resellers</source>
        <translation>Revendeurs</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Extra items</source>
        <translation>Articles supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Billing settings</source>
        <translation>Paramètres de facturation</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Minimum charges</source>
        <translation>Minimums de facturation</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Currencies</source>
        <translation>Devises</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Invoice templates</source>
        <translation>Modèles de facture</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Billing runs</source>
        <translation>Facturations</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Bundle imports</source>
        <translation>Imports de bundles</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="134"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="138"/>
        <source>Anything</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="84"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="182"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Arrêt après les sociétés en cours de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="194"/>
        <source>Reading what is due…</source>
        <translation>Lecture des échéances…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Enregistrement des PDF des factures émises : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="239"/>
        <source>Nothing is due.</source>
        <translation>Aucune échéance.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Previewing</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1&#xa0;: %2 échéances de facturation traitées sur %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>(up to %1)</source>
        <translation>(jusqu’au %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="266"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Simulation terminée&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="267"/>
        <source>Run finished.</source>
        <translation>Facturation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="286"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="301"/>
        <source>The run stopped.</source>
        <translation>La facturation s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Simulation jusqu’au %1&#xa0;: %Ln facture serait créée, pour un total de %2.</numerusform>
            <numerusform>Simulation jusqu’au %1&#xa0;: %Ln factures seraient créées, pour un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Facturé jusqu’au %1&#xa0;: %Ln facture créée, pour un total de %2.</numerusform>
            <numerusform>Facturé jusqu’au %1&#xa0;: %Ln factures créées, pour un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln facture ou relevé aux revendeurs.</numerusform>
            <numerusform>%Ln factures ou relevés aux revendeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln société reportée sous le minimum de facturation.</numerusform>
            <numerusform>%Ln sociétés reportées sous le minimum de facturation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln société sans rien à facturer.</numerusform>
            <numerusform>%Ln sociétés sans rien à facturer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln société ignorée&#xa0;: la facturation est désactivée pour son revendeur.</numerusform>
            <numerusform>%Ln sociétés ignorées&#xa0;: la facturation est désactivée pour leur revendeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln société n’a pas pu être facturée&#xa0;: voir la ligne marquée Erreur.</numerusform>
            <numerusform>%Ln sociétés n’ont pas pu être facturées&#xa0;: voir les lignes marquées Erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln règlement avec un revendeur n&apos;a pas pu être fait : voir la ligne marquée Erreur.</numerusform>
            <numerusform>%Ln règlements avec des revendeurs n&apos;ont pas pu être faits : voir les lignes marquées Erreur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="340"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>Rien à facturer jusqu’au %1&#xa0;: toutes les échéances sont déjà facturées.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="343"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Annulée&#xa0;: les sociétés restantes seront facturées lors de la prochaine facturation.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="147"/>
        <location filename="../ui/billing/run_dialog.py" line="353"/>
        <source>Run billing</source>
        <translation>Lancer la facturation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>Écrire %Ln facture jusqu’au %1, pour un total de %2, comme l’a montré l’aperçu&#xa0;?</numerusform>
            <numerusform>Écrire %Ln factures jusqu’au %1, pour un total de %2, comme l’a montré l’aperçu&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>Et %Ln facture ou relevé aux revendeurs.</numerusform>
            <numerusform>Et %Ln factures ou relevés aux revendeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>You have not previewed this run. Bill every company up to %1 now?</source>
        <translation>Vous n’avez pas vu l’aperçu de cette facturation. Facturer maintenant toutes les sociétés jusqu’au %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="169"/>
        <source>The invoices will be issued: they get numbers and can no longer be changed, only credited.</source>
        <translation>Les factures seront émises&#xa0;: elles reçoivent un numéro et ne peuvent plus être modifiées, seulement annulées par un avoir.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="172"/>
        <source>The invoices will be drafts: you can check them and issue them later.</source>
        <translation>Les factures seront des brouillons&#xa0;: vous pourrez les vérifier et les émettre plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="180"/>
        <source>Stopping after the PDFs being made now…</source>
        <translation>Arrêt après les PDF en cours de création…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln PDF enregistré tel qu&apos;émis.</numerusform>
            <numerusform>%Ln PDF enregistrés tels qu&apos;émis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="348"/>
        <source>PDFs not stored yet are made when each invoice is first shown, sent or printed.</source>
        <translation>Les PDF pas encore enregistrés sont créés lorsque chaque facture est affichée, envoyée ou imprimée pour la première fois.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="354"/>
        <source>Bill &amp;up to:</source>
        <translation>Facturer &amp;jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="355"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>É&amp;mettre les factures (leur attribuer un numéro)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="356"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Si la case est décochée, la facturation crée des brouillons que vous pourrez vérifier et émettre plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="357"/>
        <source>&amp;Preview</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="358"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Affiche ce qui serait facturé, sans rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="148"/>
        <location filename="../ui/billing/run_dialog.py" line="359"/>
        <source>&amp;Run billing</source>
        <translation>&amp;Lancer la facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="360"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="362"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Toutes les échéances non encore facturées jusqu’au jour choisi sont facturées, de la plus ancienne à la plus récente. Faites d’abord une simulation&#xa0;; une facturation ne facture jamais deux fois la même période.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="164"/>
        <source>Minimum charges of %1</source>
        <translation>Minimums de facturation de %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>Minimum charges</source>
        <translation>Minimums de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="180"/>
        <source>%1 (hoster)</source>
        <translation>%1 (hébergeur)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="207"/>
        <source>Switch off invoicing for %1?</source>
        <translation>Désactiver la facturation pour %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="208"/>
        <source>Switch off payment collection for %1?</source>
        <translation>Désactiver l’encaissement pour %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="210"/>
        <source>Stop taking checks for %1?</source>
        <translation>Ne plus accepter de chèques pour %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="212"/>
        <source>Billing runs will stop altogether.</source>
        <translation>Plus aucune facturation ne sera lancée.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="214"/>
        <source>Prorata will no longer collect payment of %1&apos;s invoices.</source>
        <translation>Prorata n’encaissera plus le paiement des factures de %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="216"/>
        <source>A check paid to %1 will be refused when it is recorded.</source>
        <translation>Un chèque payé à %1 sera refusé à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="221"/>
        <source>Resellers set to “As the hoster” are switched off too.</source>
        <translation>Les revendeurs réglés sur «&#xa0;Comme l’hébergeur&#xa0;» sont aussi désactivés.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="222"/>
        <source>Switch off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="226"/>
        <source>Change the tax rate of %1?</source>
        <translation>Modifier le taux de taxe de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="228"/>
        <source>Invoices billed from now on are taxed at the new rate; issued ones keep theirs.</source>
        <translation>Les factures établies désormais appliquent le nouveau taux&#xa0;; les factures émises gardent le leur.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="229"/>
        <location filename="../ui/billing/settings_dialog.py" line="234"/>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Save change</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="231"/>
        <source>Change the invoice numbers of %1?</source>
        <translation>Modifier les numéros de facture de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="233"/>
        <source>Numbers given from now on follow the new format; the sequence carries on.</source>
        <translation>Les numéros attribués désormais suivent le nouveau format&#xa0;; la séquence continue.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="238"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="248"/>
        <source>Remove the minimum charge of %1 in %2?</source>
        <translation>Supprimer le minimum de facturation de %1 en %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="249"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="251"/>
        <source>Change the minimum charge of %1 in %2?</source>
        <translation>Modifier le minimum de facturation de %1 en %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="254"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="255"/>
        <source>Applies to invoices billed from now on.</source>
        <translation>S’applique aux factures établies désormais.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="284"/>
        <source>the minimum amount</source>
        <translation>le montant minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="302"/>
        <source>Double-click a cell to change it. Switching something off, or changing a tax rate, a number format or a minimum charge, asks before it is saved. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). Checks off: checks are refused as payment.</source>
        <translation>Double-cliquez sur une cellule pour la modifier. Désactiver un réglage, ou modifier un taux de taxe, un format de numéro ou un minimum de facturation, demande confirmation avant l’enregistrement. Un réglage de revendeur sur «&#xa0;Comme l’hébergeur&#xa0;» suit celui de l’hébergeur. Facturation désactivée&#xa0;: les facturations ignorent les sociétés de l’émetteur (celle de l’hébergeur arrête toute facturation). Chèques désactivés&#xa0;: les chèques sont refusés comme paiement.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="185"/>
        <location filename="../ui/billing/settings_dialog.py" line="300"/>
        <source>Billing settings</source>
        <translation>Paramètres de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="209"/>
        <source>Switch off email delivery for %1?</source>
        <translation>Désactiver l’envoi par e-mail pour %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="213"/>
        <source>Billing runs will skip %1&apos;s companies.</source>
        <translation>Les facturations ignoreront les sociétés de %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="215"/>
        <source>%1&apos;s invoices will no longer be sent by email.</source>
        <translation>Les factures de %1 ne seront plus envoyées par e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="306"/>
        <source>amount, e.g. %1</source>
        <translation>montant, p. ex. %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="308"/>
        <source>&amp;Add minimum</source>
        <translation>&amp;Ajouter un minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="311"/>
        <source>Defer to the next invoice</source>
        <translation>Reporter sur la facture suivante</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="312"/>
        <source>Top up to the minimum</source>
        <translation>Compléter jusqu’au minimum</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="49"/>
        <source>A name in at least one language</source>
        <translation>Un nom dans au moins une langue</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="394"/>
        <source>Plan %1 takes new subscriptions again.</source>
        <translation>L’offre %1 accepte de nouveau des abonnements.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="395"/>
        <source>Extra item %1 is offered again.</source>
        <translation>L’article %1 est de nouveau proposé.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="412"/>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="413"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="414"/>
        <source>Extra items</source>
        <translation>Articles supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="415"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouvelle offre…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="416"/>
        <location filename="../ui/catalogue/editor.py" line="424"/>
        <location filename="../ui/catalogue/editor.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="417"/>
        <location filename="../ui/catalogue/editor.py" line="427"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="418"/>
        <source>No new subscriptions from a day on; running ones go on being billed</source>
        <translation>Plus de nouveaux abonnements à partir d’un jour&#xa0;; ceux en cours restent facturés</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="419"/>
        <location filename="../ui/catalogue/editor.py" line="428"/>
        <source>&amp;Unretire</source>
        <translation>&amp;Remettre en service</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="420"/>
        <source>Take the retirement back: the plan takes new subscriptions again</source>
        <translation>Annuler le retrait&#xa0;: l’offre accepte de nouveau des abonnements</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="421"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Prix…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="422"/>
        <source>Show the plan in the price matrix</source>
        <translation>Afficher l’offre dans la grille de prix</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="423"/>
        <source>&amp;New service…</source>
        <translation>&amp;Nouveau service…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="425"/>
        <source>&amp;New item…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="75"/>
        <source>Record a change · %1</source>
        <translation>Enregistrer un changement · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="88"/>
        <source>keep the quantity it has</source>
        <translation>garder la quantité actuelle</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="94"/>
        <source>&amp;Bill it every period until it is ended</source>
        <translation>&amp;Facturer à chaque période jusqu’à l’arrêt</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="95"/>
        <source>&amp;Change:</source>
        <translation>&amp;Changement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="97"/>
        <source>The day it takes effect; a day already invoiced is corrected on the next invoice.</source>
        <translation>Le jour où il prend effet&#xa0;; un jour déjà facturé est corrigé sur la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="103"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="104"/>
        <source>&amp;New plan:</source>
        <translation>&amp;Nouvelle offre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="105"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="106"/>
        <source>E&amp;xtra:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="107"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="108"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="109"/>
        <source>Recurring:</source>
        <translation>Récurrent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="125"/>
        <source>&amp;Save the change</source>
        <translation>&amp;Enregistrer le changement</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="156"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="181"/>
        <source>Nothing to preview.</source>
        <translation>Rien à prévisualiser.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="209"/>
        <source>No plan to choose on this day</source>
        <translation>Aucune offre à choisir à cette date</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="212"/>
        <source>The extra-item catalogue is empty</source>
        <translation>Le catalogue des articles supplémentaires est vide</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="214"/>
        <source>%1 · %2 a period%3</source>
        <translation>%1 · %2 par période%3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="217"/>
        <source>No recurring extra runs on this day</source>
        <translation>Aucun frais récurrent en cours à cette date</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="218"/>
        <source>In %1, the company&apos;s currency on this day; a minus for a credit.</source>
        <translation>En %1, la devise de la société à cette date&#xa0;; un signe moins pour un crédit.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="220"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="238"/>
        <source>No other plan to change to</source>
        <translation>Aucune autre offre vers laquelle changer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="243"/>
        <source>Every user has this plan</source>
        <translation>Tous les utilisateurs ont cette offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="247"/>
        <source>No user has this plan</source>
        <translation>Aucun utilisateur n’a cette offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="249"/>
        <source>The whole company</source>
        <translation>Toute la société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="268"/>
        <source>units</source>
        <translation>unités</translation>
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
            <numerusform>%1 · %Ln utilisateur</numerusform>
            <numerusform>%1 · %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="316"/>
        <source>The catalogue has no plans yet. Add them on the Catalogue tab, under Plans; then subscribe the company here.</source>
        <translation>Le catalogue ne contient encore aucune offre. Ajoutez-en dans l’onglet Catalogue, sous Offres&#xa0;; souscrivez-la ensuite ici pour la société.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="318"/>
        <source>The company already has every plan the catalogue offers on this day: there is no plan left to subscribe to.</source>
        <translation>La société a déjà toutes les offres du catalogue à cette date&#xa0;: il ne reste aucune offre à souscrire.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="320"/>
        <source>The company has no plan billed per unit on this day, so there is no quantity to change. Only a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or pick another day.</source>
        <translation>La société n’a aucune offre facturée par unité à cette date&#xa0;: il n’y a donc aucune quantité à modifier. Seule une offre par unité (sites, boîtes aux lettres…) a une quantité&#xa0;: faites d’abord souscrire une telle offre à la société, ou choisissez une autre date.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="324"/>
        <source>The company subscribes to no plan on this day: there is no plan to change or cancel.</source>
        <translation>La société n’a souscrit aucune offre à cette date&#xa0;: il n’y a aucune offre à changer ou à résilier.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="326"/>
        <source>There is no other plan to change to: the company already has every plan the catalogue offers on this day.</source>
        <translation>Il n’y a aucune autre offre vers laquelle changer&#xa0;: la société a déjà toutes les offres du catalogue à cette date.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="328"/>
        <source>The company has no plan billed per user on this day: there is no plan to assign a user to or unassign a user from.</source>
        <translation>La société n’a aucune offre facturée par utilisateur à cette date&#xa0;: il n’y a aucune offre à laquelle affecter ou retirer un utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="330"/>
        <source>The company has no users yet. Add one with New user… in the tenant tree; then assign it to a plan here.</source>
        <translation>La société n’a encore aucun utilisateur. Ajoutez-en un avec «&#xa0;Nouvel utilisateur…&#xa0;» dans l’arborescence des clients&#xa0;; affectez-le ensuite ici à une offre.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="332"/>
        <source>No user of the company is assigned to a plan on this day: there is nobody to unassign.</source>
        <translation>Aucun utilisateur de la société n’est affecté à une offre à cette date&#xa0;: il n’y a personne à retirer.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="334"/>
        <source>The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items (New item…); then add one to the company here.</source>
        <translation>Le catalogue ne contient encore aucuns frais supplémentaires. Ajoutez-les dans l’onglet Catalogue, sous Articles supplémentaires («&#xa0;Nouvel article…&#xa0;»)&#xa0;; ajoutez-en ensuite ici à la société.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="336"/>
        <source>No recurring extra runs for this company on this day: there is nothing to end.</source>
        <translation>Aucuns frais récurrents ne courent pour cette société à cette date&#xa0;: il n’y a rien à arrêter.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="459"/>
        <source>%1: choose another plan or another kind of change.</source>
        <translation>%1&#xa0;: choisissez une autre offre ou un autre type de changement.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="468"/>
        <source>The catalogue has no amount for %1 in %2: type the amount to charge.</source>
        <translation>Le catalogue n’a pas de montant pour %1 en %2&#xa0;: saisissez le montant à facturer.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="469"/>
        <source>Type the amount to charge, in %2.</source>
        <translation>Saisissez le montant à facturer, en %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="483"/>
        <source>Working out the next invoice…</source>
        <translation>Calcul de la prochaine facture…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="500"/>
        <source>Saving records: %1.</source>
        <translation>Enregistre&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="503"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>La prochaine facture ne peut pas encore être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="505"/>
        <source>The change can be saved, but billing needs what is said above.</source>
        <translation>Le changement peut être enregistré, mais la facturation a besoin de ce qui est indiqué ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="519"/>
        <source>This change cannot be recorded as it stands: see the reason above.</source>
        <translation>Ce changement ne peut pas être enregistré en l’état&#xa0;: voir la raison ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="580"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="594"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="600"/>
        <source>Change recorded: %1</source>
        <translation>Changement enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="71"/>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="72"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="75"/>
        <source>Someone else deleted or moved this record after you opened it.</source>
        <translation>Quelqu’un d’autre a supprimé ou déplacé cet enregistrement après que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="76"/>
        <source>It can no longer be saved here.</source>
        <translation>Il ne peut plus être enregistré ici.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="78"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Quelqu’un d’autre a modifié cet enregistrement après que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="79"/>
        <source>Their change:</source>
        <translation>Leur modification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="80"/>
        <source>Your edits stay as typed. Reload shows their version instead of what you typed.</source>
        <translation>Vos saisies restent telles quelles. « Recharger » affiche l’autre version à la place de ce que vous avez saisi.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../ui/payments/collection_view.py" line="166"/>
        <source>Folder for the bank files</source>
        <translation>Dossier des fichiers bancaires</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="187"/>
        <source>Counting what is open…</source>
        <translation>Décompte de ce qui est ouvert…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="205"/>
        <source>Nothing to collect up to %1.</source>
        <translation>Rien à encaisser jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="209"/>
        <source>Choose a folder for the bank files first.</source>
        <translation>Choisissez d&apos;abord un dossier pour les fichiers bancaires.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>Encaisser %Ln facture émise jusqu&apos;au %1, %2 au total ?</numerusform>
            <numerusform>Encaisser %Ln factures émises jusqu&apos;au %1, %2 au total ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="221"/>
        <source>Nothing to collect up to %1. Apply the customers&apos; credit to the invoices it settles?</source>
        <translation>Rien à encaisser jusqu&apos;au %1. Imputer le crédit des clients sur les factures qu&apos;il règle&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln réglée d&apos;abord par le crédit du client, non encaissée.</numerusform>
            <numerusform>%Ln réglées d&apos;abord par le crédit des clients, non encaissées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln débitée maintenant sur une carte enregistrée.</numerusform>
            <numerusform>%Ln débitées maintenant sur une carte enregistrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln prélevée le %1, dans des fichiers bancaires écrits dans %2.</numerusform>
            <numerusform>%Ln prélevées le %1, dans des fichiers bancaires écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="237"/>
        <source>Collect payments</source>
        <translation>Encaisser les paiements</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="238"/>
        <source>&amp;Collect</source>
        <translation>&amp;Encaisser</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="259"/>
        <source>Asking the processors about charges left unanswered…</source>
        <translation>Interrogation des prestataires sur les débits restés sans réponse…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="267"/>
        <source>Stopping after the payment being collected now…</source>
        <translation>Arrêt après le paiement en cours d&apos;encaissement…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="279"/>
        <source>Collecting: %1 of %2 done</source>
        <translation>Encaissement : %1 sur %2 terminés</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the SEPA file</source>
        <translation>écriture du fichier SEPA</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the ACH file</source>
        <translation>écriture du fichier ACH</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="285"/>
        <source>(charging %1)</source>
        <translation>(débit de %1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="295"/>
        <source>Collection cancelled.</source>
        <translation>Encaissement annulé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="296"/>
        <source>Collection finished.</source>
        <translation>Encaissement terminé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="307"/>
        <source>The collection stopped.</source>
        <translation>L&apos;encaissement s&apos;est arrêté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>%Ln facture laissée de côté : ni carte enregistrée, ni mandat, ni autorisation.</numerusform>
            <numerusform>%Ln factures laissées de côté : ni carte enregistrée, ni mandat, ni autorisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>%Ln facture laissée de côté : l&apos;encaissement est désactivé pour son émetteur.</numerusform>
            <numerusform>%Ln factures laissées de côté : l&apos;encaissement est désactivé pour leur émetteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>%Ln facture encaissée, %1.</numerusform>
            <numerusform>%Ln factures encaissées, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="327"/>
        <source>Nothing was collected.</source>
        <translation>Rien n&apos;a été encaissé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>Dont %Ln par prélèvement : envoyez le fichier bancaire ci-dessous à la banque.</numerusform>
            <numerusform>Dont %Ln par prélèvement : envoyez les fichiers bancaires ci-dessous à la banque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>%Ln à suivre : voir la liste ci-dessous.</numerusform>
            <numerusform>%Ln à suivre : voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>%Ln facture réglée par le crédit du client (%1), non encaissée.</numerusform>
            <numerusform>%Ln factures réglées par le crédit des clients (%1), non encaissées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="343"/>
        <source>Cancelled: what was collected stays collected; the rest is collected by the next run.</source>
        <translation>Annulé : ce qui a été encaissé le reste ; le reste sera encaissé au prochain passage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>%Ln fichier bancaire écrit dans %1&#xa0;: %2</numerusform>
            <numerusform>%Ln fichiers bancaires écrits dans %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="361"/>
        <source>To follow up (%1)</source>
        <translation>À suivre (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="383"/>
        <source>%1 has no account in %2.</source>
        <translation>%1 n&apos;a pas de compte en %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="392"/>
        <source>Collects the issued, open invoices of customers with a saved card (charged now through the processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers with payment collection switched off are left alone. Nothing is ever charged twice.</source>
        <translation>Encaisse les factures émises et ouvertes des clients ayant une carte enregistrée (débitée maintenant via le prestataire) ou un mandat SEPA ou une autorisation ACH (un fichier bancaire à envoyer à la banque). Les émetteurs dont l&apos;encaissement est désactivé ne sont pas touchés. Rien n&apos;est jamais débité deux fois.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="395"/>
        <source>Invoices issued &amp;up to:</source>
        <translation>Factures émises &amp;jusqu&apos;au :</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="396"/>
        <source>Direct debits &amp;due on:</source>
        <translation>&amp;Prélèvements à échéance le :</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="397"/>
        <source>Bank files &amp;in:</source>
        <translation>Fichiers bancaires &amp;dans :</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="398"/>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="400"/>
        <source>&amp;Collect…</source>
        <translation>&amp;Encaisser…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="401"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="402"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="403"/>
        <source>Show the customer&apos;s &amp;account</source>
        <translation>Afficher le &amp;compte du client</translation>
    </message>
</context>
<context>
    <name>CompanyChanges</name>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="124"/>
        <source>Change #%1 undone.</source>
        <translation>Changement n° %1 annulé.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1, du %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="149"/>
        <source>Record a &amp;change…</source>
        <translation>Enregistrer un &amp;changement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="150"/>
        <source>Subscribe, change a quantity or plan, cancel, assign a user, add an extra (%1)</source>
        <translation>Souscrire, modifier une quantité ou une offre, résilier, affecter un utilisateur, ajouter des frais (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="153"/>
        <source>&amp;Undo this change…</source>
        <translation>&amp;Annuler ce changement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="154"/>
        <source>Record the change that takes back the selected one (%1)</source>
        <translation>Enregistrer le changement qui annule celui sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="156"/>
        <source>Change term or billing &amp;day…</source>
        <translation>Modifier la périodicité ou le &amp;jour de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="157"/>
        <source>Bill monthly, quarterly, half-yearly or yearly, or on another day; it takes effect at a billing boundary</source>
        <translation>Facturer mensuellement, trimestriellement, semestriellement ou annuellement, ou un autre jour&#xa0;; prend effet à une limite de facturation</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>Edit company %1</source>
        <translation>Modifier la société %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="59"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="60"/>
        <source>Reverse charge (0 %)</source>
        <translation>Autoliquidation (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="61"/>
        <source>Exempt (0 %)</source>
        <translation>Exonéré (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="64"/>
        <source>Anniversary of signup</source>
        <translation>Date anniversaire de l’inscription</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="65"/>
        <source>Day %1 of each month</source>
        <translation>Le %1 de chaque mois</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="72"/>
        <source>Changes from a date on: record it in the company&apos;s history.</source>
        <translation>Change à partir d’une date&#xa0;: à enregistrer dans l’historique de la société.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="74"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="75"/>
        <source>Never changes once the company exists.</source>
        <translation>Ne change plus une fois la société créée.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="79"/>
        <source>None: a direct customer of the hoster</source>
        <translation>Aucun&#xa0;: client direct de l’hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="81"/>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="82"/>
        <source>Moving a company is a dated move, not an edit.</source>
        <translation>Déplacer une société est un transfert daté, pas une modification.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="87"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="91"/>
        <source>The language of the company&apos;s invoices</source>
        <translation>La langue des factures de la société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="92"/>
        <source>&amp;Billing day:</source>
        <translation>&amp;Jour de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="94"/>
        <source>&amp;Term:</source>
        <translation>&amp;Périodicité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="95"/>
        <source>How many months one invoice bills in advance</source>
        <translation>Combien de mois une facture couvre à l’avance</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="96"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Inscrit le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="97"/>
        <source>Never changes: billing starts from it.</source>
        <translation>Ne change jamais&#xa0;: la facturation commence à cette date.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="98"/>
        <source>&amp;Invoices go:</source>
        <translation>&amp;Envoi des factures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="100"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="103"/>
        <source>Ta&amp;x ID:</source>
        <translation>Identifiant &amp;fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="105"/>
        <source>Tax treat&amp;ment:</source>
        <translation>&amp;Régime fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="107"/>
        <source>Own tax r&amp;ate (%):</source>
        <translation>T&amp;aux de taxe propre (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="108"/>
        <source>Leave blank for the issuer&apos;s rate.</source>
        <translation>Laisser vide pour le taux de l’émetteur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 signed up.</source>
        <translation>Société %1 inscrite.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 saved.</source>
        <translation>Société %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln de ses offres sans prix (en couleur)</numerusform>
            <numerusform>%Ln de ses offres sans prix (en couleur)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="322"/>
        <source>End the own price of %1 from a day on: from then the company pays its seller&apos;s price.</source>
        <translation>Mettre fin au prix spécifique de %1 à partir d&apos;un jour : dès lors l&apos;entreprise paie le prix de son vendeur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="325"/>
        <source>Select a plan with an own price to end it from a day on.</source>
        <translation>Sélectionnez une offre avec un prix spécifique pour y mettre fin à partir d&apos;un jour.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="339"/>
        <source>%1: own price ended from %2; it pays its seller&apos;s price, %3.</source>
        <translation>%1 : prix spécifique terminé à partir du %2 ; l&apos;entreprise paie le prix de son vendeur, %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="347"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1&#xa0;: prix spécifique fixé à %2 à partir du %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="351"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1&#xa0;: prix spécifique en vigueur depuis le %2 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="355"/>
        <source>Remove own price</source>
        <translation>Supprimer le prix spécifique</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices in %1</source>
        <translation>Prix en %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="365"/>
        <source>Prices on, and changes from:</source>
        <translation>Prix au, et modifications à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="367"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Double-cliquez sur un prix spécifique pour le fixer pour cette société.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="368"/>
        <source>End own price from…</source>
        <translation>Terminer le prix spécifique à partir du…</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Seller&apos;s price</source>
        <translation>Prix du vendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Own price</source>
        <translation>Prix spécifique</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Pays</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="148"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Ce que le vendeur de la société facture à ses sociétés.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="149"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Un prix pour cette seule société&#xa0;; il prime sur le prix du vendeur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="150"/>
        <source>What billing charges this company per unit.</source>
        <translation>Ce que la facturation demande à cette société par unité.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>ended %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="189"/>
        <source>The company has this plan.</source>
        <translation>La société a cette offre.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="193"/>
        <source>Its own price ended on %1: it pays its seller&apos;s price, with the seller&apos;s later changes. Double-click to give it an own price again from the chosen day on.</source>
        <translation>Son prix spécifique a pris fin le %1 : elle paie le prix de son vendeur, avec ses changements ultérieurs. Double-cliquez pour lui redonner un prix spécifique à partir du jour choisi.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="197"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Double-cliquez pour donner à cette société son propre prix à partir du jour choisi.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="123"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="199"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Son prix spécifique depuis le %1. Saisissez un montant pour le modifier à partir du jour choisi&#xa0;; videz la cellule pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="202"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>Aucun prix en %1&#xa0;: la société ne peut pas être facturée pour cette offre. Donnez-lui un prix spécifique, ou fixez le prix de son vendeur dans Prix.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="232"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>Supprimer le prix spécifique de %1 pour %2, en vigueur depuis le %3&#xa0;? Les factures déjà créées le conservent&#xa0;; les périodes facturées désormais prennent le prix alors en vigueur.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="119"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="168"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="169"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Choisissez un revendeur, une société ou un utilisateur dans l’arborescence, ou recherchez-le dans le champ au-dessus (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Hoster</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Tax ID:</source>
        <translation>Identifiant fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="242"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Currencies:</source>
        <translation>Devises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Resellers:</source>
        <translation>Revendeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Companies:</source>
        <translation>Sociétés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (dont %2 facturées directement)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Direct customers</source>
        <translation>Clients directs</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Sociétés que %1 facture lui-même, sans revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Reseller · code %1</source>
        <translation>Revendeur · code %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Billing day:</source>
        <translation>Jour de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Signed up:</source>
        <translation>Inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>direct customer of the hoster</source>
        <translation>client direct de l’hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Company · code %1 · %2</source>
        <translation>Société · code %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Customer code:</source>
        <translation>Code client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Reseller:</source>
        <translation>Revendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>None (billed by the hoster)</source>
        <translation>Aucun (facturée par l’hébergeur)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>Billing term today:</source>
        <translation>Périodicité aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>Billing day today:</source>
        <translation>Jour de facturation aujourd’hui&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>Historique des modifications (%Ln événement, les plus récents d’abord)</numerusform>
            <numerusform>Historique des modifications (%Ln événements, les plus récents d’abord)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Invoices go:</source>
        <translation>Envoi des factures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="251"/>
        <source>Tax:</source>
        <translation>Taxe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="259"/>
        <source>User · %1</source>
        <translation>Utilisateur · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="268"/>
        <source>Current subscriptions</source>
        <translation>Abonnements en cours</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="269"/>
        <source>Assigned plans</source>
        <translation>Offres attribuées</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="272"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>EndOwnPriceDialog</name>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="31"/>
        <source>End own price of %1</source>
        <translation>Terminer le prix spécifique de %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="34"/>
        <source>Own price %1, in force since %2.</source>
        <translation>Prix spécifique %1, en vigueur depuis le %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="36"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="40"/>
        <source>&amp;End from:</source>
        <translation>&amp;Terminer à partir du :</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="41"/>
        <source>From this day the company pays its seller&apos;s price; the days before keep the own price. A day already billed cannot be chosen.</source>
        <translation>À partir de ce jour, l&apos;entreprise paie le prix de son vendeur ; les jours précédents gardent le prix spécifique. Un jour déjà facturé ne peut pas être choisi.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="45"/>
        <source>End own price</source>
        <translation>Terminer le prix spécifique</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="46"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="84"/>
        <source>The explanation could not be worked out.</source>
        <translation>L’explication n’a pas pu être calculée.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="87"/>
        <source>Working out the explanation…</source>
        <translation>Calcul de l’explication…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="116"/>
        <location filename="../ui/invoices/explain_panel.py" line="248"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Sélectionnez une ligne pour voir comment son montant a été calculé.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="145"/>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <location filename="../ui/invoices/explain_panel.py" line="148"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <source>own price ended</source>
        <translation>prix spécifique terminé</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="149"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="150"/>
        <source>← applied</source>
        <translation>← appliqué</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="159"/>
        <source>Company&apos;s own price</source>
        <translation>Prix spécifique de la société</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="160"/>
        <source>Retail</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="161"/>
        <source>Reseller&apos;s own wholesale</source>
        <translation>Prix de gros propre au revendeur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="162"/>
        <source>Wholesale</source>
        <translation>Prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="168"/>
        <source>Billed in advance for the period {start} to {end}.</source>
        <translation>Facturé à l’avance pour la période du {start} au {end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="169"/>
        <source>A change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}.</source>
        <translation>Un changement le {day}&#xa0;: {days} des {period_days} jours de la période du {period_start} au {period_end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="171"/>
        <source>{start} to {end} is not one billing period of the company as its billing days fall today.</source>
        <translation>Du {start} au {end} n’est pas une période de facturation de la société selon ses jours de facturation actuels.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="173"/>
        <source>One-off extra: {event}.</source>
        <translation>Frais ponctuels&#xa0;: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="174"/>
        <source>Recurring extra: {event}.</source>
        <translation>Frais récurrents&#xa0;: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="175"/>
        <source>The minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}.</source>
        <translation>Le minimum de facturation est de {minimum}&#xa0;: les montants facturés font {subtotal}, complétés de {top_up}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="177"/>
        <source>Typed by hand by {actor} on {at}.</source>
        <translation>Saisi à la main par {actor} le {at}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="178"/>
        <source>Typed by hand (the audit log does not say by whom).</source>
        <translation>Saisi à la main (le journal ne dit pas par qui).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="179"/>
        <source>Corrects the period {period_start} to {period_end}, billed on {invoice}.</source>
        <translation>Corrige la période du {period_start} au {period_end}, facturée sur {invoice}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="180"/>
        <source>Because of a change recorded after that invoice: {event}.</source>
        <translation>En raison d’un changement enregistré après cette facture&#xa0;: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="181"/>
        <source>Price in force on {day}, layer by layer:</source>
        <translation>Prix en vigueur le {day}, niveau par niveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="182"/>
        <source>The reseller&apos;s cost on {day}, layer by layer:</source>
        <translation>Coût du revendeur le {day}, niveau par niveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="183"/>
        <source>{monthly} a month for a term of {months} months: {unit_price}.</source>
        <translation>{monthly} par mois pour une périodicité de {months} mois&#xa0;: {unit_price}.</translation>
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
        <translation>Arrondi une fois, au plus proche (demi vers le haut), à {digits} décimale(s)&#xa0;: écart d’arrondi {difference}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="188"/>
        <source>The reseller&apos;s cost for this line is {cost}; its margin {margin}.</source>
        <translation>Le coût du revendeur pour cette ligne est de {cost}&#xa0;; sa marge {margin}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="189"/>
        <source>The price matrix changed since: billed at {billed} ({billed_price} a unit), today&apos;s prices give {today} ({today_price} a unit).</source>
        <translation>La grille de prix a changé depuis&#xa0;: facturé {billed} ({billed_price} l’unité), les prix actuels donnent {today} ({today_price} l’unité).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="191"/>
        <source>No layer has a price for {day} today: the price matrix changed since.</source>
        <translation>Aucun niveau n’a aujourd’hui de prix pour le {day}&#xa0;: la grille de prix a changé depuis.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="204"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="233"/>
        <source>quantity %1</source>
        <translation>quantité %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="236"/>
        <source>%1, dated %2</source>
        <translation>%1, du %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="238"/>
        <source>, recorded %1</source>
        <translation>, enregistré le %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="240"/>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="244"/>
        <source>Why this amount</source>
        <translation>Pourquoi ce montant</translation>
    </message>
</context>
<context>
    <name>ExtraDialog</name>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>New extra item</source>
        <translation>Nouvel article supplémentaire</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>Edit extra item %1</source>
        <translation>Modifier l’article supplémentaire %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="65"/>
        <source>An item&apos;s code never changes: extras recorded from it keep it.</source>
        <translation>Le code d’un article ne change jamais&#xa0;: les frais enregistrés à partir de lui le gardent.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="67"/>
        <source>&amp;Charged:</source>
        <translation>&amp;Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Once (one-off)</source>
        <translation>Une fois (ponctuel)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Every period until ended (recurring)</source>
        <translation>À chaque période jusqu’à l’arrêt (récurrent)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="73"/>
        <source>Default in %1:</source>
        <translation>Par défaut en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="74"/>
        <source>Written as %1; blank: no default in that currency. A clerk can change the amount when adding the extra.</source>
        <translation>Sous la forme %1&#xa0;; vide&#xa0;: pas de montant par défaut dans cette devise. Le montant peut être modifié lors de l’ajout des frais.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="78"/>
        <source>Name in %1:</source>
        <translation>Nom en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Default amounts</source>
        <translation>Montants par défaut</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Retired from</source>
        <translation>Retiré à partir du</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 added.</source>
        <translation>Article supplémentaire %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 saved.</source>
        <translation>Article supplémentaire %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 article affiché sur %Ln</numerusform>
            <numerusform>%1 articles affichés sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="235"/>
        <source>Show &amp;retired</source>
        <translation>Afficher les &amp;retirés</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="236"/>
        <source>Find an item by code or name</source>
        <translation>Chercher un article par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="237"/>
        <source>Extras a clerk adds to a company or one of its users: the item gives the name on the invoice and a default amount per currency, which the clerk may change.</source>
        <translation>Frais qu’un employé ajoute à une société ou à l’un de ses utilisateurs&#xa0;: l’article donne le nom sur la facture et un montant par défaut par devise, modifiable.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="44"/>
        <source>Why it was not collected</source>
        <translation>Motif du non-encaissement</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Plan or item</source>
        <translation>Offre ou élément</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="196"/>
        <source>Recurring extra charge</source>
        <translation>Frais supplémentaires récurrents</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 facture affichée sur %Ln&#xa0;; faites défiler pour la suite</numerusform>
            <numerusform>%1 factures affichées sur %Ln&#xa0;; faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>La première facture (%Ln) est affichée&#xa0;; faites défiler pour voir la suite</numerusform>
            <numerusform>Les %Ln premières factures sont affichées&#xa0;; faites défiler pour voir la suite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="196"/>
        <source>Manual draft #%1 created.</source>
        <translation>Brouillon manuel #%1 créé.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="202"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Nouvelle facture manuelle…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="203"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>InvoiceDesigner</name>
    <message>
        <location filename="../ui/designer/designer.py" line="82"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="84"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="140"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="148"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="150"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (pas encore enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="175"/>
        <location filename="../ui/designer/designer.py" line="336"/>
        <source>Invoice designer</source>
        <translation>Mise en page des factures</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="176"/>
        <source>This template has changes that are not saved. Discard them?</source>
        <translation>Ce modèle a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="185"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="187"/>
        <source>New template %1</source>
        <translation>Nouveau modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="204"/>
        <source>The page shows the last valid settings: correct the fields marked on the left.</source>
        <translation>La page montre les derniers réglages valides&#xa0;: corrigez les champs signalés à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Name of the new template:</source>
        <translation>Nom du nouveau modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="253"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="281"/>
        <source>Saved “%1” (version %2).</source>
        <translation>«&#xa0;%1&#xa0;» enregistré (version %2).</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="303"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="313"/>
        <source>“%1” is now the default.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant le modèle par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="327"/>
        <source>New template, not saved yet</source>
        <translation>Nouveau modèle, pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="329"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="331"/>
        <source>, the default</source>
        <translation>, par défaut</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="333"/>
        <source>, changed since saved</source>
        <translation>, modifié depuis l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="344"/>
        <source>Issuer </source>
        <translation>Émetteur </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="345"/>
        <source>Template </source>
        <translation>Modèle </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="348"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="349"/>
        <source>Make &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="64"/>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="99"/>
        <source>Issued &amp;by:</source>
        <translation>Émise &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="101"/>
        <source>code or name</source>
        <translation>code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="102"/>
        <source>&amp;Period from:</source>
        <translation>Pér&amp;iode du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="103"/>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="105"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="106"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="110"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="160"/>
        <source>Billed for %1 to %2</source>
        <translation>Facturé du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>This line bills company %1</source>
        <translation>Cette ligne facture la société %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="226"/>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="240"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Devise %1, taxe %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="274"/>
        <source>line %1, quantity</source>
        <translation>ligne %1, quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="276"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="278"/>
        <source>line %1, unit price</source>
        <translation>ligne %1, prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="280"/>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="281"/>
        <source>line %1, tax rate</source>
        <translation>ligne %1, taux de taxe</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="299"/>
        <source>customer code</source>
        <translation>code client</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="307"/>
        <source>New manual invoice</source>
        <translation>Nouvelle facture manuelle</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="308"/>
        <source>Customer code:</source>
        <translation>Code client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="309"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>code d’une société ou d’un revendeur</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="310"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Tax rate (%)</source>
        <translation>Taux de taxe (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="314"/>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="315"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="316"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount; with another quantity or price it still bills the same share of its billing period (12 days of a 31-day month: quantity x price x 12/31).</source>
        <translation>La facture est enregistrée comme brouillon&#xa0;; émettez-la pour lui attribuer un numéro. Les prix unitaires prennent les décimales de la devise&#xa0;; un prix négatif crée une ligne de remise. Une ligne facturée garde son montant&#xa0;; avec une autre quantité ou un autre prix, elle facture toujours la même part de sa période de facturation (12&#xa0;jours d&apos;un mois de 31&#xa0;jours&#xa0;: quantité x prix x 12/31).</translation>
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
        <location filename="../ui/invoices/list_model.py" line="43"/>
        <source>settled up to %1</source>
        <translation>réglé jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="54"/>
        <source>A settlement with the reseller: it takes every charge billed to the reseller&apos;s customers up to %1 that no earlier settlement took, whatever period the charge covers.</source>
        <translation>Un règlement avec le revendeur : il reprend tout ce qui a été facturé aux clients du revendeur jusqu&apos;au %1 et qu&apos;aucun règlement antérieur n&apos;a repris, quelle que soit la période couverte.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="63"/>
        <source>Draft #%1</source>
        <translation>Brouillon #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="64"/>
        <source>#%1 (no number)</source>
        <translation>#%1 (sans numéro)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsBox</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="135"/>
        <source>Nothing paid yet; %1 open.</source>
        <translation>Rien de payé pour l’instant&#xa0;; %1 restant dû.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="136"/>
        <source>No payments.</source>
        <translation>Aucun paiement.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="138"/>
        <source>%1 open of %2.</source>
        <translation>%1 restant dû sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="157"/>
        <source>Payment #%1 recorded.</source>
        <translation>Paiement n° %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="161"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="162"/>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsModel</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="60"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="61"/>
        <source>Payment #%1 · %2</source>
        <translation>Paiement n° %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="63"/>
        <source> (reversed)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="18"/>
        <source>Preview on an invoice</source>
        <translation>Aperçu sur une facture</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="23"/>
        <source>Number, customer code or name</source>
        <translation>Numéro, code ou nom du client</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="63"/>
        <source>No invoice matches.</source>
        <translation>Aucune facture ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>La facture la plus récente qui correspond (%Ln).</numerusform>
            <numerusform>Les %Ln factures les plus récentes qui correspondent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="40"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="200"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="261"/>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="262"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Choisissez une facture dans la liste pour la consulter.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="268"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="269"/>
        <source>Issued by:</source>
        <translation>Émise par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="270"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>Issue date:</source>
        <translation>Date d’émission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>not issued yet</source>
        <translation>pas encore émise</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="272"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="275"/>
        <source>Corrects:</source>
        <translation>Corrige&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="281"/>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="324"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="325"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>Émettre %1 à %2 pour %3&#xa0;? Elle reçoit son numéro et ne peut plus être modifiée, seulement annulée par un avoir.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>Issued as %1.</source>
        <translation>Émise sous le numéro %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="352"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="358"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="359"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>Supprimer %1&#xa0;? Un brouillon issu d’une facturation sera refacturé lors de la prochaine facturation.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="364"/>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="370"/>
        <source>Credit invoice</source>
        <translation>Établir un avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="371"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>Établir un avoir sur la totalité de %1&#xa0;? L’avoir est émis immédiatement et la facture est annulée.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="379"/>
        <source>Credit note %1 issued.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="386"/>
        <source>Modify invoice</source>
        <translation>Corriger la facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="387"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>Corriger %1&#xa0;? Un avoir est établi sur sa totalité et une copie en brouillon s’ouvre pour que vous la corrigiez et l’émettiez.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="396"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Avoir %1 émis&#xa0;; la copie en brouillon est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="413"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="414"/>
        <source>Subtotal:</source>
        <translation>Sous-total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="415"/>
        <source>Tax:</source>
        <translation>Taxes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="416"/>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="417"/>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="418"/>
        <source>&amp;Edit draft…</source>
        <translation>Modifier le &amp;brouillon…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="419"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="420"/>
        <source>&amp;Modify…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="421"/>
        <source>C&amp;redit</source>
        <translation>Émettre un &amp;avoir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="422"/>
        <source>Send by e-mai&amp;l…</source>
        <translation>&amp;Envoyer par e-mail…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="423"/>
        <source>E-mail this invoice&apos;s PDF to the customer (once; again only if you say so).</source>
        <translation>Envoyer le PDF de cette facture au client par e-mail (une fois&#xa0;; à nouveau seulement si vous le demandez).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="425"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Établir un avoir sur cette facture et ouvrir une copie en brouillon à corriger.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="426"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Émettre un avoir sur la totalité de la facture.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="427"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Sélectionnez une ligne pour voir comment son montant a été calculé.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Tax rate (%)</source>
        <translation>Taux de taxe (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="72"/>
        <source>Payment collection</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Email delivery</source>
        <translation>Envoi par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Checks</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (on)</source>
        <translation>Comme l’hébergeur (activé)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (off)</source>
        <translation>Comme l’hébergeur (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="105"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Désactivé&#xa0;: les facturations ignorent les sociétés de l’émetteur (pour l’hébergeur&#xa0;: aucune facturation).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="106"/>
        <source>Off: checks are refused when a payment to the issuer is recorded.</source>
        <translation>Désactivé&#xa0;: les chèques sont refusés à l’enregistrement d’un paiement à l’émetteur.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="107"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Un modèle avec {seq} et éventuellement {year}, tel que INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="118"/>
        <source>%1 (hoster)</source>
        <translation>%1 (hébergeur)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="131"/>
        <source>As the hoster</source>
        <translation>Comme l’hébergeur</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="103"/>
        <source>#%1 · %2 · %3</source>
        <translation>n° %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="105"/>
        <location filename="../ui/payments/account_models.py" line="117"/>
        <source> (reversed)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="107"/>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="109"/>
        <source>of payment #%1 · %2</source>
        <translation>du paiement n° %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="136"/>
        <source>Recorded by %1</source>
        <translation>Enregistré par %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="138"/>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="114"/>
        <source>of payout PO-%1</source>
        <translation>du reversement PO-%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="125"/>
        <source>Payout reversed</source>
        <translation>Reversement annulé</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="145"/>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
</context>
<context>
    <name>LoginScope</name>
    <message>
        <location filename="../ui/login_scope.py" line="20"/>
        <source>hoster admin</source>
        <translation>administrateur de l&apos;hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="21"/>
        <source>hoster clerk</source>
        <translation>employé de l&apos;hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="22"/>
        <source>reseller admin</source>
        <translation>administrateur du revendeur</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="23"/>
        <source>reseller clerk</source>
        <translation>employé du revendeur</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="24"/>
        <source>reviewer, read only</source>
        <translation>vérificateur, lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="31"/>
        <source>%1 (%2 of %3)</source>
        <comment>login (role of reseller)</comment>
        <translation>%1 (%2 chez %3)</translation>
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
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="282"/>
        <source>About Prorata</source>
        <translation>À propos de Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="283"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Console de facturation pour hébergeurs.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="285"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="286"/>
        <source>%1 %2, by %3
Built on Prorata, a billing console for hosting providers.</source>
        <translation>%1 %2, par %3
Construit sur Prorata, une console de facturation pour hébergeurs.</translation>
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
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="305"/>
        <source>Database: %1 · logged in as %2</source>
        <translation>Base de données&#xa0;: %1 · connecté en tant que %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="308"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="309"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="312"/>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Rechercher un client…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="313"/>
        <source>Prefere&amp;nces…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="314"/>
        <source>&amp;Billing</source>
        <translation>Factu&amp;ration</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="315"/>
        <source>&amp;Run billing…</source>
        <translation>&amp;Lancer la facturation…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="316"/>
        <source>Billing &amp;settings…</source>
        <translation>&amp;Paramètres de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="317"/>
        <source>Invoice &amp;designer…</source>
        <translation>&amp;Mise en page des factures…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="318"/>
        <source>Open re&amp;view file…</source>
        <translation>Ouvrir un fichier de &amp;vérification…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="319"/>
        <source>&amp;Import review answers…</source>
        <translation>&amp;Importer les réponses de vérification…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="320"/>
        <source>Send &amp;invoices…</source>
        <translation>&amp;Envoyer les factures…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="321"/>
        <source>&amp;Print-and-post batch…</source>
        <translation>Lo&amp;t d&apos;impression pour envoi postal…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="322"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="323"/>
        <source>C&amp;atalogue</source>
        <translation>C&amp;atalogue</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="324"/>
        <source>&amp;Prices</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="325"/>
        <source>I&amp;nvoices</source>
        <translation>Fact&amp;ures</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="326"/>
        <source>Pa&amp;yments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="328"/>
        <source>&amp;About Prorata</source>
        <translation>À &amp;propos de Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="329"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="355"/>
        <source>A billing preview is still working. Stop it and quit?</source>
        <translation>Un aperçu de facturation est encore en cours. L’arrêter et quitter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="356"/>
        <source>A billing run is writing invoices. Stop it after the companies being billed now, and quit? What is billed by then stays billed; the next run bills the rest.</source>
        <translation>Une facturation est en train d’écrire des factures. L’arrêter après les sociétés en cours de facturation, et quitter&#xa0;? Ce qui est facturé d’ici là le reste&#xa0;; la prochaine facturation traite le reste.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="358"/>
        <source>Quit Prorata</source>
        <translation>Quitter Prorata</translation>
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
        <translation>Cette opération n’a pas pu être effectuée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="209"/>
        <source>Defer to the next invoice</source>
        <translation>Reporter sur la facture suivante</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="210"/>
        <source>Top up to the minimum</source>
        <translation>Compléter jusqu’au minimum</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <source>Currency</source>
        <translation>Devise</translation>
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
        <translation>En dessous</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="39"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="41"/>
        <source>Move company %1</source>
        <translation>Déplacer la société %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="43"/>
        <source>Move user %1</source>
        <translation>Déplacer l’utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="57"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="60"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="64"/>
        <source>Current seller:</source>
        <translation>Vendeur actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="70"/>
        <source>&amp;New seller:</source>
        <translation>&amp;Nouveau vendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="74"/>
        <source>&amp;To company:</source>
        <translation>&amp;Vers la société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="75"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effectif à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="112"/>
        <source>The hoster itself (%1)</source>
        <translation>L’hébergeur lui-même (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="137"/>
        <source>From this date the new seller invoices the company. The seller it leaves credits, on its next invoice, what it billed in advance for the days from this date, and its reseller cost stops on this date. Users, plans, one-off extras and history go along; invoices already written stay with their issuer.</source>
        <translation>À partir de cette date, le nouveau vendeur facture la société. Le vendeur quitté crédite, sur sa prochaine facture, ce qu’il a facturé à l’avance pour les jours à partir de cette date, et son coût de revendeur s’arrête à cette date. Utilisateurs, offres, frais ponctuels et historique suivent&#xa0;; les factures déjà écrites restent chez leur émetteur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="145"/>
        <source>%1 (%2/month)</source>
        <translation>%1 (%2/mois)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="147"/>
        <source>Recurring extras end with the move: %1. They are the current seller&apos;s own items: it bills them up to the day before; the new seller does not bill them.</source>
        <translation>Les frais récurrents prennent fin avec le changement de vendeur&#xa0;: %1. Ce sont des articles propres au vendeur actuel&#xa0;: il les facture jusqu’à la veille&#xa0;; le nouveau vendeur ne les facture pas.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="151"/>
        <source>From this date the user is taken off its plans in %1 and put on the same plans in the other company, which must have them: both are billed pro rata by days. Only companies of the same seller are listed.</source>
        <translation>À partir de cette date, l’utilisateur est retiré de ses offres dans %1 et affecté aux mêmes offres dans l’autre société, qui doit les avoir&#xa0;: les deux sont facturées au prorata des jours. Seules les sociétés du même vendeur sont listées.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="155"/>
        <source>This date lies in a period already invoiced (up to %1): the next invoices carry the corrections.</source>
        <translation>Cette date tombe dans une période déjà facturée (jusqu’au %1)&#xa0;: les prochaines factures portent les corrections.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="158"/>
        <source>Last moved on %1; a new move cannot be dated before that.</source>
        <translation>Dernier déplacement le %1&#xa0;; un nouveau déplacement ne peut pas être daté avant.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="167"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="169"/>
        <source>to</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="191"/>
        <source>Company %1 moves to %2 from %3.</source>
        <translation>La société %1 passe chez %2 à partir du %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="197"/>
        <source>User %1 moves to %2 from %3.</source>
        <translation>L’utilisateur %1 passe chez %2 à partir du %3.</translation>
    </message>
</context>
<context>
    <name>OpenInvoicesModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Billing date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="77"/>
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
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 compte affiché sur %Ln&#xa0;; faites défiler pour la suite</numerusform>
            <numerusform>%1 comptes affichés sur %Ln&#xa0;; faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>Le premier compte (%Ln)&#xa0;; faites défiler pour la suite</numerusform>
            <numerusform>Les %Ln premiers comptes&#xa0;; faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="184"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="185"/>
        <source>Aging</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="186"/>
        <source>Collection</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="187"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="54"/>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="60"/>
        <location filename="../ui/payments/payout_dialog.py" line="71"/>
        <location filename="../ui/payments/payout_dialog.py" line="80"/>
        <source>Pay out</source>
        <translation>Reverser</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="61"/>
        <source>Pay %1 out to %2 on %3? Make sure the money was actually sent.</source>
        <translation>Reverser %1 à %2 le %3&#xa0;? Assurez-vous que l’argent a bien été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;To pay out: %2 (the reseller&apos;s statements less what was paid out against them).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;À reverser&#xa0;: %2 (les relevés du revendeur moins les reversements déjà effectués).</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="76"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="77"/>
        <source>&amp;Paid out on:</source>
        <translation>Reversé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="78"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="79"/>
        <source>the transfer&apos;s reference</source>
        <translation>référence du virement</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>New plan</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>Edit plan %1</source>
        <translation>Modifier l’offre %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="54"/>
        <source>A plan&apos;s code and service never change: invoices and prices refer to them.</source>
        <translation>Le code et le service d’une offre ne changent jamais&#xa0;: les factures et les prix y font référence.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="56"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="59"/>
        <source>Invoices have already billed this plan %1: its basis can no longer change. Add a new plan for another basis.</source>
        <translation>Des factures ont déjà facturé cette offre %1&#xa0;: sa base de calcul ne peut plus changer. Ajoutez une nouvelle offre pour une autre base.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="61"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base de calcul&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="63"/>
        <source>Unit in %1:</source>
        <translation>Unité en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="64"/>
        <source>What one unit is, as invoices name it: site, GB, licence…</source>
        <translation>Ce qu’est une unité, telle que les factures la nomment&#xa0;: site, Go, licence…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="65"/>
        <source>Name in %1:</source>
        <translation>Nom en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="66"/>
        <source>Description in %1:</source>
        <translation>Description en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="73"/>
        <source>A plan stays with its service.</source>
        <translation>Une offre reste attachée à son service.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Basis</source>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Retired from</source>
        <translation>Retiré à partir du</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 added.</source>
        <translation>Offre %1 ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 saved.</source>
        <translation>Offre %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="168"/>
        <location filename="../ui/catalogue/editor.py" line="198"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%1 offre affichée sur %Ln</numerusform>
            <numerusform>%1 offres affichées sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="187"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="188"/>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="192"/>
        <source>All plans</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="193"/>
        <source>Active plans</source>
        <translation>Offres actives</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="194"/>
        <source>Retired plans</source>
        <translation>Offres retirées</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="199"/>
        <source>Find a plan by code or name</source>
        <translation>Chercher une offre par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="200"/>
        <source>Greyed plans are retired: no company can subscribe or change to them; running subscriptions go on being billed. Double-click a plan to edit it; its prices are set in the Prices tab.</source>
        <translation>Les offres grisées sont retirées&#xa0;: aucune société ne peut y souscrire ni en changer pour elles&#xa0;; les abonnements en cours restent facturés. Double-cliquez sur une offre pour la modifier&#xa0;; ses prix se règlent dans l’onglet Prix.</translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="106"/>
        <source>%1 on %2, a cover sheet first, saved in %3.</source>
        <translation>%1 sur %2, précédées d’une page de garde, enregistrées dans %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>Envoyé à l’imprimante&#xa0;: %Ln page. Une fois imprimée, répondez&#xa0;:</numerusform>
            <numerusform>Envoyé à l’imprimante&#xa0;: %Ln pages. Une fois imprimées, répondez&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="112"/>
        <source>Print it on both sides (or press Print… to send it to a printer), then answer:</source>
        <translation>Imprimez le lot en recto verso (ou envoyez-le à une imprimante avec «&#xa0;Imprimer…&#xa0;»), puis répondez&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="114"/>
        <source>Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting.</source>
        <translation>«&#xa0;Oui&#xa0;» les marque comme postées aujourd’hui&#xa0;; «&#xa0;Non&#xa0;» les remet dans le prochain lot&#xa0;; «&#xa0;Plus tard&#xa0;» les laisse en attente.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="135"/>
        <source>Print the batch</source>
        <translation>Imprimer le lot</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="150"/>
        <source>Sending the batch to the printer…</source>
        <translation>Envoi du lot à l’imprimante…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="153"/>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="168"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>Impossible d’ouvrir l’imprimante&#xa0;; rien n’a été imprimé.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="62"/>
        <source>Menus, windows and messages change at once; numbers and dates follow the language. Invoices keep each customer&apos;s own language.</source>
        <translation>Les menus, fenêtres et messages changent aussitôt&#xa0;; les nombres et les dates suivent la langue. Les factures gardent la langue propre à chaque client.</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="111"/>
        <source>The preview shows here.</source>
        <translation>L’aperçu s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="135"/>
        <source>This changes nothing on the next invoice, dated %1.</source>
        <translation>Cela ne change rien à la prochaine facture, datée du %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="140"/>
        <source>The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>La prochaine facture, datée du %1&#xa0;: sous-total %2 → %3 (%4)&#xa0;; TTC %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="142"/>
        <source>This changes nothing on the next invoice in %1, dated %2.</source>
        <translation>Cela ne change rien à la prochaine facture en %1, datée du %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="146"/>
        <source>The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>La facture en %7 de la même date&#xa0;: sous-total %2 → %3 (%4)&#xa0;; TTC %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="148"/>
        <source>The change is dated into a period already invoiced: the correction lines bill that difference on the next invoice.</source>
        <translation>Le changement est daté dans une période déjà facturée&#xa0;: les lignes de correction facturent cette différence sur la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="162"/>
        <source>On the next invoice</source>
        <translation>Sur la prochaine facture</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Calculation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="76"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/designer/preview.py" line="49"/>
        <source>Sample invoice</source>
        <translation>Facture d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="51"/>
        <source>Preview on an invoice…</source>
        <translation>Aperçu sur une facture…</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="56"/>
        <source>The language of the previewed invoice</source>
        <translation>La langue de la facture prévisualisée</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="60"/>
        <source>The sample invoice&apos;s currency</source>
        <translation>La devise de la facture d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="63"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="64"/>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="67"/>
        <source>Preview on</source>
        <translation>Aperçu sur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="152"/>
        <source> · shown %1 ms after the change</source>
        <translation> · affiché %1 ms après la modification</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="160"/>
        <source>The page cannot be rendered: %1</source>
        <translation>La page ne peut pas être rendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="146"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="147"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="148"/>
        <source>Wholesale</source>
        <translation>Prix de gros</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="149"/>
        <source>Reseller&apos;s cost</source>
        <translation>Coût revendeur</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="150"/>
        <source>Retail</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="151"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="175"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>Le prix de l’hébergeur pour tous les revendeurs.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="176"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Ce que paie ce revendeur&#xa0;: son prix négocié, sinon le prix de gros.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="177"/>
        <source>What the seller charges its companies.</source>
        <translation>Ce que le vendeur facture à ses sociétés.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="178"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Prix de vente moins le coût revendeur.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="220"/>
        <source>Missing prices in %1: %2</source>
        <translation>Prix manquants en %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Aucun prix de gros en %1&#xa0;: les sociétés de ce revendeur sur cette offre ne peuvent pas être facturées en %1. Double-cliquez pour en fixer un.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Aucun prix de vente en %1&#xa0;: les sociétés sur cette offre ne peuvent pas être facturées en %1. Double-cliquez pour en fixer un.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="233"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Prix spécifique de %1 (prix de gros&#xa0;: %2). Effacez-le pour revenir au prix de gros.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="236"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>Le prix de gros&#xa0;; saisissez un montant pour attribuer un prix spécifique à %1.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="239"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Double-cliquez pour modifier le prix à partir de la date choisie.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="305"/>
        <source>%1 would sell %2 below cost: retail %3, the reseller&apos;s cost %4, a loss of %5 a unit.

Save it anyway?</source>
        <translation>%1 vendrait %2 à perte&#xa0;: prix de vente %3, coût du revendeur %4, une perte de %5 par unité.

Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="309"/>
        <source>Retail below cost</source>
        <translation>Prix de vente à perte</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="318"/>
        <location filename="../ui/prices/matrix_model.py" line="341"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="319"/>
        <location filename="../ui/prices/matrix_model.py" line="342"/>
        <source>with no start date</source>
        <translation>sans date de début</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="321"/>
        <source>%1 pays wholesale (%2) again.</source>
        <translation>%1 paie de nouveau le prix de gros (%2).</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="324"/>
        <source>The price before it applies again; without one, %1 cannot be billed in %2.</source>
        <translation>Le prix précédent s’applique de nouveau&#xa0;; sans prix, %1 ne peut pas être facturé en %2.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="326"/>
        <source>Remove this price?

%2 · %1: %3, in force %4.

It is removed from the day it began: periods billed from then on would be billed without it. %5</source>
        <translation>Supprimer ce prix&#xa0;?

%2 · %1&#xa0;: %3, en vigueur %4.

Il est supprimé depuis le jour où il a commencé&#xa0;: les périodes facturées depuis ce jour le seraient sans lui. %5</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="330"/>
        <source>Remove a price</source>
        <translation>Supprimer un prix</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="339"/>
        <source>%1 · %2: removed %3 (in force %4).</source>
        <translation>%1 · %2&#xa0;: %3 supprimé (en vigueur %4).</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="141"/>
        <location filename="../ui/prices/matrix_widget.py" line="239"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (sociétés en direct)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln offre sans prix en %1 (en couleur)</numerusform>
            <numerusform>%Ln offres sans prix en %1 (en couleur)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="215"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1&#xa0;: %2 fixé à %3 à partir du %4.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Prix de %1 en %2 au %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="227"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Vendeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>&amp;Currency:</source>
        <translation>D&amp;evise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="229"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Da&amp;te des prix et des modifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="230"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="232"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are asked first).</source>
        <translation>Double-cliquez sur un prix (ou sélectionnez-le et tapez) pour le modifier&#xa0;; le nouveau prix s’applique à partir de la date choisie, les périodes antérieures gardent le leur. Un coût en gras est le prix négocié du revendeur&#xa0;; videz-le pour revenir au prix de gros. Vider un prix le supprime depuis le jour où il a commencé (confirmation demandée).</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="38"/>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="39"/>
        <source>Someone else changed this account while you were working on it; nothing was written. The account is shown again as it is now.</source>
        <translation>Quelqu’un d’autre a modifié ce compte pendant que vous y travailliez&#xa0;; rien n’a été écrit. Le compte est réaffiché tel qu’il est maintenant.</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="56"/>
        <source>Checks are switched off (%1&apos;s setting).</source>
        <translation>Les chèques sont désactivés (paramètre de %1).</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="104"/>
        <source>The account owes nothing: all %1 will be kept as credit on the account.</source>
        <translation>Le compte ne doit rien&#xa0;: la totalité des %1 restera en crédit sur le compte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="106"/>
        <source>%1 more than the chosen invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 de plus que ce que doivent les factures choisies&#xa0;: ce montant restera en crédit sur le compte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="108"/>
        <source>%1 more than the account&apos;s open invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 de plus que ce que doivent les factures ouvertes du compte&#xa0;: ce montant restera en crédit sur le compte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="124"/>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="147"/>
        <source>Record %1 by %2 from %3?</source>
        <translation>Enregistrer %1 par %2 de %3&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="150"/>
        <source>It pays:</source>
        <translation>Il règle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="152"/>
        <source>%1 stays on the account as credit.</source>
        <translation>%1 reste en crédit sur le compte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="153"/>
        <location filename="../ui/payments/record_dialog.py" line="160"/>
        <location filename="../ui/payments/record_dialog.py" line="173"/>
        <source>Record payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance %2 · credit %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Solde %2 · crédit %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="166"/>
        <source>&amp;Method:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="167"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="168"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="169"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="170"/>
        <source>Allocate to:</source>
        <translation>Affecter à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="171"/>
        <source>such as %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="172"/>
        <source>the transfer&apos;s reference, the check&apos;s number, a receipt number</source>
        <translation>référence du virement, numéro du chèque, numéro de reçu</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="65"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="66"/>
        <source>This payment has %1 of credit to refund.</source>
        <translation>Ce paiement a %1 de crédit à rembourser.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="72"/>
        <source>a payment with credit</source>
        <translation>un paiement avec du crédit</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="77"/>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="82"/>
        <location filename="../ui/payments/refund_dialog.py" line="90"/>
        <location filename="../ui/payments/refund_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="83"/>
        <source>Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.</source>
        <translation>Rembourser %1 à %2 sur le paiement n° %3&#xa0;? Assurez-vous que l’argent a bien été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit %2: only what pays no invoice can be refunded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Crédit %2&#xa0;: seul ce qui ne règle aucune facture peut être remboursé.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="95"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="96"/>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Remboursé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="97"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="98"/>
        <source>the refund transfer&apos;s reference</source>
        <translation>référence du virement de remboursement</translation>
    </message>
</context>
<context>
    <name>ResellerDialog</name>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>New reseller</source>
        <translation>Nouveau revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>Edit reseller %1</source>
        <translation>Modifier le revendeur %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="46"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="47"/>
        <source>Reverse charge (0 %)</source>
        <translation>Autoliquidation (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="48"/>
        <source>Exempt (0 %)</source>
        <translation>Exonéré (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="57"/>
        <source>Code and currency are fixed once the reseller has companies.</source>
        <translation>Le code et la devise sont figés dès que le revendeur a des sociétés.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="64"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="67"/>
        <source>The language of its invoices and its companies&apos; default</source>
        <translation>La langue de ses factures et celle par défaut de ses sociétés</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="68"/>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="70"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Inscrit le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="71"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="72"/>
        <source>Tax treat&amp;ment:</source>
        <translation>&amp;Régime fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="74"/>
        <source>How the hoster taxes this reseller</source>
        <translation>Comment l’hébergeur taxe ce revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="75"/>
        <source>Tax &amp;rate (%):</source>
        <translation>&amp;Taux de taxe (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="77"/>
        <source>The rate this reseller charges its companies, in per cent</source>
        <translation>Le taux que ce revendeur applique à ses sociétés, en pour cent</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="78"/>
        <source>&amp;Invoice numbers:</source>
        <translation>&amp;Numéros de facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="79"/>
        <source>{year} is the year, {seq:05} the number in five digits.</source>
        <translation>{year} est l’année, {seq:05} le numéro sur cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="81"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="84"/>
        <source>Ta&amp;x ID:</source>
        <translation>Identifiant &amp;fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 signed up.</source>
        <translation>Revendeur %1 inscrit.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 saved.</source>
        <translation>Revendeur %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire plan %1</source>
        <translation>Retirer l’offre %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire extra item %1</source>
        <translation>Retirer l’article supplémentaire %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="31"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="47"/>
        <source>Retire &amp;from:</source>
        <translation>Retirer à partir &amp;du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="48"/>
        <source>From this day no company can subscribe or change to the plan; running subscriptions go on being billed.</source>
        <translation>À partir de ce jour, aucune société ne peut souscrire cette offre ni en changer pour elle&#xa0;; les abonnements en cours restent facturés.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="50"/>
        <source>From this day the item is no longer offered; extras already recorded from it are not changed.</source>
        <translation>À partir de ce jour, l’article n’est plus proposé&#xa0;; les frais déjà enregistrés ne changent pas.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Retired from</source>
        <translation>Retiré à partir du</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="69"/>
        <source>Plan %1 retires from %2.</source>
        <translation>L’offre %1 est retirée à partir du %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="70"/>
        <source>Extra item %1 retires from %2.</source>
        <translation>L’article supplémentaire %1 est retiré à partir du %2.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="59"/>
        <source>The invoices payment #%1 pays open again, and %2 goes back on the account.</source>
        <translation>Les factures réglées par le paiement n° %1 sont de nouveau ouvertes, et %2 revient sur le compte.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="65"/>
        <source>a payment</source>
        <translation>un paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="68"/>
        <location filename="../ui/payments/reverse_dialog.py" line="75"/>
        <location filename="../ui/payments/reverse_dialog.py" line="86"/>
        <source>Reverse payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="69"/>
        <source>Reverse payment #%1 of %2 (%3)? This cannot be undone.</source>
        <translation>Annuler le paiement n° %1 de %2 (%3)&#xa0;? C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="83"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="84"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="85"/>
        <source>&amp;Reversed on:</source>
        <translation>Annulé &amp;le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReversePayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="118"/>
        <source>What payout PO-%1 paid, %2, is owed to the reseller again.</source>
        <translation>Ce que le reversement PO-%1 a payé, %2, est de nouveau dû au revendeur.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="124"/>
        <source>a payout</source>
        <translation>un reversement</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="127"/>
        <location filename="../ui/payments/payout_dialog.py" line="138"/>
        <location filename="../ui/payments/payout_dialog.py" line="145"/>
        <source>Reverse payout</source>
        <translation>Annuler le reversement</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="128"/>
        <source>Reverse payout PO-%1 of %2 on %3? This cannot be undone.</source>
        <translation>Annuler le reversement PO-%1 de %2 le %3&#xa0;? C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="141"/>
        <source>&amp;Payout:</source>
        <translation>&amp;Reversement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="142"/>
        <source>&amp;Reversed on:</source>
        <translation>Annulé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="143"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="144"/>
        <source>optional, such as: transfer returned, entered twice</source>
        <translation>facultatif, par exemple&#xa0;: virement retourné, saisi deux fois</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Verdict</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Queried</source>
        <translation>En question</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/window.py" line="138"/>
        <source>Open review file</source>
        <translation>Ouvrir un fichier de vérification</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="139"/>
        <source>Review files (*%1)</source>
        <translation>Fichiers de vérification (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="174"/>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="188"/>
        <source>Customer %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="189"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="191"/>
        <source>Period from %1</source>
        <translation>Période à partir du %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="196"/>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="210"/>
        <source>The PDF cannot be shown: %1</source>
        <translation>Le PDF ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="245"/>
        <source>No verdict yet</source>
        <translation>Pas encore d’avis</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Queried</source>
        <translation>En question</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="271"/>
        <source>Answers saved to %1</source>
        <translation>Réponses enregistrées dans %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review %1</source>
        <translation>Vérification %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="292"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="293"/>
        <source>&amp;Open review file…</source>
        <translation>&amp;Ouvrir un fichier de vérification…</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="295"/>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="296"/>
        <source>Comment (needed for a query)</source>
        <translation>Commentaire (obligatoire pour une question)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="297"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="298"/>
        <source>Query</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="299"/>
        <source>Clear verdict</source>
        <translation>Effacer l’avis</translation>
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
            <numerusform>%Ln facture&#xa0;: %1 approuvée, %2 en question, %3 à vérifier</numerusform>
            <numerusform>%Ln factures&#xa0;: %1 approuvées, %2 en question, %3 à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="107"/>
        <source>%1. Next invoice on %2, for %3.</source>
        <translation>%1. Prochaine facture le %2, pour %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="111"/>
        <source>From %1: %2.</source>
        <translation>À partir du %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="116"/>
        <source>Billing schedule:</source>
        <translation>Calendrier de facturation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="140"/>
        <source>Billing schedule · %1</source>
        <translation>Calendrier de facturation · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="144"/>
        <source>The billing term</source>
        <translation>La périodicité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="145"/>
        <source>The billing day</source>
        <translation>Le jour de facturation</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="150"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Date anniversaire de l’inscription (jour %1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="151"/>
        <source>Anniversary of signup</source>
        <translation>Date anniversaire de l’inscription</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="153"/>
        <source>Day %1 of the month</source>
        <translation>Le %1 du mois</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="158"/>
        <source>&amp;Change:</source>
        <translation>&amp;Changement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="159"/>
        <source>&amp;Term:</source>
        <translation>&amp;Périodicité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="160"/>
        <source>Billing &amp;day:</source>
        <translation>&amp;Jour de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="161"/>
        <source>Days 29 to 31 fall on the last day of shorter months.</source>
        <translation>Les jours 29 à 31 tombent le dernier jour des mois plus courts.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="162"/>
        <source>&amp;From:</source>
        <translation>À &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="163"/>
        <source>It takes effect at the first billing boundary on or after this date that is not invoiced yet.</source>
        <translation>Prend effet à la première limite de facturation, à cette date ou après, qui n’est pas encore facturée.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="165"/>
        <source>Now: %1.</source>
        <translation>Actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="231"/>
        <source>Takes effect on %1. The period that starts there: %2.</source>
        <translation>Prend effet le %1. La période qui commence alors&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="252"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="257"/>
        <source>Billing term: %1</source>
        <translation>Périodicité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="258"/>
        <source>Billing day: %1</source>
        <translation>Jour de facturation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="259"/>
        <source>%1, from %2.</source>
        <translation>%1, à partir du %2.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Search company name or code, user email…</source>
        <translation>Rechercher une société (nom ou code), un e-mail d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="139"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Saisissez une partie du nom ou du code d’une société, d’un revendeur ou de l’e-mail d’un utilisateur&#xa0;; choisissez un résultat pour l’afficher dans l’arborescence.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation>client direct</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · société (%3)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · utilisateur chez %3</translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="89"/>
        <source>Looking for invoices to send…</source>
        <translation>Recherche des factures à envoyer…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="99"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="111"/>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyées</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %Ln facture</numerusform>
            <numerusform>&amp;Envoyer %Ln factures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <location filename="../ui/delivery/send_dialog.py" line="147"/>
        <location filename="../ui/delivery/send_dialog.py" line="199"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>%Ln facture sera envoyée par e-mail, avec son PDF en pièce jointe.</numerusform>
            <numerusform>%Ln factures seront envoyées par e-mail, chacune avec son PDF en pièce jointe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="123"/>
        <source>Nothing to send: every invoice listed was sent before or goes another way.</source>
        <translation>Rien à envoyer&#xa0;: chaque facture listée a déjà été envoyée ou part par un autre moyen.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="137"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>%Ln facture envoyée.</numerusform>
            <numerusform>%Ln factures envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln n&apos;a pas pu être envoyée&#xa0;: voir la raison ci-dessous&#xa0;; le prochain envoi la réessaiera.</numerusform>
            <numerusform>%Ln n&apos;ont pas pu être envoyées&#xa0;: voir les raisons ci-dessous&#xa0;; le prochain envoi les réessaiera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln incertaine : la connexion a été perdue après l&apos;envoi, elle a donc peut-être été remise. Elle n&apos;est renvoyée que si vous cochez « Renvoyer aussi celles déjà envoyées » ; vérifiez d&apos;abord auprès du client.</numerusform>
            <numerusform>%Ln incertaines : la connexion a été perdue après l&apos;envoi, elles ont donc peut-être été remises. Elles ne sont renvoyées que si vous cochez « Renvoyer aussi celles déjà envoyées » ; vérifiez d&apos;abord auprès du client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="155"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not by e-mail</source>
        <translation>Pas par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>Left out</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>In doubt</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="178"/>
        <source>Will be sent</source>
        <translation>Sera envoyée</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="194"/>
        <source>Send invoices by e-mail</source>
        <translation>Envoyer les factures par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="196"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="197"/>
        <source>Send &amp;again those sent before</source>
        <translation>Renvoyer &amp;aussi celles déjà envoyées</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>Edit service %1</source>
        <translation>Modifier le service %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="54"/>
        <source>A service&apos;s code never changes.</source>
        <translation>Le code d’un service ne change jamais.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="56"/>
        <source>Name in %1:</source>
        <translation>Nom en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="57"/>
        <source>Description in %1:</source>
        <translation>Description en %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 added.</source>
        <translation>Service %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 saved.</source>
        <translation>Service %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%1 service affiché sur %Ln</numerusform>
            <numerusform>%1 services affichés sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="213"/>
        <source>Find a service by code or name</source>
        <translation>Chercher un service par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="214"/>
        <source>A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on invoices.</source>
        <translation>Un service regroupe des offres (Hosted Exchange&#xa0;: Basic, Pro…)&#xa0;; son nom les précède sur les factures.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="92"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="93"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
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
        <translation>US Letter (8,5 x 11 po)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="100"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Left</source>
        <translation>Gauche</translation>
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
        <translation>Modifier la marge %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="110"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="111"/>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="115"/>
        <source>Letterhead &amp;&amp; address</source>
        <translation>En-tête &amp;&amp; adresse</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="117"/>
        <source>Logo placed</source>
        <translation>Position du logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="119"/>
        <source>Logo height</source>
        <translation>Hauteur du logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source>Change the logo&apos;s height</source>
        <translation>Modifier la hauteur du logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="122"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="123"/>
        <source>Show our address under the logo</source>
        <translation>Afficher notre adresse sous le logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="124"/>
        <source>Address window</source>
        <translation>Fenêtre d’adresse</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form B (A4)</source>
        <translation>DIN 5008 forme B (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form A (A4)</source>
        <translation>DIN 5008 forme A (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="126"/>
        <source>US #10 envelope (Letter)</source>
        <translation>Enveloppe US n° 10 (Letter)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="127"/>
        <source>Where the customer&apos;s address is printed, to show through the envelope&apos;s window.</source>
        <translation>L’endroit où l’adresse du client est imprimée, pour apparaître dans la fenêtre de l’enveloppe.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="128"/>
        <source>Return address</source>
        <translation>Adresse de retour</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="130"/>
        <source>Invoice facts</source>
        <translation>Informations de facture</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="133"/>
        <source>Tax numbers</source>
        <translation>Numéros fiscaux</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="136"/>
        <source>Lines &amp;&amp; totals</source>
        <translation>Lignes &amp;&amp; totaux</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="137"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Description (always shown)</source>
        <translation>Description (toujours affichée)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Tax rate</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="140"/>
        <source>Amount (always shown)</source>
        <translation>Montant (toujours affiché)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Arithmetic</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <source>Show the tax per rate</source>
        <translation>Afficher la taxe par taux</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Notes</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="149"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Payment block</source>
        <translation>Bloc de paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Show how to pay</source>
        <translation>Indiquer comment payer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="151"/>
        <source>Payment term</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="152"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="153"/>
        <source>Change the payment term</source>
        <translation>Modifier le délai de paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="154"/>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>Such as DE89 3704 0044 0532 0130 00</source>
        <translation>Par exemple DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="156"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="157"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>GiroCode</source>
        <translation>GiroCode</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="129"/>
        <source>Our address in small print above the customer&apos;s</source>
        <translation>Notre adresse en petits caractères au-dessus de celle du client</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Explain prorated lines</source>
        <translation>Expliquer les lignes au prorata</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="142"/>
        <source>Such as “3 sites × 12.00 × 5/31 days = 5.81”.</source>
        <translation>Par exemple «&#xa0;3 sites × 12,00 × 5/31 jours = 5,81&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <source>Show the notes</source>
        <translation>Afficher les mentions</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="145"/>
        <source>Reverse charge and exemption wording, and the note written under Texts.</source>
        <translation>Mentions d’autoliquidation et d’exonération, et la note saisie sous Textes.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>QR code for the banking app</source>
        <translation>Code QR pour l’application bancaire</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="159"/>
        <source>An EPC GiroCode, printed on euro invoices when an IBAN is given.</source>
        <translation>Un GiroCode EPC, imprimé sur les factures en euros quand un IBAN est indiqué.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="162"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="168"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="169"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="170"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="171"/>
        <source>Payment text</source>
        <translation>Texte de paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="172"/>
        <source>Tax called</source>
        <translation>Nom de la taxe</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="173"/>
        <source>Empty: VAT, in the invoice&apos;s language</source>
        <translation>Vide&#xa0;: TVA, dans la langue de la facture</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="185"/>
        <location filename="../ui/designer/settings_panel.py" line="199"/>
        <location filename="../ui/designer/settings_panel.py" line="248"/>
        <location filename="../ui/designer/settings_panel.py" line="415"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="266"/>
        <source>Payment instructions</source>
        <translation>Instructions de paiement</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="279"/>
        <source>Order on the page</source>
        <translation>Ordre sur la page</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="280"/>
        <source>The letterhead, address and facts always come first.</source>
        <translation>L’en-tête, l’adresse et les informations viennent toujours en premier.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="281"/>
        <source>Change the order of the blocks</source>
        <translation>Modifier l’ordre des blocs</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="307"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="317"/>
        <location filename="../ui/designer/settings_panel.py" line="332"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="318"/>
        <source>Headings, rules and the totals&apos; band; written #RRGGBB.</source>
        <translation>Titres, filets et bandeau des totaux&#xa0;; écrit #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="319"/>
        <location filename="../ui/designer/settings_panel.py" line="338"/>
        <source>Change the accent colour</source>
        <translation>Modifier la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Upload…</source>
        <translation>Téléverser…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>PNG or JPEG, at most %1 KiB and %2 pixels a side.</source>
        <translation>PNG ou JPEG, %1 Kio et %2 pixels de côté au plus.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="365"/>
        <source>Remove the logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="369"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="378"/>
        <source>%1, %2 KiB, %3 x %4 pixels</source>
        <translation>%1, %2 Kio, %3 x %4 pixels</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="385"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="386"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="404"/>
        <source>Upload the logo</source>
        <translation>Téléverser le logo</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="118"/>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="135"/>
        <source>a file name</source>
        <translation>un nom de fichier</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="142"/>
        <source>there is no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="165"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opening balance, every entry of the period with the running balance, closing balance and what is overdue, in the customer&apos;s language.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Solde d&apos;ouverture, chaque écriture de la période avec le solde progressif, solde de clôture et impayés, dans la langue du client.</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="169"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="172"/>
        <source>&amp;Every account of the customer (all issuers and currencies)</source>
        <translation>&amp;Tous les comptes du client (tous émetteurs et devises)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="173"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="174"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="175"/>
        <source>&amp;Write statement</source>
        <translation>É&amp;crire le relevé</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../ui/tenants/actions.py" line="101"/>
        <source>&amp;Move to another company…</source>
        <translation>&amp;Déplacer vers une autre société…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="102"/>
        <source>&amp;Move to another seller…</source>
        <translation>&amp;Déplacer vers un autre vendeur…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="211"/>
        <source>New &amp;reseller…</source>
        <translation>Nouveau &amp;revendeur…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="212"/>
        <source>Sign up a reseller (%1)</source>
        <translation>Inscrire un revendeur (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="214"/>
        <source>New &amp;company…</source>
        <translation>Nouvelle &amp;société…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="215"/>
        <source>Sign up a company under the selected reseller or the hoster, or beside the selected company, under its seller (%1)</source>
        <translation>Inscrire une société sous le revendeur sélectionné ou l’hébergeur, ou à côté de la société sélectionnée, sous son vendeur (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="219"/>
        <source>New &amp;user…</source>
        <translation>Nouvel &amp;utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="220"/>
        <source>Add a user to the selected company (%1)</source>
        <translation>Ajouter un utilisateur à la société sélectionnée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="223"/>
        <source>Edit the selected reseller, company or user (%1)</source>
        <translation>Modifier le revendeur, la société ou l’utilisateur sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="228"/>
        <source>New reseller…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="229"/>
        <source>New company…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="230"/>
        <source>New user…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="231"/>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="149"/>
        <source>The database holds no hoster yet.</source>
        <translation>La base de données ne contient encore aucun hébergeur.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="153"/>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="155"/>
        <source>Matches for “%1”: %2</source>
        <translation>Résultats pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="188"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans l’arborescence&#xa0;; appuyez sur F5 pour recharger.</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="117"/>
        <source>one line each: street, building…</source>
        <translation>une ligne chacun&#xa0;: rue, bâtiment…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="122"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="123"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="124"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="125"/>
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="161"/>
        <source>Someone else saved first.</source>
        <translation>Quelqu’un d’autre a enregistré en premier.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="164"/>
        <source>&amp;Reload the form</source>
        <translation>&amp;Recharger le formulaire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="166"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="222"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="334"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="354"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="386"/>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="457"/>
        <source>Their change:</source>
        <translation>Leur modification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="458"/>
        <source>Reload the form with their change? What you typed here is replaced.</source>
        <translation>Recharger le formulaire avec leur modification&#xa0;? Ce que vous avez saisi ici sera remplacé.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="437"/>
        <location filename="../ui/tenants/forms/base.py" line="468"/>
        <source>Read again: this is the stored version now.</source>
        <translation>Relu&#xa0;: voici maintenant la version enregistrée.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="310"/>
        <location filename="../ui/tenants/tree_model.py" line="317"/>
        <source>Direct customers</source>
        <translation>Clients directs</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="330"/>
        <source>Hoster</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="331"/>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="332"/>
        <source>Companies the hoster bills directly</source>
        <translation>Sociétés facturées directement par l’hébergeur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="333"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="334"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Annuler ce changement</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="46"/>
        <source>Undo change #%1: %2?</source>
        <translation>Annuler le changement n° %1&#xa0;: %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="51"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="57"/>
        <source>&amp;Undo the change</source>
        <translation>&amp;Annuler le changement</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="93"/>
        <source>Undoing it records, dated like the change:</source>
        <translation>L’annulation enregistre, à la date du changement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="94"/>
        <source>Nothing is deleted: the change and its undo both stay in the history, and the invoices come to what they would have been without the change.</source>
        <translation>Rien n’est supprimé&#xa0;: le changement et son annulation restent tous deux dans l’historique, et les factures reviennent à ce qu’elles auraient été sans le changement.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="99"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>La prochaine facture ne peut pas encore être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="112"/>
        <source>This change cannot be undone:</source>
        <translation>Ce changement ne peut pas être annulé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="26"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="27"/>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Ce que vous avez saisi ici n’a pas été enregistré. Fermer et l’abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="31"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>Edit user %1</source>
        <translation>Modifier l’utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="38"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="42"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="43"/>
        <source>Unique within the company.</source>
        <translation>Unique au sein de la société.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
</context>
</TS>
