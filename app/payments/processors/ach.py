"""The ``ach`` processor: US ACH direct debit by NACHA file (app/payments/ach/). It sends nothing; its
settings are what the file's headers carry: the originator (company name and identification, usually "1"
and the EIN), the originating bank (its routing number, name) and the entries' description. None of them
is a secret."""
from __future__ import annotations

from app.payments.processors.base import Capability, Processor


class AchProcessor(Processor):
    name = "ach"
    label = "US ACH direct debit (NACHA files)"
    capabilities = frozenset({Capability.DIRECT_DEBIT})
    settings_fields = {"company_name": "the originator's name as the bank knows it (at most 16 characters)",
                       "company_id": "the originator's identification, 10 characters (such as 1 and the EIN)",
                       "odfi_routing": "the originating bank's nine-digit routing number",
                       "odfi_name": "the originating bank's name (at most 23 characters)",
                       "entry_description": "what the customer's statement says (at most 10 characters, "
                                            "default INVOICE)"}
    required_settings = ("company_name", "company_id", "odfi_routing", "odfi_name")

    @classmethod
    def check_settings(cls, settings: dict) -> dict:
        from app.errors import ProrataError
        from app.payments.ach.nacha import routing_ok
        from app.values.text import check_text

        clean = super().check_settings(settings)
        limits = {"company_name": 16, "odfi_name": 23, "entry_description": 10}
        for key, width in limits.items():
            if key in clean:
                value = check_text(str(clean[key]).strip(), key, field=key.replace("_", " "))
                if not value or len(value) > width or not value.isascii():
                    raise ProrataError.of("processor_setting_bad", key, processor=cls.name, name=key, value=value,
                                          what=f"1 to {width} ASCII characters")
                clean[key] = value
        company_id = str(clean["company_id"]).strip()
        if len(company_id) != 10 or not company_id.isascii() or not company_id.isalnum():
            raise ProrataError.of("processor_setting_bad", "company_id", processor=cls.name, name="company_id",
                                  value=company_id, what="10 letters or digits, such as 1 and the 9-digit EIN")
        clean["company_id"] = company_id
        routing = "".join(str(clean["odfi_routing"]).split())
        if not routing_ok(routing):
            raise ProrataError.of("processor_setting_bad", "odfi_routing", processor=cls.name, name="odfi_routing",
                                  value=routing, what="nine digits whose last is the check digit")
        clean["odfi_routing"] = routing
        return clean
