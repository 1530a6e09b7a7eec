<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation>Anulada (abonada)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Deferred (under the minimum)</source>
        <translation>Aplazada (por debajo del mínimo)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation>Trasladada a una factura posterior</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="17"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="18"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Wholesale invoice</source>
        <translation>Factura mayorista</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <location filename="../ui/payments/words.py" line="19"/>
        <source>Reseller statement</source>
        <translation>Liquidación al revendedor</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="38"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="39"/>
        <location filename="../ui/tenants/changes/words.py" line="43"/>
        <source>Proration</source>
        <translation>Prorrateo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="77"/>
        <location filename="../ui/tenants/changes/words.py" line="44"/>
        <source>Extra charge</source>
        <translation>Cargo adicional</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <location filename="../ui/tenants/changes/words.py" line="46"/>
        <source>Minimum charge</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation>Inversión del sujeto pasivo: el cliente liquida el impuesto</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
        <translation>Exento de impuestos</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="72"/>
        <source>Quantity changed</source>
        <translation>Cantidad modificada</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="73"/>
        <source>Plan changed</source>
        <translation>Plan cambiado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="74"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="75"/>
        <source>User assigned</source>
        <translation>Usuario asignado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>User unassigned</source>
        <translation>Usuario desasignado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Recurring extra ended</source>
        <translation>Cargo recurrente finalizado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Currency changed</source>
        <translation>Moneda cambiada</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="80"/>
        <source>Moved to another seller</source>
        <translation>Trasladada a otro vendedor</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="81"/>
        <source>Billing term changed</source>
        <translation>Periodicidad cambiada</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="82"/>
        <source>Billing day changed</source>
        <translation>Día de facturación cambiado</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="88"/>
        <source>Flat, per plan</source>
        <translation>Tarifa plana por plan</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="89"/>
        <source>Per user</source>
        <translation>Por usuario</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="90"/>
        <source>Per unit</source>
        <translation>Por unidad</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reseller invoices its companies</source>
        <translation>El revendedor factura a sus empresas</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="97"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>El proveedor factura y cobra</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>El proveedor factura, el revendedor cobra</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="106"/>
        <source>Anniversary of signup</source>
        <translation>Aniversario del alta</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Aniversario del alta (día %1)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Day %1 of the month each term starts</source>
        <translation>Día %1 del mes en que empieza cada periodo</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Day %1 of each month</source>
        <translation>Día %1 de cada mes</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By email</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By post</source>
        <translation>Por correo postal</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="124"/>
        <source>Reverse charge (0 %)</source>
        <translation>Inversión del sujeto pasivo (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="126"/>
        <source>Exempt (0 %)</source>
        <translation>Exento (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="128"/>
        <source>Standard, own rate %1 %</source>
        <translation>General, tipo propio %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="129"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>General (tipo del emisor)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="54"/>
        <source>Save the print batch</source>
        <translation>Guardar el lote de impresión</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="45"/>
        <location filename="../ui/task_progress.py" line="21"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="70"/>
        <source>Making the print batch…</source>
        <translation>Generando el lote de impresión…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="69"/>
        <location filename="../ui/delivery/post_batch.py" line="93"/>
        <location filename="../ui/delivery/post_batch.py" line="104"/>
        <location filename="../ui/delivery/post_batch.py" line="149"/>
        <location filename="../ui/delivery/post_batch.py" line="167"/>
        <source>Print-and-post batch</source>
        <translation>Lote de impresión para correo postal</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="73"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Añadiendo %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="94"/>
        <source>No invoice is waiting to go by post.</source>
        <translation>Ninguna factura está pendiente de envío por correo postal.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="105"/>
        <source>Did the batch print correctly?</source>
        <translation>¿Se imprimió bien el lote?</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="115"/>
        <source>Yes, mark them posted</source>
        <translation>Sí, marcarlas como enviadas</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="116"/>
        <source>No, print them again later</source>
        <translation>No, volver a imprimirlas más tarde</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="118"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="46"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="68"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="93"/>
        <source>Preparing the database…</source>
        <translation>Preparando la base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="111"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>Creando datos de demostración para %1 empresas…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="147"/>
        <source>This build&apos;s brand file is broken</source>
        <translation>El archivo de marca de esta compilación está dañado</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="167"/>
        <source>Prorata cannot open the database</source>
        <translation>Prorata no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be invoiced</source>
        <translation>Se facturará</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>Se aplazará (por debajo del mínimo)</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Nothing to bill</source>
        <translation>Nada que facturar</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Invoiced</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Statement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation>¿Actualizar la base de datos?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation>Esta base de datos la escribió una versión anterior de Prorata.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation>Su esquema debe actualizarse (%1 → %2) antes de que Prorata pueda abrirla. Si tiene dudas, haga antes una copia de seguridad. La actualización se ejecuta en una sola transacción: o se completa entera o no cambia nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation>Base de datos vacía</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation>Esta base de datos aún no contiene proveedor, revendedores ni empresas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation>¿Cargar datos de demostración para echar un vistazo? También puede empezar vacío e importar sus propios datos con «prorata import».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation>Cargar datos de demostración…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation>%1 empresas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation>¿Cuántas empresas?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="29"/>
        <source>Subscribe to a plan</source>
        <translation>Suscribir un plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="30"/>
        <source>Change a quantity</source>
        <translation>Cambiar una cantidad</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="31"/>
        <source>Change plan</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="32"/>
        <source>Cancel a plan</source>
        <translation>Cancelar un plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="33"/>
        <source>Assign a user to a plan</source>
        <translation>Asignar un usuario a un plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="34"/>
        <source>Unassign a user from a plan</source>
        <translation>Desasignar un usuario de un plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="35"/>
        <source>Add an extra charge</source>
        <translation>Añadir un cargo adicional</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="36"/>
        <source>End a recurring extra</source>
        <translation>Finalizar un cargo recurrente</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="42"/>
        <source>In advance</source>
        <translation>Por adelantado</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="45"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="62"/>
        <source>Subscribe to %1, quantity %2</source>
        <translation>Suscribir %1, cantidad %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="63"/>
        <source>Subscribe to %1</source>
        <translation>Suscribir %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="65"/>
        <source>Set the quantity of %1 to %2</source>
        <translation>Fijar la cantidad de %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="67"/>
        <source>Change %1 to %2, quantity %3</source>
        <translation>Cambiar %1 por %2, cantidad %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="68"/>
        <source>Change %1 to %2</source>
        <translation>Cambiar %1 por %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="70"/>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="72"/>
        <source>Assign %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="74"/>
        <source>Unassign %1 from %2</source>
        <translation>Desasignar %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="78"/>
        <source>Add the recurring extra %1 at %2 a period</source>
        <translation>Añadir el cargo recurrente %1 de %2 por periodo</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="79"/>
        <source>Add the one-off extra %1 of %2</source>
        <translation>Añadir el cargo único %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="81"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="83"/>
        <source>End the recurring extra %1</source>
        <translation>Finalizar el cargo recurrente %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="85"/>
        <source>Change the currency to %1</source>
        <translation>Cambiar la moneda a %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="90"/>
        <source>%1, from %2</source>
        <translation>%1, desde el %2</translation>
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
        <translation>%1 × %2 × %3/%4 días = %5</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Quarterly (every 3 months)</source>
        <translation>Trimestral (cada 3 meses)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Half-yearly (every 6 months)</source>
        <translation>Semestral (cada 6 meses)</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="29"/>
        <source>%1 in advance, on day %2</source>
        <translation>%1 por adelantado, el día %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="36"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="37"/>
        <source>%1, a whole term</source>
        <translation>%1, un periodo completo</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="38"/>
        <source>%1 to %2: %3 of %4 days, billed pro rata</source>
        <translation>%1 a %2: %3 de %4 días, facturados a prorrata</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="42"/>
        <location filename="../ui/catalogue/plans_model.py" line="71"/>
        <location filename="../ui/catalogue/extras_model.py" line="33"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="43"/>
        <location filename="../ui/catalogue/plans_model.py" line="72"/>
        <location filename="../ui/catalogue/extras_model.py" line="34"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="45"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="46"/>
        <source>Basis</source>
        <translation>Base de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="47"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="48"/>
        <location filename="../ui/catalogue/plans_model.py" line="74"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="51"/>
        <location filename="../ui/catalogue/extras_model.py" line="38"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="54"/>
        <source>Retired since %1: no new subscriptions; running ones go on being billed.</source>
        <translation>Retirado desde el %1: sin nuevas suscripciones; las vigentes se siguen facturando.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="77"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="17"/>
        <source>Default %1</source>
        <translation>Predeterminado %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="27"/>
        <source>Retired since %1: no longer offered; extras recorded from it are unchanged.</source>
        <translation>Retirado desde el %1: ya no se ofrece; los cargos ya registrados no cambian.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Charged</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Recurring</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>One-off</source>
        <translation>Único</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="20"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="21"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="22"/>
        <source>Payment reversed</source>
        <translation>Pago anulado</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="23"/>
        <source>Credit applied</source>
        <translation>Saldo a favor aplicado</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="24"/>
        <source>Payout to reseller</source>
        <translation>Pago al revendedor</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="30"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="31"/>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
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
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="34"/>
        <source>Direct debit</source>
        <translation>Domiciliación</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="44"/>
        <source>Not yet due</source>
        <translation>Aún no vencido</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="45"/>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="46"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="47"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="48"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="57"/>
        <source>Check bounced</source>
        <translation>Cheque devuelto</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="58"/>
        <source>Direct debit returned</source>
        <translation>Domiciliación devuelta</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>Contracargo de tarjeta</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="60"/>
        <source>Transfer recalled by the bank</source>
        <translation>Transferencia retirada por el banco</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="37"/>
        <location filename="../ui/delivery/review_import.py" line="42"/>
        <location filename="../ui/delivery/review_import.py" line="63"/>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>Import review answers</source>
        <translation>Importar respuestas de revisión</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="38"/>
        <source>Review answers (*.json);;All files (*)</source>
        <translation>Respuestas de revisión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="43"/>
        <source>Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)</source>
        <translation>¿Emitir ahora los borradores que aprobó el revisor? (No: se anotan las aprobaciones y siguen siendo borradores.)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="64"/>
        <source>Applying the review answers…</source>
        <translation>Aplicando las respuestas de la revisión…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="70"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Guardando los PDF de las facturas emitidas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="86"/>
        <source>Issued: %n</source>
        <translation>Emitidas: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="87"/>
        <source>Approved, still drafts: %n</source>
        <translation>Aprobadas, aún borradores: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="88"/>
        <source>Held with the reviewer&apos;s comment: %n</source>
        <translation>Retenidas con el comentario del revisor: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="89"/>
        <source>Imported before, nothing changed: %n</source>
        <translation>Ya importadas, sin cambios: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="94"/>
        <source>Notes: %n</source>
        <translation>Notas: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="97"/>
        <source>Refused: %n</source>
        <translation>Rechazadas: %n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="100"/>
        <source>PDFs not stored yet: %n (each is made when its invoice is first shown, sent or printed)</source>
        <translation>PDF aún sin guardar: %n (cada uno se crea cuando su factura se muestra, se envía o se imprime por primera vez)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="102"/>
        <source>The file has no answers.</source>
        <translation>El archivo no contiene respuestas.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>The review answers were imported.</source>
        <translation>Se importaron las respuestas de revisión.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="26"/>
        <location filename="../ui/payments/collection_words.py" line="27"/>
        <location filename="../ui/payments/collection_words.py" line="28"/>
        <source>The card was declined.</source>
        <translation>La tarjeta fue rechazada.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="29"/>
        <source>Not enough funds on the card.</source>
        <translation>Fondos insuficientes en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="30"/>
        <source>The card has expired.</source>
        <translation>La tarjeta ha caducado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="31"/>
        <source>The card&apos;s security code was wrong.</source>
        <translation>El código de seguridad de la tarjeta era incorrecto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="32"/>
        <source>The card number was wrong.</source>
        <translation>El número de tarjeta era incorrecto.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="33"/>
        <source>The card was reported lost.</source>
        <translation>La tarjeta fue declarada perdida.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="34"/>
        <source>The card was reported stolen.</source>
        <translation>La tarjeta fue declarada robada.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="35"/>
        <source>The bank suspects fraud and declined the card.</source>
        <translation>El banco sospecha fraude y rechazó la tarjeta.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="36"/>
        <source>The card does not support this kind of payment.</source>
        <translation>La tarjeta no admite este tipo de pago.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="37"/>
        <source>The bank wants the cardholder to confirm the payment.</source>
        <translation>El banco exige que el titular de la tarjeta confirme el pago.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="38"/>
        <source>The processor had an error; try again later.</source>
        <translation>El procesador de pagos tuvo un error; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="46"/>
        <source>No answer from the processor: not known yet whether the card was charged. It is never charged twice: the next collection asks the processor first.</source>
        <translation>Sin respuesta del procesador de pagos: aún no se sabe si se cobró la tarjeta. Nunca se cobra dos veces: el próximo cobro consulta primero al procesador.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="49"/>
        <source>The charge is still being made by someone else; look again later.</source>
        <translation>Otra persona está realizando el cobro; vuelva a mirar más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="54"/>
        <source>Not collected.</source>
        <translation>No cobrado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>SEPA direct debit</source>
        <translation>Adeudo directo SEPA</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>ACH debit</source>
        <translation>Débito ACH</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="55"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="56"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="92"/>
        <source>code or name</source>
        <translation>código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="93"/>
        <source>Issued &amp;by:</source>
        <translation>Emitida &amp;por:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="94"/>
        <source>Cu&amp;rrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="95"/>
        <source>Only with a balance</source>
        <translation>Solo con saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="96"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="173"/>
        <source>%1: open invoices less credit, plus %2 still to collect from the reseller on its statements</source>
        <translation>%1: facturas pendientes menos el saldo a favor, más %2 aún por cobrar al revendedor según sus liquidaciones</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="176"/>
        <source>%1: open invoices less credit, less %2 still to pay out to the reseller on its statements</source>
        <translation>%1: facturas pendientes menos el saldo a favor, menos %2 aún por pagar al revendedor según sus liquidaciones</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../ui/payments/account_panel.py" line="160"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="192"/>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="193"/>
        <source>Pick an account in the list to see its ledger and open invoices.</source>
        <translation>Elija una cuenta en la lista para ver sus movimientos y facturas pendientes.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="197"/>
        <source>Account with %1 in %2</source>
        <translation>Cuenta con %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>Movimientos (%Ln)</numerusform>
            <numerusform>Movimientos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="216"/>
        <source>Open invoices (%1)</source>
        <translation>Facturas pendientes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="277"/>
        <source>Payment #%1 recorded: %2, %3 left as credit.</source>
        <translation>Pago n.º %1 registrado: %2, quedan %3 como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="287"/>
        <source>Refund recorded.</source>
        <translation>Reembolso registrado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="294"/>
        <source>Payment reversed; open again: %1.</source>
        <translation>Pago anulado; vuelven a estar pendientes: %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="295"/>
        <source>no invoice</source>
        <translation>ninguna factura</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="302"/>
        <source>Credit applied to %1.</source>
        <translation>Saldo a favor aplicado a %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="336"/>
        <source>Statement written to %1.</source>
        <translation>Extracto guardado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="337"/>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="338"/>
        <source>The statement is written to %1.</source>
        <translation>El extracto se ha guardado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="341"/>
        <source>&amp;Open it</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="353"/>
        <source>To collect:</source>
        <translation>Por cobrar:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="357"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="358"/>
        <source>Credit:</source>
        <translation>Saldo a favor:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="359"/>
        <source>Owed outside invoices:</source>
        <translation>Adeudado fuera de facturas:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="360"/>
        <source>Money the customer owes on no invoice: a refund paid out of a payment that then bounced or was returned. Open invoices plus this, less the credit, is what the customer owes.</source>
        <translation>Dinero que el cliente adeuda fuera de toda factura: un reembolso pagado de un pago que luego fue rechazado o devuelto. Las facturas pendientes más esta cantidad, menos el saldo a favor, es lo que debe el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="364"/>
        <source>Statements:</source>
        <translation>Liquidaciones:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="365"/>
        <source>Paid out:</source>
        <translation>Pagado:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="354"/>
        <source>To pay out:</source>
        <translation>Por pagar:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="367"/>
        <source>The reseller&apos;s statements (its margins and the VAT collected in its name) are owed to it; the payouts made against them are subtracted. What is left is still to pay out: the balance is the open invoices plus what is owed outside invoices, less the credit and less what is to pay out, negative when more is owed to the reseller than by it.</source>
        <translation>Las liquidaciones del revendedor (sus márgenes y el IVA cobrado en su nombre) se le deben; se restan los pagos hechos contra ellas. Lo que queda está aún por pagar: el saldo son las facturas pendientes más lo adeudado fuera de facturas, menos el saldo a favor y menos lo que queda por pagar, negativo cuando se le debe al revendedor más de lo que él debe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="374"/>
        <source>Overdue:</source>
        <translation>Vencido:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="375"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="376"/>
        <source>Re&amp;fund…</source>
        <translation>Ree&amp;mbolsar…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="377"/>
        <source>Re&amp;verse…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="378"/>
        <source>Apply &amp;credit…</source>
        <translation>Aplicar &amp;saldo a favor…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="379"/>
        <source>&amp;Statement…</source>
        <translation>E&amp;xtracto…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="380"/>
        <source>The customer&apos;s statement of account for a period, as a PDF.</source>
        <translation>El extracto de cuenta del cliente de un periodo, en PDF.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="381"/>
        <source>A payment that did not hold: a bounced check, a returned debit.</source>
        <translation>Un pago que no se mantuvo: un cheque devuelto, una domiciliación devuelta.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="310"/>
        <source>Payout PO-%1 of %2 recorded.</source>
        <translation>Pago al revendedor PO-%1 de %2 registrado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="321"/>
        <source>Payout PO-%1 reversed: %2 is owed to the reseller again.</source>
        <translation>Pago al revendedor PO-%1 anulado: se le vuelven a deber %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="382"/>
        <source>Pay &amp;out…</source>
        <translation>Pa&amp;gar al revendedor…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="383"/>
        <source>Record that the hoster paid the reseller what it owes it on its statements.</source>
        <translation>Registrar que el proveedor pagó al revendedor lo que le debe por sus liquidaciones.</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="385"/>
        <source>Reverse pa&amp;yout…</source>
        <translation>Anular pag&amp;o al revendedor…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="386"/>
        <source>A payout that did not hold (its transfer bounced, it was entered twice): pick it in the ledger.</source>
        <translation>Un pago al revendedor que no se sostuvo (su transferencia fue devuelta, se registró dos veces): elíjalo en los movimientos.</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Unapplied credit</source>
        <translation>Saldo a favor sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Owed outside invoices</source>
        <translation>Adeudado fuera de facturas</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To pay out</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To collect</source>
        <translation>Por cobrar</translation>
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
        <translation>Pendiente en %1 por días de retraso: todos los emisores</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="249"/>
        <source>Open %1 by days overdue: %2</source>
        <translation>Pendiente en %1 por días de retraso: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="256"/>
        <source>Every issuer</source>
        <translation>Todos los emisores</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="263"/>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="264"/>
        <source>&amp;Issued by:</source>
        <translation>Emitida &amp;por:</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="265"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="266"/>
        <source>Days overdue count from each invoice&apos;s due date. Credit is netted into the buckets, oldest invoice first; what is left of it is unapplied credit. Money owed outside invoices (a refund whose payment then bounced) has its own column: open plus it, less credit, is what the customers owe. What resellers&apos; statements leave to pay out to them, once the payouts are counted, has a column of its own, in no bucket: it is owed to them, not by them. What resellers owe on their statements (a statement that nets against the reseller) is to collect, in a column of its own too.</source>
        <translation>Los días de atraso se cuentan desde el vencimiento de cada factura. El saldo a favor se compensa en los tramos, empezando por la factura más antigua; lo que queda es saldo a favor sin aplicar. El dinero adeudado fuera de facturas (un reembolso cuyo pago luego fue devuelto) tiene su propia columna: lo pendiente más esa cantidad, menos el saldo a favor, es lo que deben los clientes. Lo que las liquidaciones de los revendedores dejan por pagarles, una vez contados los pagos, tiene su propia columna, fuera de los tramos: se les debe a ellos, no lo deben ellos. Lo que los revendedores deben por sus liquidaciones (una liquidación que resulta en su contra) está por cobrar, también en una columna propia.</translation>
    </message>
</context>
<context>
    <name>AllocationEditor</name>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="121"/>
        <source>%1 more than %2: allocate less.</source>
        <translation>%1 más que %2: asigne menos.</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the credit</source>
        <translation>el saldo a favor</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="132"/>
        <source>Left as credit: %1</source>
        <translation>Queda como saldo a favor: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="133"/>
        <source>Credit left: %1</source>
        <translation>Saldo a favor restante: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="139"/>
        <source>Oldest invoices first</source>
        <translation>Primero las facturas más antiguas</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="140"/>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>To allocate</source>
        <translation>A asignar</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="147"/>
        <source>Type the amount to allocate to %1 (at most %2).</source>
        <translation>Escriba el importe que asignar a %1 (como máximo %2).</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="109"/>
        <source>an amount to apply</source>
        <translation>un importe que aplicar</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <location filename="../ui/payments/credit_dialog.py" line="121"/>
        <location filename="../ui/payments/credit_dialog.py" line="134"/>
        <source>Apply credit</source>
        <translation>Aplicar saldo a favor</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <source>Apply %1 of credit?</source>
        <translation>¿Aplicar %1 de saldo a favor?</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit available: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo a favor disponible: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="128"/>
        <source>%1 of the credit is held by %2, who collects none of these invoices: it pays none of them and stays credit.</source>
        <translation>%1 del saldo a favor lo tiene %2, que no cobra ninguna de estas facturas: no paga ninguna y sigue como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="132"/>
        <source>&amp;Applied on:</source>
        <translation>Aplicado &amp;el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="133"/>
        <source>Apply to:</source>
        <translation>Aplicar a:</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation>Asignado desde</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>El %Ln cambio más reciente.</numerusform>
            <numerusform>Los %Ln cambios más recientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln cambio.</numerusform>
            <numerusform>%Ln cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="108"/>
        <source>Select a change to see its details.</source>
        <translation>Seleccione un cambio para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="119"/>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="120"/>
        <source>&amp;Changes to:</source>
        <translation>&amp;Cambios en:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="121"/>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="122"/>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="123"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="124"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="126"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="127"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Resellers</source>
        <translation>Revendedores</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Extra items</source>
        <translation>Conceptos adicionales</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Billing settings</source>
        <translation>Ajustes de facturación</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Minimum charges</source>
        <translation>Importes mínimos</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Currencies</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Invoice templates</source>
        <translation>Plantillas de factura</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Billing runs</source>
        <translation>Procesos de facturación</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Bundle imports</source>
        <translation>Importaciones de paquetes</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="134"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="138"/>
        <source>Anything</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="84"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="147"/>
        <location filename="../ui/billing/run_dialog.py" line="353"/>
        <source>Run billing</source>
        <translation>Facturar</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="148"/>
        <location filename="../ui/billing/run_dialog.py" line="359"/>
        <source>&amp;Run billing</source>
        <translation>&amp;Facturar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>¿Escribir %Ln factura hasta el %1, por un total de %2, como mostró la vista previa?</numerusform>
            <numerusform>¿Escribir %Ln facturas hasta el %1, por un total de %2, como mostró la vista previa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>Y %Ln factura o liquidación a revendedores.</numerusform>
            <numerusform>Y %Ln facturas o liquidaciones a revendedores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>You have not previewed this run. Bill every company up to %1 now?</source>
        <translation>No ha visto la vista previa de este proceso. ¿Facturar ahora todas las empresas hasta el %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="169"/>
        <source>The invoices will be issued: they get numbers and can no longer be changed, only credited.</source>
        <translation>Las facturas se emitirán: reciben número y ya no se pueden modificar, solo abonar.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="172"/>
        <source>The invoices will be drafts: you can check them and issue them later.</source>
        <translation>Las facturas serán borradores: puede revisarlas y emitirlas más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="180"/>
        <source>Stopping after the PDFs being made now…</source>
        <translation>Deteniendo tras los PDF que se están generando…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="182"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>Deteniendo tras las empresas que se facturan ahora…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="194"/>
        <source>Reading what is due…</source>
        <translation>Leyendo lo pendiente…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>Guardando los PDF de las facturas emitidas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="239"/>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Previewing</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Billing</source>
        <translation>Facturando</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1: %2 de %3 fechas de facturación hechas</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>(up to %1)</source>
        <translation>(hasta el %1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="266"/>
        <source>Preview finished: nothing was written.</source>
        <translation>Vista previa terminada: no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="267"/>
        <source>Run finished.</source>
        <translation>Proceso terminado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="286"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="301"/>
        <source>The run stopped.</source>
        <translation>El proceso se ha detenido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Vista previa hasta el %1: se escribiría %Ln factura, por un total de %2.</numerusform>
            <numerusform>Vista previa hasta el %1: se escribirían %Ln facturas, por un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Facturado hasta el %1: %Ln factura escrita, por un total de %2.</numerusform>
            <numerusform>Facturado hasta el %1: %Ln facturas escritas, por un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln factura o liquidación a revendedores.</numerusform>
            <numerusform>%Ln facturas o liquidaciones a revendedores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln empresa aplazada por no alcanzar el importe mínimo.</numerusform>
            <numerusform>%Ln empresas aplazadas por no alcanzar el importe mínimo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln empresa sin nada que facturar.</numerusform>
            <numerusform>%Ln empresas sin nada que facturar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln empresa omitida: la facturación está desactivada para su revendedor.</numerusform>
            <numerusform>%Ln empresas omitidas: la facturación está desactivada para su revendedor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln empresa no se pudo facturar: vea la fila marcada como Error.</numerusform>
            <numerusform>%Ln empresas no se pudieron facturar: vea las filas marcadas como Error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln liquidación con un revendedor no se pudo hacer: vea la fila marcada como Error.</numerusform>
            <numerusform>%Ln liquidaciones con revendedores no se pudieron hacer: vea las filas marcadas como Error.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="340"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>No hay nada pendiente hasta el %1: todas las fechas de facturación ya están facturadas.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="343"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>Cancelado: el próximo proceso facturará las empresas restantes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln PDF guardado tal como se emitió.</numerusform>
            <numerusform>%Ln PDF guardados tal como se emitieron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="348"/>
        <source>PDFs not stored yet are made when each invoice is first shown, sent or printed.</source>
        <translation>Los PDF aún no guardados se generan cuando cada factura se muestra, envía o imprime por primera vez.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="354"/>
        <source>Bill &amp;up to:</source>
        <translation>Facturar &amp;hasta:</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="355"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>&amp;Emitir las facturas (con número)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="356"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>Sin marcar, el proceso escribe borradores que puede revisar y emitir más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="357"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="358"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>Muestra lo que facturaría el proceso, sin escribir nada.</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="360"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="362"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>Se factura cada fecha de facturación hasta el día elegido que aún no esté facturada, de la más antigua a la más reciente. Vea primero la vista previa; un proceso nunca factura dos veces un periodo.</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="164"/>
        <source>Minimum charges of %1</source>
        <translation>Importes mínimos de %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>Minimum charges</source>
        <translation>Importes mínimos</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="180"/>
        <source>%1 (hoster)</source>
        <translation>%1 (proveedor)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="207"/>
        <source>Switch off invoicing for %1?</source>
        <translation>¿Desactivar la facturación para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="208"/>
        <source>Switch off payment collection for %1?</source>
        <translation>¿Desactivar el cobro para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="210"/>
        <source>Stop taking checks for %1?</source>
        <translation>¿Dejar de aceptar cheques para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="212"/>
        <source>Billing runs will stop altogether.</source>
        <translation>No se ejecutará ningún proceso de facturación.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="214"/>
        <source>Prorata will no longer collect payment of %1&apos;s invoices.</source>
        <translation>Prorata dejará de cobrar las facturas de %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="216"/>
        <source>A check paid to %1 will be refused when it is recorded.</source>
        <translation>Un cheque pagado a %1 se rechazará al registrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="221"/>
        <source>Resellers set to “As the hoster” are switched off too.</source>
        <translation>Los revendedores configurados como «Como el proveedor» también se desactivan.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="222"/>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="226"/>
        <source>Change the tax rate of %1?</source>
        <translation>¿Cambiar el tipo impositivo de %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="228"/>
        <source>Invoices billed from now on are taxed at the new rate; issued ones keep theirs.</source>
        <translation>Las facturas que se emitan a partir de ahora usan el nuevo tipo; las ya emitidas conservan el suyo.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="229"/>
        <location filename="../ui/billing/settings_dialog.py" line="234"/>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Save change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="231"/>
        <source>Change the invoice numbers of %1?</source>
        <translation>¿Cambiar los números de factura de %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="233"/>
        <source>Numbers given from now on follow the new format; the sequence carries on.</source>
        <translation>Los números que se asignen a partir de ahora siguen el nuevo formato; la secuencia continúa.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="238"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="248"/>
        <source>Remove the minimum charge of %1 in %2?</source>
        <translation>¿Quitar el importe mínimo de %1 en %2?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="249"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="251"/>
        <source>Change the minimum charge of %1 in %2?</source>
        <translation>¿Cambiar el importe mínimo de %1 en %2?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="254"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="255"/>
        <source>Applies to invoices billed from now on.</source>
        <translation>Se aplica a las facturas que se emitan a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="284"/>
        <source>the minimum amount</source>
        <translation>el importe mínimo</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="302"/>
        <source>Double-click a cell to change it. Switching something off, or changing a tax rate, a number format or a minimum charge, asks before it is saved. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). Checks off: checks are refused as payment.</source>
        <translation>Haga doble clic en una celda para cambiarla. Desactivar algo, o cambiar un tipo impositivo, un formato de número o un importe mínimo, pide confirmación antes de guardarse. Un interruptor de revendedor en «Como el proveedor» sigue al del proveedor. Facturación desactivada: los procesos de facturación omiten las empresas del emisor (el interruptor del proveedor detiene todo proceso). Cheques desactivados: los cheques se rechazan como pago.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="185"/>
        <location filename="../ui/billing/settings_dialog.py" line="300"/>
        <source>Billing settings</source>
        <translation>Ajustes de facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="209"/>
        <source>Switch off email delivery for %1?</source>
        <translation>¿Desactivar el envío por correo electrónico para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="213"/>
        <source>Billing runs will skip %1&apos;s companies.</source>
        <translation>Los procesos de facturación omitirán las empresas de %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="215"/>
        <source>%1&apos;s invoices will no longer be sent by email.</source>
        <translation>Las facturas de %1 dejarán de enviarse por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="306"/>
        <source>amount, e.g. %1</source>
        <translation>importe, p. ej. %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="308"/>
        <source>&amp;Add minimum</source>
        <translation>&amp;Añadir mínimo</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="311"/>
        <source>Defer to the next invoice</source>
        <translation>Aplazar a la próxima factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="312"/>
        <source>Top up to the minimum</source>
        <translation>Completar hasta el mínimo</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="49"/>
        <source>A name in at least one language</source>
        <translation>Un nombre en al menos un idioma</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="394"/>
        <source>Plan %1 takes new subscriptions again.</source>
        <translation>El plan %1 vuelve a aceptar suscripciones.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="395"/>
        <source>Extra item %1 is offered again.</source>
        <translation>El concepto adicional %1 vuelve a ofrecerse.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="412"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="413"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="414"/>
        <source>Extra items</source>
        <translation>Conceptos adicionales</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="415"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="416"/>
        <location filename="../ui/catalogue/editor.py" line="424"/>
        <location filename="../ui/catalogue/editor.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="417"/>
        <location filename="../ui/catalogue/editor.py" line="427"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="418"/>
        <source>No new subscriptions from a day on; running ones go on being billed</source>
        <translation>Sin nuevas suscripciones a partir de un día; las vigentes se siguen facturando</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="419"/>
        <location filename="../ui/catalogue/editor.py" line="428"/>
        <source>&amp;Unretire</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="420"/>
        <source>Take the retirement back: the plan takes new subscriptions again</source>
        <translation>Deshacer la retirada: el plan vuelve a aceptar suscripciones</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="421"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Precios…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="422"/>
        <source>Show the plan in the price matrix</source>
        <translation>Mostrar el plan en la matriz de precios</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="423"/>
        <source>&amp;New service…</source>
        <translation>&amp;Nuevo servicio…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="425"/>
        <source>&amp;New item…</source>
        <translation>&amp;Nuevo concepto…</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="75"/>
        <source>Record a change · %1</source>
        <translation>Registrar un cambio · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="88"/>
        <source>keep the quantity it has</source>
        <translation>mantener la cantidad actual</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="94"/>
        <source>&amp;Bill it every period until it is ended</source>
        <translation>&amp;Facturarlo cada periodo hasta que se finalice</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="95"/>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="97"/>
        <source>The day it takes effect; a day already invoiced is corrected on the next invoice.</source>
        <translation>El día en que surte efecto; un día ya facturado se corrige en la próxima factura.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="103"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="104"/>
        <source>&amp;New plan:</source>
        <translation>&amp;Nuevo plan:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="105"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="106"/>
        <source>E&amp;xtra:</source>
        <translation>&amp;Concepto:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="107"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="108"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="109"/>
        <source>Recurring:</source>
        <translation>Recurrente:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="125"/>
        <source>&amp;Save the change</source>
        <translation>&amp;Guardar el cambio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="156"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="181"/>
        <source>Nothing to preview.</source>
        <translation>Nada que previsualizar.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="209"/>
        <source>No plan to choose on this day</source>
        <translation>No hay ningún plan disponible ese día</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="212"/>
        <source>The extra-item catalogue is empty</source>
        <translation>El catálogo de conceptos adicionales está vacío</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="214"/>
        <source>%1 · %2 a period%3</source>
        <translation>%1 · %2 por periodo%3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="217"/>
        <source>No recurring extra runs on this day</source>
        <translation>Ningún cargo recurrente vigente ese día</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="218"/>
        <source>In %1, the company&apos;s currency on this day; a minus for a credit.</source>
        <translation>En %1, la moneda de la empresa ese día; un signo menos para un abono.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="220"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="238"/>
        <source>No other plan to change to</source>
        <translation>No hay otro plan al que cambiar</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="243"/>
        <source>Every user has this plan</source>
        <translation>Todos los usuarios tienen este plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="247"/>
        <source>No user has this plan</source>
        <translation>Ningún usuario tiene este plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="249"/>
        <source>The whole company</source>
        <translation>Toda la empresa</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="268"/>
        <source>units</source>
        <translation>unidades</translation>
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
            <numerusform>%1 · %Ln usuario</numerusform>
            <numerusform>%1 · %Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="316"/>
        <source>The catalogue has no plans yet. Add them on the Catalogue tab, under Plans; then subscribe the company here.</source>
        <translation>El catálogo aún no tiene planes. Añádalos en la pestaña Catálogo, en Planes; después suscriba aquí la empresa a uno.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="318"/>
        <source>The company already has every plan the catalogue offers on this day: there is no plan left to subscribe to.</source>
        <translation>La empresa ya tiene ese día todos los planes que ofrece el catálogo: no queda ningún plan que suscribir.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="320"/>
        <source>The company has no plan billed per unit on this day, so there is no quantity to change. Only a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or pick another day.</source>
        <translation>La empresa no tiene ese día ningún plan facturado por unidad, así que no hay ninguna cantidad que cambiar. Solo un plan por unidad (sitios, buzones…) tiene cantidad: suscriba primero la empresa a uno o elija otro día.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="324"/>
        <source>The company subscribes to no plan on this day: there is no plan to change or cancel.</source>
        <translation>La empresa no tiene ningún plan suscrito ese día: no hay ningún plan que cambiar o cancelar.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="326"/>
        <source>There is no other plan to change to: the company already has every plan the catalogue offers on this day.</source>
        <translation>No hay otro plan al que cambiar: la empresa ya tiene ese día todos los planes que ofrece el catálogo.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="328"/>
        <source>The company has no plan billed per user on this day: there is no plan to assign a user to or unassign a user from.</source>
        <translation>La empresa no tiene ese día ningún plan facturado por usuario: no hay ningún plan al que asignar un usuario ni del que quitarlo.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="330"/>
        <source>The company has no users yet. Add one with New user… in the tenant tree; then assign it to a plan here.</source>
        <translation>La empresa aún no tiene usuarios. Añada uno con «Nuevo usuario…» en el árbol de clientes; después asígnelo aquí a un plan.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="332"/>
        <source>No user of the company is assigned to a plan on this day: there is nobody to unassign.</source>
        <translation>Ningún usuario de la empresa está asignado a un plan ese día: no hay nadie a quien quitar.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="334"/>
        <source>The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items (New item…); then add one to the company here.</source>
        <translation>El catálogo aún no tiene cargos adicionales. Añádalos en la pestaña Catálogo, en Conceptos adicionales («Nuevo concepto…»); después añada uno aquí a la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="336"/>
        <source>No recurring extra runs for this company on this day: there is nothing to end.</source>
        <translation>Ningún cargo recurrente está vigente para esta empresa ese día: no hay nada que finalizar.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="459"/>
        <source>%1: choose another plan or another kind of change.</source>
        <translation>%1: elija otro plan u otro tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="468"/>
        <source>The catalogue has no amount for %1 in %2: type the amount to charge.</source>
        <translation>El catálogo no tiene importe para %1 en %2: escriba el importe que se cobrará.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="469"/>
        <source>Type the amount to charge, in %2.</source>
        <translation>Escriba el importe que se cobrará, en %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="483"/>
        <source>Working out the next invoice…</source>
        <translation>Calculando la próxima factura…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="500"/>
        <source>Saving records: %1.</source>
        <translation>Se guardará: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="503"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>Aún no se puede calcular la próxima factura: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="505"/>
        <source>The change can be saved, but billing needs what is said above.</source>
        <translation>El cambio se puede guardar, pero la facturación necesita lo indicado arriba.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="519"/>
        <source>This change cannot be recorded as it stands: see the reason above.</source>
        <translation>Este cambio no se puede registrar tal como está: vea el motivo arriba.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="580"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="594"/>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="600"/>
        <source>Change recorded: %1</source>
        <translation>Cambio registrado: %1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="71"/>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="72"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="75"/>
        <source>Someone else deleted or moved this record after you opened it.</source>
        <translation>Otra persona ha eliminado o movido este registro después de que usted lo abriera.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="76"/>
        <source>It can no longer be saved here.</source>
        <translation>Ya no se puede guardar aquí.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="78"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Otra persona ha cambiado este registro después de que usted lo abriera.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="79"/>
        <source>Their change:</source>
        <translation>Su cambio:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="80"/>
        <source>Your edits stay as typed. Reload shows their version instead of what you typed.</source>
        <translation>Lo que ha escrito se mantiene. «Recargar» muestra la otra versión en lugar de lo que usted escribió.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../ui/payments/collection_view.py" line="166"/>
        <source>Folder for the bank files</source>
        <translation>Carpeta de los ficheros bancarios</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="187"/>
        <source>Counting what is open…</source>
        <translation>Contando lo pendiente…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="205"/>
        <source>Nothing to collect up to %1.</source>
        <translation>Nada que cobrar hasta el %1.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="209"/>
        <source>Choose a folder for the bank files first.</source>
        <translation>Elija primero una carpeta para los ficheros bancarios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>¿Cobrar %Ln factura emitida hasta el %1, %2 en total?</numerusform>
            <numerusform>¿Cobrar %Ln facturas emitidas hasta el %1, %2 en total?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="221"/>
        <source>Nothing to collect up to %1. Apply the customers&apos; credit to the invoices it settles?</source>
        <translation>Nada que cobrar hasta el %1. ¿Aplicar el saldo a favor de los clientes a las facturas que salda?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln se salda primero con el saldo a favor del cliente, no se cobra.</numerusform>
            <numerusform>%Ln se saldan primero con el saldo a favor de los clientes, no se cobran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln se cobra ahora a una tarjeta guardada.</numerusform>
            <numerusform>%Ln se cobran ahora a una tarjeta guardada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln se adeuda el %1, en ficheros bancarios escritos en %2.</numerusform>
            <numerusform>%Ln se adeudan el %1, en ficheros bancarios escritos en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="237"/>
        <source>Collect payments</source>
        <translation>Cobrar pagos</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="238"/>
        <source>&amp;Collect</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="259"/>
        <source>Asking the processors about charges left unanswered…</source>
        <translation>Consultando a los procesadores los cobros sin respuesta…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="267"/>
        <source>Stopping after the payment being collected now…</source>
        <translation>Se detiene tras el pago que se está cobrando…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="279"/>
        <source>Collecting: %1 of %2 done</source>
        <translation>Cobrando: %1 de %2 hechos</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the SEPA file</source>
        <translation>escribiendo el fichero SEPA</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the ACH file</source>
        <translation>escribiendo el fichero ACH</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="285"/>
        <source>(charging %1)</source>
        <translation>(cobrando %1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="295"/>
        <source>Collection cancelled.</source>
        <translation>Cobro cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="296"/>
        <source>Collection finished.</source>
        <translation>Cobro terminado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="307"/>
        <source>The collection stopped.</source>
        <translation>El cobro se detuvo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>%Ln factura sin tocar: sin tarjeta guardada, mandato ni autorización.</numerusform>
            <numerusform>%Ln facturas sin tocar: sin tarjeta guardada, mandato ni autorización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>%Ln factura sin tocar: el cobro está desactivado para su emisor.</numerusform>
            <numerusform>%Ln facturas sin tocar: el cobro está desactivado para su emisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>%Ln factura cobrada, %1.</numerusform>
            <numerusform>%Ln facturas cobradas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="327"/>
        <source>Nothing was collected.</source>
        <translation>No se cobró nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>%Ln de ellas por adeudo directo: suba el fichero bancario de abajo al banco.</numerusform>
            <numerusform>%Ln de ellas por adeudo directo: suba los ficheros bancarios de abajo al banco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>%Ln a revisar: vea la lista de abajo.</numerusform>
            <numerusform>%Ln a revisar: vea la lista de abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>%Ln factura saldada con el saldo a favor del cliente (%1), no cobrada.</numerusform>
            <numerusform>%Ln facturas saldadas con el saldo a favor de los clientes (%1), no cobradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="343"/>
        <source>Cancelled: what was collected stays collected; the rest is collected by the next run.</source>
        <translation>Cancelado: lo cobrado sigue cobrado; el resto se cobra en la próxima ejecución.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>%Ln fichero bancario escrito en %1: %2</numerusform>
            <numerusform>%Ln ficheros bancarios escritos en %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="361"/>
        <source>To follow up (%1)</source>
        <translation>A revisar (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="383"/>
        <source>%1 has no account in %2.</source>
        <translation>%1 no tiene cuenta en %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="392"/>
        <source>Collects the issued, open invoices of customers with a saved card (charged now through the processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers with payment collection switched off are left alone. Nothing is ever charged twice.</source>
        <translation>Cobra las facturas emitidas y pendientes de clientes con tarjeta guardada (cobrada ahora a través del procesador) o con mandato SEPA o autorización ACH (un fichero bancario para subir al banco). Los emisores con el cobro desactivado no se tocan. Nunca se cobra nada dos veces.</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="395"/>
        <source>Invoices issued &amp;up to:</source>
        <translation>Facturas emitidas &amp;hasta:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="396"/>
        <source>Direct debits &amp;due on:</source>
        <translation>Adeudos con &amp;vencimiento el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="397"/>
        <source>Bank files &amp;in:</source>
        <translation>Ficheros bancarios &amp;en:</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="398"/>
        <source>No folder chosen</source>
        <translation>Ninguna carpeta elegida</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="400"/>
        <source>&amp;Collect…</source>
        <translation>&amp;Cobrar…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="401"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="402"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="403"/>
        <source>Show the customer&apos;s &amp;account</source>
        <translation>Mostrar la c&amp;uenta del cliente</translation>
    </message>
</context>
<context>
    <name>CompanyChanges</name>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="124"/>
        <source>Change #%1 undone.</source>
        <translation>Cambio n.º %1 deshecho.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1, con fecha %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="149"/>
        <source>Record a &amp;change…</source>
        <translation>Registrar un &amp;cambio…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="150"/>
        <source>Subscribe, change a quantity or plan, cancel, assign a user, add an extra (%1)</source>
        <translation>Suscribir, cambiar una cantidad o un plan, cancelar, asignar un usuario, añadir un cargo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="153"/>
        <source>&amp;Undo this change…</source>
        <translation>&amp;Deshacer este cambio…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="154"/>
        <source>Record the change that takes back the selected one (%1)</source>
        <translation>Registrar el cambio que revierte el seleccionado (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="156"/>
        <source>Change term or billing &amp;day…</source>
        <translation>Cambiar periodicidad o &amp;día de facturación…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="157"/>
        <source>Bill monthly, quarterly, half-yearly or yearly, or on another day; it takes effect at a billing boundary</source>
        <translation>Facturar mensual, trimestral, semestral o anualmente, o en otro día; surte efecto en un límite de facturación</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>Edit company %1</source>
        <translation>Editar la empresa %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Half-yearly</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="59"/>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="60"/>
        <source>Reverse charge (0 %)</source>
        <translation>Inversión del sujeto pasivo (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="61"/>
        <source>Exempt (0 %)</source>
        <translation>Exento (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="64"/>
        <source>Anniversary of signup</source>
        <translation>Aniversario del alta</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="65"/>
        <source>Day %1 of each month</source>
        <translation>Día %1 de cada mes</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="72"/>
        <source>Changes from a date on: record it in the company&apos;s history.</source>
        <translation>Cambia a partir de una fecha: regístrelo en el historial de la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="74"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="75"/>
        <source>Never changes once the company exists.</source>
        <translation>No cambia una vez creada la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="79"/>
        <source>None: a direct customer of the hoster</source>
        <translation>Ninguno: cliente directo del proveedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="81"/>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendedor:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="82"/>
        <source>Moving a company is a dated move, not an edit.</source>
        <translation>Mover una empresa es un traslado con fecha, no una edición.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="87"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="91"/>
        <source>The language of the company&apos;s invoices</source>
        <translation>El idioma de las facturas de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="92"/>
        <source>&amp;Billing day:</source>
        <translation>&amp;Día de facturación:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="94"/>
        <source>&amp;Term:</source>
        <translation>&amp;Periodicidad:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="95"/>
        <source>How many months one invoice bills in advance</source>
        <translation>Cuántos meses factura por adelantado cada factura</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="96"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Alta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="97"/>
        <source>Never changes: billing starts from it.</source>
        <translation>No cambia nunca: la facturación empieza ese día.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="98"/>
        <source>&amp;Invoices go:</source>
        <translation>&amp;Envío de facturas:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="100"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="103"/>
        <source>Ta&amp;x ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="105"/>
        <source>Tax treat&amp;ment:</source>
        <translation>&amp;Régimen fiscal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="107"/>
        <source>Own tax r&amp;ate (%):</source>
        <translation>&amp;Tipo impositivo propio (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="108"/>
        <source>Leave blank for the issuer&apos;s rate.</source>
        <translation>Déjelo vacío para usar el tipo del emisor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 signed up.</source>
        <translation>Empresa %1 dada de alta.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 saved.</source>
        <translation>Empresa %1 guardada.</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln de sus planes sin precio (resaltado)</numerusform>
            <numerusform>%Ln de sus planes sin precio (resaltados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="322"/>
        <source>End the own price of %1 from a day on: from then the company pays its seller&apos;s price.</source>
        <translation>Terminar el precio propio de %1 desde un día: desde entonces la empresa paga el precio de su vendedor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="325"/>
        <source>Select a plan with an own price to end it from a day on.</source>
        <translation>Seleccione un plan con precio propio para terminarlo desde un día.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="339"/>
        <source>%1: own price ended from %2; it pays its seller&apos;s price, %3.</source>
        <translation>%1: precio propio terminado desde el %2; la empresa paga el precio de su vendedor, %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="347"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1: precio propio fijado en %2 desde el %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="351"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1: eliminado el precio propio vigente desde el %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="355"/>
        <source>Remove own price</source>
        <translation>Eliminar precio propio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices in %1</source>
        <translation>Precios en %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="365"/>
        <source>Prices on, and changes from:</source>
        <translation>Precios el día, y cambios desde:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="367"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>Haga doble clic en un precio propio para fijar uno para esta empresa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="368"/>
        <source>End own price from…</source>
        <translation>Terminar precio propio desde…</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="123"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Seller&apos;s price</source>
        <translation>Precio del vendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Own price</source>
        <translation>Precio propio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Pays</source>
        <translation>Paga</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="148"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>Lo que el vendedor de la empresa cobra a sus empresas.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="149"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>Un precio solo para esta empresa; prevalece sobre el precio del vendedor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="150"/>
        <source>What billing charges this company per unit.</source>
        <translation>Lo que la facturación cobra a esta empresa por unidad.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>ended %1</source>
        <translation>terminado el %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="189"/>
        <source>The company has this plan.</source>
        <translation>La empresa tiene este plan.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="193"/>
        <source>Its own price ended on %1: it pays its seller&apos;s price, with the seller&apos;s later changes. Double-click to give it an own price again from the chosen day on.</source>
        <translation>Su precio propio terminó el %1: paga el precio de su vendedor, con sus cambios posteriores. Haga doble clic para darle de nuevo un precio propio desde el día elegido.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="197"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>Haga doble clic para dar a esta empresa su propio precio a partir del día elegido.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="199"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>Precio propio desde el %1. Escriba un importe para cambiarlo a partir del día elegido; vacíelo para eliminarlo.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="202"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>No hay precio en %1: no se puede facturar este plan a la empresa. Dele un precio propio o fije el precio de su vendedor en Precios.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="232"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>¿Eliminar el precio propio de %1 para %2, vigente desde el %3? Las facturas ya escritas lo conservan; los periodos facturados a partir de ahora toman el precio que entonces se aplique.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="119"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="168"/>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="169"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>Elija un revendedor, una empresa o un usuario en el árbol, o búsquelo encima (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Hoster</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Tax ID:</source>
        <translation>NIF:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="242"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Currencies:</source>
        <translation>Monedas:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Resellers:</source>
        <translation>Revendedores:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Companies:</source>
        <translation>Empresas:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1 (%2 facturadas directamente)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Direct customers</source>
        <translation>Clientes directos</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>Empresas que %1 factura directamente, sin revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Reseller · code %1</source>
        <translation>Revendedor · código %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Billing:</source>
        <translation>Facturación:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Billing day:</source>
        <translation>Día de facturación:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Signed up:</source>
        <translation>Alta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>direct customer of the hoster</source>
        <translation>cliente directo del proveedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Company · code %1 · %2</source>
        <translation>Empresa · código %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Customer code:</source>
        <translation>Código de cliente:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Reseller:</source>
        <translation>Revendedor:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>None (billed by the hoster)</source>
        <translation>Ninguno (factura el proveedor)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>Billing term today:</source>
        <translation>Periodicidad hoy:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>Billing day today:</source>
        <translation>Día de facturación hoy:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>Historial de cambios (%Ln evento, los más recientes primero)</numerusform>
            <numerusform>Historial de cambios (%Ln eventos, los más recientes primero)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Invoices go:</source>
        <translation>Envío de facturas:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="251"/>
        <source>Tax:</source>
        <translation>Impuesto:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="259"/>
        <source>User · %1</source>
        <translation>Usuario · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="268"/>
        <source>Current subscriptions</source>
        <translation>Suscripciones actuales</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="269"/>
        <source>Assigned plans</source>
        <translation>Planes asignados</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="272"/>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
</context>
<context>
    <name>EndOwnPriceDialog</name>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="31"/>
        <source>End own price of %1</source>
        <translation>Terminar el precio propio de %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="34"/>
        <source>Own price %1, in force since %2.</source>
        <translation>Precio propio %1, vigente desde el %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="36"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="40"/>
        <source>&amp;End from:</source>
        <translation>&amp;Terminar desde:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="41"/>
        <source>From this day the company pays its seller&apos;s price; the days before keep the own price. A day already billed cannot be chosen.</source>
        <translation>Desde este día la empresa paga el precio de su vendedor; los días anteriores conservan el precio propio. No se puede elegir un día ya facturado.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="45"/>
        <source>End own price</source>
        <translation>Terminar precio propio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="46"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="84"/>
        <source>The explanation could not be worked out.</source>
        <translation>No se ha podido calcular la explicación.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="87"/>
        <source>Working out the explanation…</source>
        <translation>Calculando la explicación…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="116"/>
        <location filename="../ui/invoices/explain_panel.py" line="248"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Seleccione una línea para ver cómo se calculó su importe.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="145"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <location filename="../ui/invoices/explain_panel.py" line="148"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <source>own price ended</source>
        <translation>precio propio terminado</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="149"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="150"/>
        <source>← applied</source>
        <translation>← aplicado</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="159"/>
        <source>Company&apos;s own price</source>
        <translation>Precio propio de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="160"/>
        <source>Retail</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="161"/>
        <source>Reseller&apos;s own wholesale</source>
        <translation>Precio mayorista propio del revendedor</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="162"/>
        <source>Wholesale</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="168"/>
        <source>Billed in advance for the period {start} to {end}.</source>
        <translation>Facturado por adelantado para el periodo del {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="169"/>
        <source>A change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}.</source>
        <translation>Un cambio el {day}: {days} de los {period_days} días del periodo del {period_start} al {period_end}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="171"/>
        <source>{start} to {end} is not one billing period of the company as its billing days fall today.</source>
        <translation>Del {start} al {end} no es un periodo de facturación de la empresa según sus días de facturación actuales.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="173"/>
        <source>One-off extra: {event}.</source>
        <translation>Cargo único: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="174"/>
        <source>Recurring extra: {event}.</source>
        <translation>Cargo recurrente: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="175"/>
        <source>The minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}.</source>
        <translation>El importe mínimo es {minimum}: los cargos sumaban {subtotal}, completados con {top_up}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="177"/>
        <source>Typed by hand by {actor} on {at}.</source>
        <translation>Introducido a mano por {actor} el {at}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="178"/>
        <source>Typed by hand (the audit log does not say by whom).</source>
        <translation>Introducido a mano (el registro no dice por quién).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="179"/>
        <source>Corrects the period {period_start} to {period_end}, billed on {invoice}.</source>
        <translation>Corrige el periodo del {period_start} al {period_end}, facturado en {invoice}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="180"/>
        <source>Because of a change recorded after that invoice: {event}.</source>
        <translation>Por un cambio registrado después de esa factura: {event}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="181"/>
        <source>Price in force on {day}, layer by layer:</source>
        <translation>Precio vigente el {day}, nivel por nivel:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="182"/>
        <source>The reseller&apos;s cost on {day}, layer by layer:</source>
        <translation>Coste del revendedor el {day}, nivel por nivel:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="183"/>
        <source>{monthly} a month for a term of {months} months: {unit_price}.</source>
        <translation>{monthly} al mes para una periodicidad de {months} meses: {unit_price}.</translation>
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
        <translation>Redondeado una vez, al alza desde la mitad, a {digits} decimal(es): diferencia de redondeo {difference}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="188"/>
        <source>The reseller&apos;s cost for this line is {cost}; its margin {margin}.</source>
        <translation>El coste del revendedor para esta línea es {cost}; su margen, {margin}.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="189"/>
        <source>The price matrix changed since: billed at {billed} ({billed_price} a unit), today&apos;s prices give {today} ({today_price} a unit).</source>
        <translation>La matriz de precios ha cambiado desde entonces: facturado {billed} ({billed_price} por unidad), los precios actuales dan {today} ({today_price} por unidad).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="191"/>
        <source>No layer has a price for {day} today: the price matrix changed since.</source>
        <translation>Hoy ningún nivel tiene precio para el {day}: la matriz de precios ha cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="204"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="233"/>
        <source>quantity %1</source>
        <translation>cantidad %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="236"/>
        <source>%1, dated %2</source>
        <translation>%1, con fecha %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="238"/>
        <source>, recorded %1</source>
        <translation>, registrado el %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="240"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="244"/>
        <source>Why this amount</source>
        <translation>Por qué este importe</translation>
    </message>
</context>
<context>
    <name>ExtraDialog</name>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>New extra item</source>
        <translation>Nuevo concepto adicional</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>Edit extra item %1</source>
        <translation>Editar el concepto adicional %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="65"/>
        <source>An item&apos;s code never changes: extras recorded from it keep it.</source>
        <translation>El código de un concepto nunca cambia: los cargos registrados con él lo conservan.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="67"/>
        <source>&amp;Charged:</source>
        <translation>&amp;Cobro:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Once (one-off)</source>
        <translation>Una vez (único)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Every period until ended (recurring)</source>
        <translation>Cada periodo hasta que se finalice (recurrente)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="73"/>
        <source>Default in %1:</source>
        <translation>Predeterminado en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="74"/>
        <source>Written as %1; blank: no default in that currency. A clerk can change the amount when adding the extra.</source>
        <translation>Con el formato %1; vacío: sin importe predeterminado en esa moneda. Se puede cambiar el importe al añadir el cargo.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="78"/>
        <source>Name in %1:</source>
        <translation>Nombre en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Recurring</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Default amounts</source>
        <translation>Importes predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Retired from</source>
        <translation>Retirado desde</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 added.</source>
        <translation>Concepto adicional %1 añadido.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 saved.</source>
        <translation>Concepto adicional %1 guardado.</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln concepto mostrados</numerusform>
            <numerusform>%1 de %Ln conceptos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="235"/>
        <source>Show &amp;retired</source>
        <translation>Mostrar &amp;retirados</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="236"/>
        <source>Find an item by code or name</source>
        <translation>Buscar un concepto por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="237"/>
        <source>Extras a clerk adds to a company or one of its users: the item gives the name on the invoice and a default amount per currency, which the clerk may change.</source>
        <translation>Cargos que se añaden a una empresa o a uno de sus usuarios: el concepto da el nombre en la factura y un importe predeterminado por moneda, que se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="44"/>
        <source>Why it was not collected</source>
        <translation>Por qué no se cobró</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Plan or item</source>
        <translation>Plan o concepto</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="196"/>
        <source>Recurring extra charge</source>
        <translation>Cargo adicional recurrente</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 de %Ln factura mostradas; desplácese para ver más</numerusform>
            <numerusform>%1 de %Ln facturas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>Primera %Ln factura mostrada; desplácese para ver más</numerusform>
            <numerusform>Primeras %Ln facturas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="196"/>
        <source>Manual draft #%1 created.</source>
        <translation>Borrador manual n.º %1 creado.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="202"/>
        <source>&amp;New manual invoice…</source>
        <translation>&amp;Nueva factura manual…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="203"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>InvoiceDesigner</name>
    <message>
        <location filename="../ui/designer/designer.py" line="82"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="84"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="140"/>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="148"/>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="150"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (aún sin guardar)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="175"/>
        <location filename="../ui/designer/designer.py" line="336"/>
        <source>Invoice designer</source>
        <translation>Diseño de facturas</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="176"/>
        <source>This template has changes that are not saved. Discard them?</source>
        <translation>Esta plantilla tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="185"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="187"/>
        <source>New template %1</source>
        <translation>Nueva plantilla %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="204"/>
        <source>The page shows the last valid settings: correct the fields marked on the left.</source>
        <translation>La página muestra los últimos ajustes válidos: corrija los campos marcados a la izquierda.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Name of the new template:</source>
        <translation>Nombre de la nueva plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="253"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="281"/>
        <source>Saved “%1” (version %2).</source>
        <translation>«%1» guardada (versión %2).</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="303"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="313"/>
        <source>“%1” is now the default.</source>
        <translation>«%1» es ahora la predeterminada.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="327"/>
        <source>New template, not saved yet</source>
        <translation>Nueva plantilla, aún sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="329"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="331"/>
        <source>, the default</source>
        <translation>, predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="333"/>
        <source>, changed since saved</source>
        <translation>, cambiada desde que se guardó</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="344"/>
        <source>Issuer </source>
        <translation>Emisor </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="345"/>
        <source>Template </source>
        <translation>Plantilla </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="348"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="349"/>
        <source>Make &amp;default</source>
        <translation>Hacer pre&amp;determinada</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="64"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="99"/>
        <source>Issued &amp;by:</source>
        <translation>Emitida &amp;por:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="101"/>
        <source>code or name</source>
        <translation>código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="102"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Periodo desde:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="103"/>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="105"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="106"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="110"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="160"/>
        <source>Billed for %1 to %2</source>
        <translation>Facturado del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>This line bills company %1</source>
        <translation>Esta línea factura a la empresa %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="226"/>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="240"/>
        <source>Currency %1, tax %2 %</source>
        <translation>Moneda %1, impuesto %2 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="274"/>
        <source>line %1, quantity</source>
        <translation>línea %1, cantidad</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="276"/>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="278"/>
        <source>line %1, unit price</source>
        <translation>línea %1, precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="280"/>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="281"/>
        <source>line %1, tax rate</source>
        <translation>línea %1, tipo impositivo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="299"/>
        <source>customer code</source>
        <translation>código de cliente</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="307"/>
        <source>New manual invoice</source>
        <translation>Nueva factura manual</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="308"/>
        <source>Customer code:</source>
        <translation>Código de cliente:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="309"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>el código de una empresa o de un revendedor</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="310"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Tax rate (%)</source>
        <translation>Tipo impositivo (%)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="314"/>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="315"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="316"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount; with another quantity or price it still bills the same share of its billing period (12 days of a 31-day month: quantity x price x 12/31).</source>
        <translation>La factura se guarda como borrador; al emitirla recibe su número. Los precios unitarios llevan los decimales de la moneda; un precio negativo crea una línea de descuento. Una línea facturada conserva su importe; con otra cantidad u otro precio sigue facturando la misma parte de su periodo de facturación (12 días de un mes de 31: cantidad x precio x 12/31).</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="43"/>
        <source>settled up to %1</source>
        <translation>liquidado hasta el %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="54"/>
        <source>A settlement with the reseller: it takes every charge billed to the reseller&apos;s customers up to %1 that no earlier settlement took, whatever period the charge covers.</source>
        <translation>Una liquidación con el revendedor: incluye todo lo facturado a los clientes del revendedor hasta el %1 que ninguna liquidación anterior incluyó, sea cual sea el periodo que cubra.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="63"/>
        <source>Draft #%1</source>
        <translation>Borrador n.º %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="64"/>
        <source>#%1 (no number)</source>
        <translation>n.º %1 (sin número)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Nada pagado aún; %1 pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="136"/>
        <source>No payments.</source>
        <translation>Sin pagos.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="138"/>
        <source>%1 open of %2.</source>
        <translation>%1 pendiente de %2.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="157"/>
        <source>Payment #%1 recorded.</source>
        <translation>Pago n.º %1 registrado.</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="161"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="162"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsModel</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="60"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="61"/>
        <source>Payment #%1 · %2</source>
        <translation>Pago n.º %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="63"/>
        <source> (reversed)</source>
        <translation> (anulado)</translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="18"/>
        <source>Preview on an invoice</source>
        <translation>Vista previa en una factura</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="23"/>
        <source>Number, customer code or name</source>
        <translation>Número, código o nombre del cliente</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="63"/>
        <source>No invoice matches.</source>
        <translation>Ninguna factura coincide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>La %Ln factura más reciente que coincide.</numerusform>
            <numerusform>Las %Ln facturas más recientes que coinciden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="40"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="200"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="261"/>
        <source>No invoice selected</source>
        <translation>Ninguna factura seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="262"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>Elija una factura en la lista para leerla.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="268"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="269"/>
        <source>Issued by:</source>
        <translation>Emitida por:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="270"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>Issue date:</source>
        <translation>Fecha de emisión:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>not issued yet</source>
        <translation>aún no emitida</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="272"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="275"/>
        <source>Corrects:</source>
        <translation>Corrige:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="281"/>
        <source>Lines (%1)</source>
        <translation>Líneas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="324"/>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="325"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>¿Emitir %1 a %2 por %3? Recibe su número y ya no se puede modificar, solo abonar.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>Issued as %1.</source>
        <translation>Emitida como %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="352"/>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="358"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="359"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>¿Eliminar %1? Un borrador de un proceso de facturación se vuelve a facturar en el siguiente proceso.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="364"/>
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="370"/>
        <source>Credit invoice</source>
        <translation>Abonar factura</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="371"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>¿Abonar %1 por completo? Se emite una nota de crédito en el acto y la factura queda anulada.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="379"/>
        <source>Credit note %1 issued.</source>
        <translation>Nota de crédito %1 emitida.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="386"/>
        <source>Modify invoice</source>
        <translation>Modificar factura</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="387"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>¿Modificar %1? Se abona por completo y se abre una copia en borrador para que la corrija y la emita.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="396"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>Nota de crédito %1 emitida; la copia en borrador está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="413"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="414"/>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="415"/>
        <source>Tax:</source>
        <translation>Impuesto:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="416"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="417"/>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="418"/>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Editar borrador…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="419"/>
        <source>&amp;Delete draft</source>
        <translation>E&amp;liminar borrador</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="420"/>
        <source>&amp;Modify…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="421"/>
        <source>C&amp;redit</source>
        <translation>A&amp;bonar</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="422"/>
        <source>Send by e-mai&amp;l…</source>
        <translation>Enviar por &amp;correo electrónico…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="423"/>
        <source>E-mail this invoice&apos;s PDF to the customer (once; again only if you say so).</source>
        <translation>Enviar el PDF de esta factura al cliente por correo electrónico (una vez; de nuevo solo si usted lo indica).</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="425"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>Abonar esta factura y abrir una copia en borrador para corregirla.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="426"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>Emitir una nota de crédito por toda la factura.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="427"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>Seleccione una línea para ver cómo se calculó su importe.</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Tax rate (%)</source>
        <translation>Tipo impositivo (%)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="72"/>
        <source>Payment collection</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Email delivery</source>
        <translation>Envío por correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (on)</source>
        <translation>Como el proveedor (activado)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (off)</source>
        <translation>Como el proveedor (desactivado)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="105"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>Desactivado: los procesos de facturación omiten las empresas del emisor (en el proveedor: ningún proceso).</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="106"/>
        <source>Off: checks are refused when a payment to the issuer is recorded.</source>
        <translation>Desactivado: los cheques se rechazan al registrar un pago al emisor.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="107"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>Una plantilla con {seq} y opcionalmente {year}, como INV-{year}-{seq:05}.</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="118"/>
        <source>%1 (hoster)</source>
        <translation>%1 (proveedor)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="131"/>
        <source>As the hoster</source>
        <translation>Como el proveedor</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="103"/>
        <source>#%1 · %2 · %3</source>
        <translation>n.º %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="105"/>
        <location filename="../ui/payments/account_models.py" line="117"/>
        <source> (reversed)</source>
        <translation> (anulado)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="107"/>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="109"/>
        <source>of payment #%1 · %2</source>
        <translation>del pago n.º %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="136"/>
        <source>Recorded by %1</source>
        <translation>Registrado por %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="138"/>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="114"/>
        <source>of payout PO-%1</source>
        <translation>del pago PO-%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="125"/>
        <source>Payout reversed</source>
        <translation>Pago al revendedor anulado</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="145"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
</context>
<context>
    <name>LoginScope</name>
    <message>
        <location filename="../ui/login_scope.py" line="20"/>
        <source>hoster admin</source>
        <translation>administrador del proveedor</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="21"/>
        <source>hoster clerk</source>
        <translation>administrativo del proveedor</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="22"/>
        <source>reseller admin</source>
        <translation>administrador del revendedor</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="23"/>
        <source>reseller clerk</source>
        <translation>administrativo del revendedor</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="24"/>
        <source>reviewer, read only</source>
        <translation>revisor, solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="31"/>
        <source>%1 (%2 of %3)</source>
        <comment>login (role of reseller)</comment>
        <translation>%1 (%2 de %3)</translation>
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
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="282"/>
        <source>About Prorata</source>
        <translation>Acerca de Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="283"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
Consola de facturación para proveedores de hosting.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="285"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="286"/>
        <source>%1 %2, by %3
Built on Prorata, a billing console for hosting providers.</source>
        <translation>%1 %2, de %3
Basado en Prorata, una consola de facturación para proveedores de hosting.</translation>
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
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="305"/>
        <source>Database: %1 · logged in as %2</source>
        <translation>Base de datos: %1 · sesión iniciada como %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="308"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="309"/>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;cambios…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="312"/>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="313"/>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="314"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="315"/>
        <source>&amp;Run billing…</source>
        <translation>&amp;Ejecutar facturación…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="316"/>
        <source>Billing &amp;settings…</source>
        <translation>&amp;Ajustes de facturación…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="317"/>
        <source>Invoice &amp;designer…</source>
        <translation>&amp;Diseño de facturas…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="318"/>
        <source>Open re&amp;view file…</source>
        <translation>Abrir archivo de re&amp;visión…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="319"/>
        <source>&amp;Import review answers…</source>
        <translation>&amp;Importar respuestas de revisión…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="320"/>
        <source>Send &amp;invoices…</source>
        <translation>E&amp;nviar facturas…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="321"/>
        <source>&amp;Print-and-post batch…</source>
        <translation>Lote de impresión para &amp;correo postal…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="322"/>
        <source>&amp;Tenants</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="323"/>
        <source>C&amp;atalogue</source>
        <translation>C&amp;atálogo</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="324"/>
        <source>&amp;Prices</source>
        <translation>&amp;Precios</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="325"/>
        <source>I&amp;nvoices</source>
        <translation>Fact&amp;uras</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="326"/>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;gos</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="327"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="328"/>
        <source>&amp;About Prorata</source>
        <translation>&amp;Acerca de Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="329"/>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="355"/>
        <source>A billing preview is still working. Stop it and quit?</source>
        <translation>Una vista previa de facturación sigue en marcha. ¿Detenerla y salir?</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="356"/>
        <source>A billing run is writing invoices. Stop it after the companies being billed now, and quit? What is billed by then stays billed; the next run bills the rest.</source>
        <translation>Un proceso de facturación está escribiendo facturas. ¿Detenerlo tras las empresas que se facturan ahora y salir? Lo facturado hasta entonces queda facturado; el próximo proceso factura el resto.</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="358"/>
        <source>Quit Prorata</source>
        <translation>Salir de Prorata</translation>
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
        <translation>No se ha podido hacer:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="209"/>
        <source>Defer to the next invoice</source>
        <translation>Aplazar a la próxima factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="210"/>
        <source>Top up to the minimum</source>
        <translation>Completar hasta el mínimo</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <location filename="../ui/billing/settings_models.py" line="254"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="221"/>
        <source>Below it</source>
        <translation>Por debajo</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="39"/>
        <source>&amp;Move</source>
        <translation>&amp;Trasladar</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="41"/>
        <source>Move company %1</source>
        <translation>Trasladar la empresa %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="43"/>
        <source>Move user %1</source>
        <translation>Trasladar el usuario %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="57"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="60"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="64"/>
        <source>Current seller:</source>
        <translation>Vendedor actual:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="70"/>
        <source>&amp;New seller:</source>
        <translation>&amp;Nuevo vendedor:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="74"/>
        <source>&amp;To company:</source>
        <translation>&amp;A la empresa:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="75"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Con efecto desde:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="112"/>
        <source>The hoster itself (%1)</source>
        <translation>El propio proveedor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="137"/>
        <source>From this date the new seller invoices the company. The seller it leaves credits, on its next invoice, what it billed in advance for the days from this date, and its reseller cost stops on this date. Users, plans, one-off extras and history go along; invoices already written stay with their issuer.</source>
        <translation>A partir de esta fecha el nuevo vendedor factura a la empresa. El vendedor que deja abona, en su próxima factura, lo que facturó por adelantado por los días desde esta fecha, y su coste de revendedor termina en esta fecha. Usuarios, planes, cargos únicos e historial se trasladan con ella; las facturas ya escritas se quedan con su emisor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="145"/>
        <source>%1 (%2/month)</source>
        <translation>%1 (%2/mes)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="147"/>
        <source>Recurring extras end with the move: %1. They are the current seller&apos;s own items: it bills them up to the day before; the new seller does not bill them.</source>
        <translation>Los cargos recurrentes terminan con el cambio de vendedor: %1. Son artículos propios del vendedor actual: los factura hasta el día anterior; el nuevo vendedor no los factura.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="151"/>
        <source>From this date the user is taken off its plans in %1 and put on the same plans in the other company, which must have them: both are billed pro rata by days. Only companies of the same seller are listed.</source>
        <translation>A partir de esta fecha el usuario se desasigna de sus planes en %1 y se asigna a los mismos planes en la otra empresa, que debe tenerlos: ambas se facturan a prorrata por días. Solo se muestran empresas del mismo vendedor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="155"/>
        <source>This date lies in a period already invoiced (up to %1): the next invoices carry the corrections.</source>
        <translation>Esta fecha cae en un periodo ya facturado (hasta el %1): las próximas facturas llevan las correcciones.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="158"/>
        <source>Last moved on %1; a new move cannot be dated before that.</source>
        <translation>Último traslado el %1; un nuevo traslado no puede tener fecha anterior.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="167"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="169"/>
        <source>to</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="191"/>
        <source>Company %1 moves to %2 from %3.</source>
        <translation>La empresa %1 pasa a %2 desde el %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="197"/>
        <source>User %1 moves to %2 from %3.</source>
        <translation>El usuario %1 pasa a %2 desde el %3.</translation>
    </message>
</context>
<context>
    <name>OpenInvoicesModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Billing date</source>
        <translation>Fecha de facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="77"/>
        <source>Reseller %1</source>
        <translation>Revendedor %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
</context>
<context>
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 de %Ln cuenta mostradas; desplácese para ver más</numerusform>
            <numerusform>%1 de %Ln cuentas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>Primera %Ln cuenta mostrada; desplácese para ver más</numerusform>
            <numerusform>Primeras %Ln cuentas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="184"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="185"/>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="186"/>
        <source>Collection</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="187"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="54"/>
        <source>the amount</source>
        <translation>el importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="60"/>
        <location filename="../ui/payments/payout_dialog.py" line="71"/>
        <location filename="../ui/payments/payout_dialog.py" line="80"/>
        <source>Pay out</source>
        <translation>Pagar al revendedor</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="61"/>
        <source>Pay %1 out to %2 on %3? Make sure the money was actually sent.</source>
        <translation>¿Pagar %1 a %2 el %3? Asegúrese de que el dinero se haya enviado de verdad.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;To pay out: %2 (the reseller&apos;s statements less what was paid out against them).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Por pagar: %2 (las liquidaciones del revendedor menos los pagos hechos contra ellas).</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="76"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="77"/>
        <source>&amp;Paid out on:</source>
        <translation>Pagado &amp;el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="78"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="79"/>
        <source>the transfer&apos;s reference</source>
        <translation>referencia de la transferencia</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>Edit plan %1</source>
        <translation>Editar el plan %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="54"/>
        <source>A plan&apos;s code and service never change: invoices and prices refer to them.</source>
        <translation>El código y el servicio de un plan nunca cambian: las facturas y los precios se refieren a ellos.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="56"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="59"/>
        <source>Invoices have already billed this plan %1: its basis can no longer change. Add a new plan for another basis.</source>
        <translation>Las facturas ya han facturado este plan %1: su base de cálculo ya no puede cambiar. Añada un plan nuevo para otra base.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="61"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base de cálculo:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="63"/>
        <source>Unit in %1:</source>
        <translation>Unidad en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="64"/>
        <source>What one unit is, as invoices name it: site, GB, licence…</source>
        <translation>Qué es una unidad, tal como la nombran las facturas: sitio, GB, licencia…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="65"/>
        <source>Name in %1:</source>
        <translation>Nombre en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="66"/>
        <source>Description in %1:</source>
        <translation>Descripción en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="73"/>
        <source>A plan stays with its service.</source>
        <translation>Un plan permanece en su servicio.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Basis</source>
        <translation>Base de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Retired from</source>
        <translation>Retirado desde</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 added.</source>
        <translation>Plan %1 añadido.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 saved.</source>
        <translation>Plan %1 guardado.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="168"/>
        <location filename="../ui/catalogue/editor.py" line="198"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln plan mostrados</numerusform>
            <numerusform>%1 de %Ln planes mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="187"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="188"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="192"/>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="193"/>
        <source>Active plans</source>
        <translation>Planes activos</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="194"/>
        <source>Retired plans</source>
        <translation>Planes retirados</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="199"/>
        <source>Find a plan by code or name</source>
        <translation>Buscar un plan por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="200"/>
        <source>Greyed plans are retired: no company can subscribe or change to them; running subscriptions go on being billed. Double-click a plan to edit it; its prices are set in the Prices tab.</source>
        <translation>Los planes en gris están retirados: ninguna empresa puede suscribirlos ni cambiar a ellos; las suscripciones vigentes se siguen facturando. Haga doble clic en un plan para editarlo; sus precios se fijan en la pestaña Precios.</translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="106"/>
        <source>%1 on %2, a cover sheet first, saved in %3.</source>
        <translation>%1 en %2, con una portada delante, guardadas en %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>Enviado a la impresora: %Ln página. Cuando esté impresa, responda:</numerusform>
            <numerusform>Enviado a la impresora: %Ln páginas. Cuando estén impresas, responda:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="112"/>
        <source>Print it on both sides (or press Print… to send it to a printer), then answer:</source>
        <translation>Imprima el lote a doble cara (o envíelo a una impresora con «Imprimir…») y luego responda:</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="114"/>
        <source>Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting.</source>
        <translation>«Sí» las marca como enviadas hoy; «No» las devuelve para el próximo lote; «Más tarde» las deja pendientes.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="135"/>
        <source>Print the batch</source>
        <translation>Imprimir el lote</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="150"/>
        <source>Sending the batch to the printer…</source>
        <translation>Enviando el lote a la impresora…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="153"/>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="168"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>No se pudo abrir la impresora; no se imprimió nada.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="62"/>
        <source>Menus, windows and messages change at once; numbers and dates follow the language. Invoices keep each customer&apos;s own language.</source>
        <translation>Los menús, ventanas y mensajes cambian al instante; los números y las fechas siguen el idioma. Las facturas conservan el idioma de cada cliente.</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="111"/>
        <source>The preview shows here.</source>
        <translation>Aquí aparece la vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="135"/>
        <source>This changes nothing on the next invoice, dated %1.</source>
        <translation>Esto no cambia nada en la próxima factura, con fecha %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="140"/>
        <source>The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>La próxima factura, con fecha %1: subtotal %2 → %3 (%4); con impuestos %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="142"/>
        <source>This changes nothing on the next invoice in %1, dated %2.</source>
        <translation>Esto no cambia nada en la próxima factura en %1, con fecha %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="146"/>
        <source>The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>La factura en %7 de la misma fecha: subtotal %2 → %3 (%4); con impuestos %5 → %6.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="148"/>
        <source>The change is dated into a period already invoiced: the correction lines bill that difference on the next invoice.</source>
        <translation>El cambio tiene fecha en un periodo ya facturado: las líneas de corrección facturan esa diferencia en la próxima factura.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="162"/>
        <source>On the next invoice</source>
        <translation>En la próxima factura</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Calculation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="76"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/designer/preview.py" line="49"/>
        <source>Sample invoice</source>
        <translation>Factura de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="51"/>
        <source>Preview on an invoice…</source>
        <translation>Vista previa en una factura…</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="56"/>
        <source>The language of the previewed invoice</source>
        <translation>El idioma de la factura en vista previa</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="60"/>
        <source>The sample invoice&apos;s currency</source>
        <translation>La moneda de la factura de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="63"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="64"/>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="67"/>
        <source>Preview on</source>
        <translation>Vista previa en</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="152"/>
        <source> · shown %1 ms after the change</source>
        <translation> · mostrada %1 ms después del cambio</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="160"/>
        <source>The page cannot be rendered: %1</source>
        <translation>No se puede representar la página: %1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="146"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="147"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="148"/>
        <source>Wholesale</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="149"/>
        <source>Reseller&apos;s cost</source>
        <translation>Coste del revendedor</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="150"/>
        <source>Retail</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="151"/>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="175"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>El precio del proveedor para todos los revendedores.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="176"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>Lo que paga este revendedor: su precio negociado, si no, el mayorista.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="177"/>
        <source>What the seller charges its companies.</source>
        <translation>Lo que el vendedor cobra a sus empresas.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="178"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>Venta menos el coste del revendedor.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="220"/>
        <source>Missing prices in %1: %2</source>
        <translation>Precios que faltan en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Sin precio mayorista en %1: las empresas de este revendedor con este plan no se pueden facturar en %1. Haga doble clic para fijar uno.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>Sin precio de venta en %1: las empresas con este plan no se pueden facturar en %1. Haga doble clic para fijar uno.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="233"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>Precio propio de %1 (el mayorista es %2). Vacíelo para volver al mayorista.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="236"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>El precio mayorista; escriba un importe para dar a %1 su propio precio.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="239"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>Haga doble clic para cambiar el precio a partir de la fecha elegida.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="305"/>
        <source>%1 would sell %2 below cost: retail %3, the reseller&apos;s cost %4, a loss of %5 a unit.

Save it anyway?</source>
        <translation>%1 vendería %2 por debajo del coste: venta %3, coste del revendedor %4, una pérdida de %5 por unidad.

¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="309"/>
        <source>Retail below cost</source>
        <translation>Venta por debajo del coste</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="318"/>
        <location filename="../ui/prices/matrix_model.py" line="341"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="319"/>
        <location filename="../ui/prices/matrix_model.py" line="342"/>
        <source>with no start date</source>
        <translation>sin fecha de inicio</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="321"/>
        <source>%1 pays wholesale (%2) again.</source>
        <translation>%1 vuelve a pagar el precio mayorista (%2).</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="324"/>
        <source>The price before it applies again; without one, %1 cannot be billed in %2.</source>
        <translation>Vuelve a aplicarse el precio anterior; sin él, %1 no se puede facturar en %2.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="326"/>
        <source>Remove this price?

%2 · %1: %3, in force %4.

It is removed from the day it began: periods billed from then on would be billed without it. %5</source>
        <translation>¿Eliminar este precio?

%2 · %1: %3, vigente %4.

Se elimina desde el día en que empezó: los periodos facturados desde entonces se facturarían sin él. %5</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="330"/>
        <source>Remove a price</source>
        <translation>Eliminar un precio</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="339"/>
        <source>%1 · %2: removed %3 (in force %4).</source>
        <translation>%1 · %2: eliminado %3 (vigente %4).</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="141"/>
        <location filename="../ui/prices/matrix_widget.py" line="239"/>
        <source>%1 (direct companies)</source>
        <translation>%1 (empresas directas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln plan sin precio en %1 (resaltado)</numerusform>
            <numerusform>%Ln planes sin precio en %1 (resaltados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="215"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1: %2 fijado en %3 desde el %4.</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>Precios de %1 en %2 el %3</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="227"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Vendedor:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="229"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>Precios &amp;el día y cambios desde:</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="230"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="232"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are asked first).</source>
        <translation>Haga doble clic en un precio (o selecciónelo y escriba) para cambiarlo; el precio nuevo se aplica a partir de la fecha elegida y los periodos anteriores conservan el suyo. Un coste en negrita es el precio negociado del revendedor; vacíelo para volver al mayorista. Vaciar un precio lo elimina desde el día en que empezó (se le pregunta antes).</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="38"/>
        <source>Changed meanwhile</source>
        <translation>Modificado mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="39"/>
        <source>Someone else changed this account while you were working on it; nothing was written. The account is shown again as it is now.</source>
        <translation>Otra persona ha cambiado esta cuenta mientras trabajaba en ella; no se ha escrito nada. La cuenta se muestra de nuevo tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="56"/>
        <source>Checks are switched off (%1&apos;s setting).</source>
        <translation>Los cheques están desactivados (ajuste de %1).</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="104"/>
        <source>The account owes nothing: all %1 will be kept as credit on the account.</source>
        <translation>La cuenta no debe nada: los %1 enteros quedarán en la cuenta como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="106"/>
        <source>%1 more than the chosen invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 más de lo que deben las facturas elegidas: quedará en la cuenta como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="108"/>
        <source>%1 more than the account&apos;s open invoices owe: it will be kept as credit on the account.</source>
        <translation>%1 más de lo que deben las facturas pendientes de la cuenta: quedará en la cuenta como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="124"/>
        <source>the amount</source>
        <translation>el importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="147"/>
        <source>Record %1 by %2 from %3?</source>
        <translation>¿Registrar %1 por %2 de %3?</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="150"/>
        <source>It pays:</source>
        <translation>Paga:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="152"/>
        <source>%1 stays on the account as credit.</source>
        <translation>%1 queda en la cuenta como saldo a favor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="153"/>
        <location filename="../ui/payments/record_dialog.py" line="160"/>
        <location filename="../ui/payments/record_dialog.py" line="173"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance %2 · credit %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo %2 · saldo a favor %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="166"/>
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="167"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="168"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="169"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="170"/>
        <source>Allocate to:</source>
        <translation>Asignar a:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="171"/>
        <source>such as %1</source>
        <translation>por ejemplo %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="172"/>
        <source>the transfer&apos;s reference, the check&apos;s number, a receipt number</source>
        <translation>referencia de la transferencia, número del cheque, número de recibo</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="65"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="66"/>
        <source>This payment has %1 of credit to refund.</source>
        <translation>Este pago tiene %1 de saldo a favor que reembolsar.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="72"/>
        <source>a payment with credit</source>
        <translation>un pago con saldo a favor</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="77"/>
        <source>the amount</source>
        <translation>el importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="82"/>
        <location filename="../ui/payments/refund_dialog.py" line="90"/>
        <location filename="../ui/payments/refund_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="83"/>
        <source>Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.</source>
        <translation>¿Devolver %1 a %2 del pago n.º %3? Asegúrese de que el dinero se haya enviado de verdad.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit %2: only what pays no invoice can be refunded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo a favor %2: solo se puede reembolsar lo que no paga ninguna factura.</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="95"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Pago:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="96"/>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Reembolsado el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="97"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="98"/>
        <source>the refund transfer&apos;s reference</source>
        <translation>referencia de la transferencia de reembolso</translation>
    </message>
</context>
<context>
    <name>ResellerDialog</name>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>New reseller</source>
        <translation>Nuevo revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>Edit reseller %1</source>
        <translation>Editar el revendedor %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="46"/>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="47"/>
        <source>Reverse charge (0 %)</source>
        <translation>Inversión del sujeto pasivo (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="48"/>
        <source>Exempt (0 %)</source>
        <translation>Exento (0 %)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="57"/>
        <source>Code and currency are fixed once the reseller has companies.</source>
        <translation>El código y la moneda quedan fijos en cuanto el revendedor tiene empresas.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="64"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="67"/>
        <source>The language of its invoices and its companies&apos; default</source>
        <translation>El idioma de sus facturas y el predeterminado de sus empresas</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="68"/>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturación:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="70"/>
        <source>Si&amp;gned up:</source>
        <translation>&amp;Alta:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="71"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="72"/>
        <source>Tax treat&amp;ment:</source>
        <translation>&amp;Régimen fiscal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="74"/>
        <source>How the hoster taxes this reseller</source>
        <translation>Cómo grava el proveedor a este revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="75"/>
        <source>Tax &amp;rate (%):</source>
        <translation>&amp;Tipo impositivo (%):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="77"/>
        <source>The rate this reseller charges its companies, in per cent</source>
        <translation>El tipo que este revendedor aplica a sus empresas, en porcentaje</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="78"/>
        <source>&amp;Invoice numbers:</source>
        <translation>&amp;Números de factura:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="79"/>
        <source>{year} is the year, {seq:05} the number in five digits.</source>
        <translation>{year} es el año, {seq:05} el número con cinco cifras.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="81"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="84"/>
        <source>Ta&amp;x ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 signed up.</source>
        <translation>Revendedor %1 dado de alta.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 saved.</source>
        <translation>Revendedor %1 guardado.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire plan %1</source>
        <translation>Retirar el plan %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire extra item %1</source>
        <translation>Retirar el concepto adicional %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="31"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="47"/>
        <source>Retire &amp;from:</source>
        <translation>Retirar &amp;desde:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="48"/>
        <source>From this day no company can subscribe or change to the plan; running subscriptions go on being billed.</source>
        <translation>A partir de este día ninguna empresa puede suscribir el plan ni cambiar a él; las suscripciones vigentes se siguen facturando.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="50"/>
        <source>From this day the item is no longer offered; extras already recorded from it are not changed.</source>
        <translation>A partir de este día el concepto ya no se ofrece; los cargos ya registrados no cambian.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Retired from</source>
        <translation>Retirado desde</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="69"/>
        <source>Plan %1 retires from %2.</source>
        <translation>El plan %1 se retira desde el %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="70"/>
        <source>Extra item %1 retires from %2.</source>
        <translation>El concepto adicional %1 se retira desde el %2.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="59"/>
        <source>The invoices payment #%1 pays open again, and %2 goes back on the account.</source>
        <translation>Las facturas que paga el pago n.º %1 vuelven a estar pendientes y %2 vuelve a la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="65"/>
        <source>a payment</source>
        <translation>un pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="68"/>
        <location filename="../ui/payments/reverse_dialog.py" line="75"/>
        <location filename="../ui/payments/reverse_dialog.py" line="86"/>
        <source>Reverse payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="69"/>
        <source>Reverse payment #%1 of %2 (%3)? This cannot be undone.</source>
        <translation>¿Anular el pago n.º %1 de %2 (%3)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="83"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Pago:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="84"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="85"/>
        <source>&amp;Reversed on:</source>
        <translation>Anulado &amp;el:</translation>
    </message>
</context>
<context>
    <name>ReversePayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="118"/>
        <source>What payout PO-%1 paid, %2, is owed to the reseller again.</source>
        <translation>Lo que pagó el pago PO-%1, %2, se le vuelve a deber al revendedor.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="124"/>
        <source>a payout</source>
        <translation>un pago al revendedor</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="127"/>
        <location filename="../ui/payments/payout_dialog.py" line="138"/>
        <location filename="../ui/payments/payout_dialog.py" line="145"/>
        <source>Reverse payout</source>
        <translation>Anular pago al revendedor</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="128"/>
        <source>Reverse payout PO-%1 of %2 on %3? This cannot be undone.</source>
        <translation>¿Anular el pago PO-%1 de %2 el %3? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="141"/>
        <source>&amp;Payout:</source>
        <translation>&amp;Pago:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="142"/>
        <source>&amp;Reversed on:</source>
        <translation>Anulado &amp;el:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="143"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="144"/>
        <source>optional, such as: transfer returned, entered twice</source>
        <translation>opcional, por ejemplo: transferencia devuelta, registrado dos veces</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Verdict</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Queried</source>
        <translation>Consultada</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/window.py" line="138"/>
        <source>Open review file</source>
        <translation>Abrir archivo de revisión</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="139"/>
        <source>Review files (*%1)</source>
        <translation>Archivos de revisión (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="174"/>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="188"/>
        <source>Customer %1 (%2)</source>
        <translation>Cliente %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="189"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="191"/>
        <source>Period from %1</source>
        <translation>Periodo desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="196"/>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="210"/>
        <source>The PDF cannot be shown: %1</source>
        <translation>No se puede mostrar el PDF: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="245"/>
        <source>No verdict yet</source>
        <translation>Aún sin dictamen</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Queried</source>
        <translation>Consultada</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="271"/>
        <source>Answers saved to %1</source>
        <translation>Respuestas guardadas en %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="292"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="293"/>
        <source>&amp;Open review file…</source>
        <translation>&amp;Abrir archivo de revisión…</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="295"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="296"/>
        <source>Comment (needed for a query)</source>
        <translation>Comentario (necesario para una consulta)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="297"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="298"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="299"/>
        <source>Clear verdict</source>
        <translation>Borrar dictamen</translation>
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
            <numerusform>%Ln factura: %1 aprobadas, %2 consultadas, %3 por revisar</numerusform>
            <numerusform>%Ln facturas: %1 aprobadas, %2 consultadas, %3 por revisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="107"/>
        <source>%1. Next invoice on %2, for %3.</source>
        <translation>%1. Próxima factura el %2, para %3.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="111"/>
        <source>From %1: %2.</source>
        <translation>Desde el %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="116"/>
        <source>Billing schedule:</source>
        <translation>Calendario de facturación:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="140"/>
        <source>Billing schedule · %1</source>
        <translation>Calendario de facturación · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="144"/>
        <source>The billing term</source>
        <translation>La periodicidad</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="145"/>
        <source>The billing day</source>
        <translation>El día de facturación</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="150"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>Aniversario del alta (día %1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="151"/>
        <source>Anniversary of signup</source>
        <translation>Aniversario del alta</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="153"/>
        <source>Day %1 of the month</source>
        <translation>Día %1 del mes</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="158"/>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="159"/>
        <source>&amp;Term:</source>
        <translation>&amp;Periodicidad:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="160"/>
        <source>Billing &amp;day:</source>
        <translation>&amp;Día de facturación:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="161"/>
        <source>Days 29 to 31 fall on the last day of shorter months.</source>
        <translation>Los días 29 a 31 pasan al último día de los meses más cortos.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="162"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="163"/>
        <source>It takes effect at the first billing boundary on or after this date that is not invoiced yet.</source>
        <translation>Surte efecto en el primer límite de facturación, en esta fecha o después, que aún no esté facturado.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="165"/>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="231"/>
        <source>Takes effect on %1. The period that starts there: %2.</source>
        <translation>Surte efecto el %1. El periodo que empieza ese día: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="252"/>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="257"/>
        <source>Billing term: %1</source>
        <translation>Periodicidad: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="258"/>
        <source>Billing day: %1</source>
        <translation>Día de facturación: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="259"/>
        <source>%1, from %2.</source>
        <translation>%1, desde el %2.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Search company name or code, user email…</source>
        <translation>Buscar empresa por nombre o código, correo de usuario…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="139"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>Escriba parte del nombre o código de una empresa, un revendedor o el correo de un usuario; elija un resultado para mostrarlo en el árbol.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation>cliente directo</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · empresa de %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · usuario en %3</translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="89"/>
        <source>Looking for invoices to send…</source>
        <translation>Buscando facturas para enviar…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="99"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="111"/>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>&amp;Enviar %Ln factura</numerusform>
            <numerusform>&amp;Enviar %Ln facturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <location filename="../ui/delivery/send_dialog.py" line="147"/>
        <location filename="../ui/delivery/send_dialog.py" line="199"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>Se enviará %Ln factura por correo electrónico, con su PDF adjunto.</numerusform>
            <numerusform>Se enviarán %Ln facturas por correo electrónico, cada una con su PDF adjunto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="123"/>
        <source>Nothing to send: every invoice listed was sent before or goes another way.</source>
        <translation>Nada que enviar: todas las facturas de la lista se enviaron antes o van por otra vía.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="137"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>%Ln factura enviada.</numerusform>
            <numerusform>%Ln facturas enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln no se pudo enviar: vea el motivo abajo; el próximo envío la reintentará.</numerusform>
            <numerusform>%Ln no se pudieron enviar: vea los motivos abajo; el próximo envío las reintentará.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln en duda: se perdió la conexión tras el envío, así que puede que se haya entregado. Solo se reenvía si marca «Volver a enviar las ya enviadas»; pregunte antes al cliente.</numerusform>
            <numerusform>%Ln en duda: se perdió la conexión tras el envío, así que puede que se hayan entregado. Solo se reenvían si marca «Volver a enviar las ya enviadas»; pregunte antes al cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="155"/>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not by e-mail</source>
        <translation>No por correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>In doubt</source>
        <translation>En duda</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="178"/>
        <source>Will be sent</source>
        <translation>Se enviará</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="194"/>
        <source>Send invoices by e-mail</source>
        <translation>Enviar facturas por correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="196"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="197"/>
        <source>Send &amp;again those sent before</source>
        <translation>Volver a enviar las &amp;ya enviadas</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>Edit service %1</source>
        <translation>Editar el servicio %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="54"/>
        <source>A service&apos;s code never changes.</source>
        <translation>El código de un servicio nunca cambia.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="56"/>
        <source>Name in %1:</source>
        <translation>Nombre en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="57"/>
        <source>Description in %1:</source>
        <translation>Descripción en %1:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 added.</source>
        <translation>Servicio %1 añadido.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 saved.</source>
        <translation>Servicio %1 guardado.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln servicio mostrados</numerusform>
            <numerusform>%1 de %Ln servicios mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="213"/>
        <source>Find a service by code or name</source>
        <translation>Buscar un servicio por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="214"/>
        <source>A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on invoices.</source>
        <translation>Un servicio agrupa planes (Hosted Exchange: Basic, Pro…); su nombre los encabeza en las facturas.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="92"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="93"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="95"/>
        <source>US Letter (8.5 x 11 in)</source>
        <translation>Carta EE. UU. (8,5 x 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Top</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Bottom</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="100"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
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
        <translation>Cambiar el margen %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="110"/>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="111"/>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="115"/>
        <source>Letterhead &amp;&amp; address</source>
        <translation>Membrete &amp;&amp; dirección</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="117"/>
        <source>Logo placed</source>
        <translation>Posición del logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="119"/>
        <source>Logo height</source>
        <translation>Altura del logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source>Change the logo&apos;s height</source>
        <translation>Cambiar la altura del logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="122"/>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="123"/>
        <source>Show our address under the logo</source>
        <translation>Mostrar nuestra dirección bajo el logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="124"/>
        <source>Address window</source>
        <translation>Ventana de dirección</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form B (A4)</source>
        <translation>DIN 5008 forma B (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form A (A4)</source>
        <translation>DIN 5008 forma A (A4)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="126"/>
        <source>US #10 envelope (Letter)</source>
        <translation>Sobre US n.º 10 (Carta)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="127"/>
        <source>Where the customer&apos;s address is printed, to show through the envelope&apos;s window.</source>
        <translation>Dónde se imprime la dirección del cliente, para que se vea por la ventana del sobre.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="128"/>
        <source>Return address</source>
        <translation>Remite</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="130"/>
        <source>Invoice facts</source>
        <translation>Datos de la factura</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Billing period</source>
        <translation>Periodo de facturación</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="133"/>
        <source>Tax numbers</source>
        <translation>Números fiscales</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="136"/>
        <source>Lines &amp;&amp; totals</source>
        <translation>Líneas &amp;&amp; totales</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="137"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Description (always shown)</source>
        <translation>Descripción (siempre se muestra)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="140"/>
        <source>Amount (always shown)</source>
        <translation>Importe (siempre se muestra)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Arithmetic</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <source>Show the tax per rate</source>
        <translation>Mostrar el impuesto por tipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="149"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Payment block</source>
        <translation>Bloque de pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Show how to pay</source>
        <translation>Mostrar cómo pagar</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="151"/>
        <source>Payment term</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="152"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="153"/>
        <source>Change the payment term</source>
        <translation>Cambiar el plazo de pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="154"/>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>Such as DE89 3704 0044 0532 0130 00</source>
        <translation>Por ejemplo DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="156"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="157"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>GiroCode</source>
        <translation>GiroCode</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="129"/>
        <source>Our address in small print above the customer&apos;s</source>
        <translation>Nuestra dirección en letra pequeña sobre la del cliente</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Explain prorated lines</source>
        <translation>Explicar las líneas prorrateadas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="142"/>
        <source>Such as “3 sites × 12.00 × 5/31 days = 5.81”.</source>
        <translation>Por ejemplo «3 sitios × 12,00 × 5/31 días = 5,81».</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <source>Show the notes</source>
        <translation>Mostrar las notas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="145"/>
        <source>Reverse charge and exemption wording, and the note written under Texts.</source>
        <translation>Texto de inversión del sujeto pasivo y de exención, y la nota escrita en Textos.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>QR code for the banking app</source>
        <translation>Código QR para la app del banco</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="159"/>
        <source>An EPC GiroCode, printed on euro invoices when an IBAN is given.</source>
        <translation>Un GiroCode EPC, impreso en las facturas en euros cuando se indica un IBAN.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="162"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="168"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="169"/>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="170"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="171"/>
        <source>Payment text</source>
        <translation>Texto de pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="172"/>
        <source>Tax called</source>
        <translation>Nombre del impuesto</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="173"/>
        <source>Empty: VAT, in the invoice&apos;s language</source>
        <translation>Vacío: IVA, en el idioma de la factura</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="185"/>
        <location filename="../ui/designer/settings_panel.py" line="199"/>
        <location filename="../ui/designer/settings_panel.py" line="248"/>
        <location filename="../ui/designer/settings_panel.py" line="415"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="266"/>
        <source>Payment instructions</source>
        <translation>Instrucciones de pago</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="279"/>
        <source>Order on the page</source>
        <translation>Orden en la página</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="280"/>
        <source>The letterhead, address and facts always come first.</source>
        <translation>El membrete, la dirección y los datos van siempre primero.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="281"/>
        <source>Change the order of the blocks</source>
        <translation>Cambiar el orden de los bloques</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="307"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="317"/>
        <location filename="../ui/designer/settings_panel.py" line="332"/>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="318"/>
        <source>Headings, rules and the totals&apos; band; written #RRGGBB.</source>
        <translation>Títulos, líneas y la banda de totales; escrito #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="319"/>
        <location filename="../ui/designer/settings_panel.py" line="338"/>
        <source>Change the accent colour</source>
        <translation>Cambiar el color de acento</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>PNG or JPEG, at most %1 KiB and %2 pixels a side.</source>
        <translation>PNG o JPEG, como máximo %1 KiB y %2 píxeles por lado.</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="365"/>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="369"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="378"/>
        <source>%1, %2 KiB, %3 x %4 pixels</source>
        <translation>%1, %2 KiB, %3 x %4 píxeles</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="385"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="386"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="404"/>
        <source>Upload the logo</source>
        <translation>Subir el logotipo</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="118"/>
        <source>Save the statement</source>
        <translation>Guardar el extracto</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="135"/>
        <source>a file name</source>
        <translation>un nombre de fichero</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="142"/>
        <source>there is no such folder</source>
        <translation>esa carpeta no existe</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="165"/>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opening balance, every entry of the period with the running balance, closing balance and what is overdue, in the customer&apos;s language.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saldo inicial, cada movimiento del periodo con el saldo acumulado, saldo final y lo vencido, en el idioma del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="169"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="172"/>
        <source>&amp;Every account of the customer (all issuers and currencies)</source>
        <translation>&amp;Todas las cuentas del cliente (todos los emisores y monedas)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="173"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichero:</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="174"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="175"/>
        <source>&amp;Write statement</source>
        <translation>&amp;Generar extracto</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../ui/tenants/actions.py" line="101"/>
        <source>&amp;Move to another company…</source>
        <translation>&amp;Trasladar a otra empresa…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="102"/>
        <source>&amp;Move to another seller…</source>
        <translation>&amp;Trasladar a otro vendedor…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="211"/>
        <source>New &amp;reseller…</source>
        <translation>Nuevo &amp;revendedor…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="212"/>
        <source>Sign up a reseller (%1)</source>
        <translation>Dar de alta un revendedor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="214"/>
        <source>New &amp;company…</source>
        <translation>Nueva &amp;empresa…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="215"/>
        <source>Sign up a company under the selected reseller or the hoster, or beside the selected company, under its seller (%1)</source>
        <translation>Dar de alta una empresa bajo el revendedor seleccionado o el proveedor, o junto a la empresa seleccionada, bajo su vendedor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="219"/>
        <source>New &amp;user…</source>
        <translation>Nuevo &amp;usuario…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="220"/>
        <source>Add a user to the selected company (%1)</source>
        <translation>Añadir un usuario a la empresa seleccionada (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="223"/>
        <source>Edit the selected reseller, company or user (%1)</source>
        <translation>Editar el revendedor, la empresa o el usuario seleccionado (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="228"/>
        <source>New reseller…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="229"/>
        <source>New company…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Empresa</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="230"/>
        <source>New user…</source>
        <comment>toolbar button, short</comment>
        <translation>+ Usuario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="231"/>
        <source>Tenants</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="149"/>
        <source>The database holds no hoster yet.</source>
        <translation>La base de datos aún no contiene ningún proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="153"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="155"/>
        <source>Matches for “%1”: %2</source>
        <translation>Coincidencias con «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="188"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>«%1» ya no está en el árbol; pulse F5 para recargar.</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="117"/>
        <source>one line each: street, building…</source>
        <translation>una línea cada uno: calle, edificio…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="122"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="123"/>
        <source>&amp;Postcode:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="124"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="125"/>
        <source>C&amp;ountry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="161"/>
        <source>Someone else saved first.</source>
        <translation>Otra persona guardó primero.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="164"/>
        <source>&amp;Reload the form</source>
        <translation>&amp;Recargar el formulario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="166"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="222"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="334"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="354"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="386"/>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>No se ha guardado nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="457"/>
        <source>Their change:</source>
        <translation>Su cambio:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="458"/>
        <source>Reload the form with their change? What you typed here is replaced.</source>
        <translation>¿Recargar el formulario con su cambio? Lo que ha escrito aquí se sustituirá.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="437"/>
        <location filename="../ui/tenants/forms/base.py" line="468"/>
        <source>Read again: this is the stored version now.</source>
        <translation>Leído de nuevo: esta es ahora la versión guardada.</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="310"/>
        <location filename="../ui/tenants/tree_model.py" line="317"/>
        <source>Direct customers</source>
        <translation>Clientes directos</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="330"/>
        <source>Hoster</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="331"/>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="332"/>
        <source>Companies the hoster bills directly</source>
        <translation>Empresas que el proveedor factura directamente</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="333"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="334"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Code / email</source>
        <translation>Código / correo</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="45"/>
        <source>Undo this change</source>
        <translation>Deshacer este cambio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="46"/>
        <source>Undo change #%1: %2?</source>
        <translation>¿Deshacer el cambio n.º %1: %2?</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="51"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="57"/>
        <source>&amp;Undo the change</source>
        <translation>&amp;Deshacer el cambio</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="93"/>
        <source>Undoing it records, dated like the change:</source>
        <translation>Deshacerlo registra, con la fecha del cambio:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="94"/>
        <source>Nothing is deleted: the change and its undo both stay in the history, and the invoices come to what they would have been without the change.</source>
        <translation>No se borra nada: el cambio y su anulación quedan en el historial, y las facturas quedan como habrían sido sin el cambio.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="99"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>Aún no se puede calcular la próxima factura: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="112"/>
        <source>This change cannot be undone:</source>
        <translation>Este cambio no se puede deshacer:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="26"/>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="27"/>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Lo que ha escrito aquí no se ha guardado. ¿Cerrar y descartarlo?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="31"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>Edit user %1</source>
        <translation>Editar el usuario %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="38"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="42"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="43"/>
        <source>Unique within the company.</source>
        <translation>Único dentro de la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 added.</source>
        <translation>Usuario %1 añadido.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 saved.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
</context>
</TS>
