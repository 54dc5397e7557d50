"""The blind generator (samples/blind): every layout renders, its truth is in the
contract's formats and is printed on the page; a scan and a photo come out readable;
the fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31 and fresh32 splits hold only their own layouts and leave dev and held-out (fresh2 leaves fresh, fresh3 leaves fresh and fresh2, fresh4 leaves fresh to fresh3,
fresh5 leaves fresh to fresh4, fresh6 leaves fresh to fresh5, fresh7 leaves fresh to fresh6, fresh8 leaves fresh to fresh7, fresh9
leaves fresh to fresh8, fresh10 leaves fresh to fresh9, fresh11 leaves fresh to fresh10, fresh12 leaves fresh to fresh11, fresh13
leaves fresh to fresh12, fresh14 leaves fresh to fresh13, fresh15 leaves fresh to fresh14, fresh16 leaves fresh to fresh15,
fresh17 leaves fresh to fresh16, fresh18 leaves fresh to fresh17,
fresh19 leaves fresh to fresh18, fresh20 leaves fresh to fresh19, fresh21 leaves fresh to fresh20, fresh22 leaves fresh to fresh21,
fresh23 leaves fresh to fresh22, fresh24 leaves fresh to fresh23, fresh25 leaves fresh to fresh24,
fresh26 leaves fresh to fresh25, fresh27 leaves fresh to fresh26, fresh28 leaves fresh to fresh27,
fresh29 leaves fresh to fresh28, fresh30 leaves fresh to fresh29, fresh31 leaves fresh to fresh30,
fresh32 leaves fresh to fresh31) as they were.

Born-digital PDFs are read through real pdfplumber; the scan and the photo through
the real Tesseract command.
"""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import unicodedata

import pdfplumber
import pytest
from PIL import Image
from stdnum import iban as stdnum_iban

from samples.blind import corpus, render, values
from samples.blind.layouts import MODULES
from samples.blind.layouts._base import FONTS

CONTRACT_FIELDS = {
    "brp_uittreksel": {"issue_date", "municipality", "street", "house_number", "postcode", "city", "persons"},
    "inkomensverklaring": {"name", "bsn", "tax_year", "income", "issue_date"},
    "huurovereenkomst_onderhuur": {"tenant_name", "subtenant_name", "postcode", "house_number", "room_rent", "start_date",
                                   "end_with_main_lease", "general_conditions", "signed_date"},
    "mantelzorgverklaring": {"caregiver_name", "care_recipient_name", "round_the_clock", "issue_date", "issuer"},
    "huisbewaring_aanvraag": {"tenant_name", "sitter_name", "sitter_birth_date", "start_date", "end_date", "reason",
                              "compensation", "sitter_has_own_home", "sitter_has_minor_children", "signed_date"},
    "arbeidsovereenkomst": {"employee_name", "employer", "start_date", "end_date", "place"},
    "bankafschrift": {"account_holders", "iban", "statement_date"},
    "unknown": set(),
}  # fmt: skip
DATES = {"issue_date", "birth_date", "registered_since", "start_date", "end_date", "signed_date", "sitter_birth_date", "statement_date"}
AMOUNTS = {"income", "room_rent", "compensation"}
BOOLEANS = {"end_with_main_lease", "general_conditions", "round_the_clock", "sitter_has_own_home", "sitter_has_minor_children"}
REASONS = {"work_or_study", "care", "trial_cohabitation", "travel", "other"}
ALL_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in m.LAYOUTS]
FRESH_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH)]
FRESH2_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH2)]
FRESH3_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH3)]
FRESH4_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH4)]
FRESH5_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH5)]
FRESH6_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH6)]
FRESH7_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH7)]
FRESH8_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH8)]
FRESH9_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH9)]
FRESH10_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH10)]
FRESH11_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH11)]
FRESH12_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH12)]
FRESH13_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH13)]
FRESH14_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH14)]
FRESH15_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH15)]
FRESH16_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH16)]
FRESH17_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH17)]
FRESH18_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH18)]
FRESH19_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH19)]
FRESH20_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH20)]
FRESH21_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH21)]
FRESH22_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH22)]
FRESH23_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH23)]
FRESH24_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH24)]
FRESH25_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH25)]
FRESH26_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH26)]
FRESH27_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH27)]
FRESH28_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH28)]
FRESH29_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH29)]
FRESH30_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH30)]
FRESH31_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH31)]
FRESH32_LAYOUTS = [(t, name) for t, m in MODULES.items() for name in sorted(m.FRESH32)]
SPLIT_PRINTED = {  # layout: fields printed in parts (a name over voornamen / voorvoegsel / geslachtsnaam, a house number over two boxes)
    "split_name_grid": {"name"},
    "brp_element_codes": {"name", "house_number"},
    "boxed_room_form": {"house_number"},
}
COMB_PRINTED = {  # layout: fields written one character a box (a comb field), so the text layer spaces every character
    "hokjes_blokletters_formulier": {"caregiver_name", "care_recipient_name", "issue_date"},
}
DEV_LAYOUTS = {  # the dev split as it was before the fresh split came: adding layouts must never change it
    "brp_uittreksel": ["municipal_blocks", "persons_table", "gezinsuittreksel", "address_history", "prose_declaration", "mijnoverheid_print"],
    "inkomensverklaring": ["ib60_letter", "ib60_boxes", "mijn_belastingdienst_print", "ib60_prose", "ib60_form", "toeslagen_overview"],
    "bankafschrift": ["ing_statement", "rabobank_statement", "abn_statement", "sns_statement", "bunq_export", "triodos_statement"],
    "mantelzorgverklaring": ["municipal_form", "care_org_letter", "gp_letter", "steunpunt_table", "indicatie_summary", "handwritten_form"],
    "huisbewaring_aanvraag": ["corporation_form", "ruled_grid_form", "tenant_letter", "online_form_print", "handfilled_form", "two_page_form"],
    "huurovereenkomst_onderhuur": ["model_contract", "form_table", "home_made", "corporation_model", "two_column_contract", "student_room"],
    "arbeidsovereenkomst": ["fixed_term", "indefinite", "secondment", "employer_statement", "confirmation_letter", "study_agreement"],
    "unknown": ["rent_increase", "woz_beschikking", "zorgpolis", "payslip", "municipal_address_letter", "energy_bill"],
}  # fmt: skip
FRESH_SPLIT = {  # the fresh split as it was before fresh2 came: adding fresh2 must never change it
    "brp_uittreksel": ["brp_element_codes", "brp_persons_columns", "brp_labels_under"],
    "inkomensverklaring": ["ib60_reference_block", "ib60_box_header", "ib60_inspector_declaration"],
    "bankafschrift": ["van_lanschot_statement", "handelsbanken_statement"],
    "mantelzorgverklaring": ["wmo_consulent_letter", "side_by_side_form"],
    "huisbewaring_aanvraag": ["numbered_questions", "sitter_declaration"],
    "huurovereenkomst_onderhuur": ["roman_sections", "boxed_room_form"],
    "arbeidsovereenkomst": ["uitzendovereenkomst", "oproepovereenkomst", "municipal_offer_letter"],
    "unknown": ["huurtoeslag_beschikking", "huisbewaring_besluit", "hoofdhuurovereenkomst", "brp_request_form"],
}  # fmt: skip
FRESH2_SPLIT = {  # the fresh2 split as it was before fresh3 came: adding fresh3 must never change it
    "brp_uittreksel": ["brp_mainframe_caps", "brp_cover_letter_page2"],
    "inkomensverklaring": ["ib60_right_labels", "ib60_corner_boxes_page2"],
    "bankafschrift": ["mainframe_caps_statement", "international_clients_english"],
    "mantelzorgverklaring": ["yes_no_grid_form", "hospital_letter_sentences"],
    "huisbewaring_aanvraag": ["corner_box_form", "english_application"],
    "huurovereenkomst_onderhuur": ["bilingual_room_agreement", "fill_in_blanks"],
    "arbeidsovereenkomst": ["expat_employment_agreement", "akte_van_benoeming"],
    "unknown": ["vog_justis", "upo_pensioenoverzicht", "mantelzorgwaardering", "woningnet_inschrijving"],
}  # fmt: skip
FRESH3_SPLIT = {  # the fresh3 split as it was before fresh4 came: adding fresh4 must never change it
    "brp_uittreksel": ["brp_verklaring_inschrijving", "brp_historic_extract", "brp_eloket_download"],
    "inkomensverklaring": ["ib60_kenmerk_letter", "mbd_inkomensgegevens_print", "ib60_telefoon_letter"],
    "bankafschrift": ["ing_csv_print", "asn_two_page_statement", "rabo_online_print"],
    "mantelzorgverklaring": ["steunpunt_verklaring_letter", "huisarts_typed_letter", "gemeente_checkbox_form"],
    "huisbewaring_aanvraag": ["web_form_print", "handwritten_tenant_letter", "reason_form_two_page"],
    "huurovereenkomst_onderhuur": ["huurdersvereniging_model", "room_table_contract", "two_page_articles"],
    "arbeidsovereenkomst": ["werkgeversverklaring_form", "verlenging_letter", "zorg_cao_contract"],
    "unknown": ["zorgtoeslag_beschikking", "voorlopige_aanslag_ib", "kvk_uittreksel", "verhuurderverklaring", "ww_beschikking_uwv"],
}  # fmt: skip
FRESH4_SPLIT = {  # the fresh4 split as it was before fresh5 came: adding fresh5 must never change it
    "brp_uittreksel": ["brp_gegevens_persoon_stacked", "brp_household_landscape", "brp_bilingual_expat"],
    "inkomensverklaring": ["ib60_loongegevens_pensioner", "berichtenbox_ib60_print", "ib60_big_figure_card"],
    "bankafschrift": ["revolut_statement_en", "abn_amro_landscape_overview", "mijn_ing_transaction_print"],
    "mantelzorgverklaring": ["thuiszorg_wijkverpleging_verklaring", "zelfverklaring_mantelzorger", "medisch_adviseur_advies"],
    "huisbewaring_aanvraag": ["huurder_huisbewaarder_columns_form", "contactformulier_eigen_woorden", "huisbewaarder_eerst_formulier"],
    "huurovereenkomst_onderhuur": ["roz_style_model_smallprint", "kamerplatform_digital_contract", "schrift_afspraken_lined"],
    "arbeidsovereenkomst": ["esign_payroll_contract", "buitenland_uitzendbrief", "minmax_retail_contract"],
    "unknown": ["svb_jaaropgaaf_aow", "wmo_beschikking_hulp", "salarisstrook_contractgegevens"],
}  # fmt: skip
FRESH5_SPLIT = {  # the fresh5 split as it was before fresh6 came: adding fresh6 must never change it
    "brp_uittreksel": ["brp_kopie_vorige_bewoners", "brp_blad_vervolg_two_page", "brp_systeemregels_compact"],
    "inkomensverklaring": ["ib60_herzien_na_bezwaar", "ib60_app_screenshot", "ib60_ontvangststempel_notities"],
    "bankafschrift": ["atm_mini_afschrift", "knab_brief_overzicht_p2", "mt940_export_print"],
    "mantelzorgverklaring": ["mantelzorgmakelaar_rapport_two_page", "specialist_email_print", "casemanager_dementie_checklist"],
    "huisbewaring_aanvraag": ["email_thread_print", "aanvraag_en_overeenkomst_two_page", "doorslag_formulier_geel"],
    "huurovereenkomst_onderhuur": ["hospitahuur_contract", "studentenkamer_ouders_borg", "keuze_artikelen_model"],
    "arbeidsovereenkomst": ["bbl_praktijkovereenkomst", "cao_universiteit_aanstelling", "platform_oproep_contractvoorstel"],
    "unknown": ["pensioenfonds_inkomensverklaring", "uwv_verzekeringsbericht", "garagebox_huurovereenkomst"],
}  # fmt: skip
FRESH6_SPLIT = {  # the fresh6 split as it was before fresh7 came: adding fresh7 must never change it
    "brp_uittreksel": ["brp_zelfservicezuil_qr", "brp_a5_balie_afschrift"],
    "inkomensverklaring": ["ib60_toelichting_page2", "ib60_gemachtigde_bewindvoerder"],
    "bankafschrift": ["deutsche_bank_venster_transport", "regiobank_dagafschrift_kettingpapier"],
    "mantelzorgverklaring": ["wmo_verklaring_handtekeningen", "huisarts_receptblad_verklaring"],
    "huisbewaring_aanvraag": ["portaal_samenvatting_referentie", "getypte_brief_bijlagen"],
    "huurovereenkomst_onderhuur": ["studentenhuis_vereniging_contract", "paraaf_tabel_landscape"],
    "arbeidsovereenkomst": ["payroll_gegevens_werknemer", "besluit_aanstelling_gemeente"],
    "unknown": ["postnl_doorstuurservice", "betalingsregeling_huurachterstand"],
}  # fmt: skip
FRESH7_SPLIT = {  # the fresh7 split as it was before fresh8 came: adding fresh8 must never change it
    "brp_uittreksel": ["brp_english_certificate_seal", "brp_apostille_two_page"],
    "inkomensverklaring": ["ib60_beedigde_vertaling_en", "ib60_b1_vragen_brief"],
    "bankafschrift": ["spaarrekening_tegenrekening_kwartaal", "jaaroverzicht_betaalrekening"],
    "mantelzorgverklaring": ["ggz_fact_team_verklaring", "corporatie_formulier_deel_c_wijkteam"],
    "huisbewaring_aanvraag": ["folder_afscheurstrook_landscape", "gemachtigde_formulier_grid"],
    "huurovereenkomst_onderhuur": ["typemachine_formulier_overgetypt", "contract_toestemming_corporatie_vak"],
    "arbeidsovereenkomst": ["uitzend_nl_pl_tweetalig", "erasmus_learning_agreement_traineeship"],
    "unknown": ["huurverhoging_inkomensafhankelijk_huishoudverklaring", "woz_taxatieverslag_referenties"],
}  # fmt: skip
FRESH8_SPLIT = {  # the fresh8 split as it was before fresh9 came: adding fresh9 must never change it
    "brp_uittreksel": ["brp_fries_tweetalig", "brp_waardepapier_guilloche"],
    "inkomensverklaring": ["ib60_stippellijn_berekening", "ib60_twee_op_een_kopie"],
    "bankafschrift": ["bankverklaring_rekeninghouders", "app_screenshots_naast_elkaar"],
    "mantelzorgverklaring": ["vluchtelingenwerk_tolk_verklaring", "hokjes_blokletters_formulier"],
    "huisbewaring_aanvraag": ["tweetalig_turks_formulier", "intake_balie_verslag"],
    "huurovereenkomst_onderhuur": ["artikelen_met_bijlagen", "wijzigingen_bijhouden_print"],
    "arbeidsovereenkomst": ["zeevarende_sea_mlc", "tweetalig_kolommen_nl_en"],
    "unknown": ["gemeentenieuws_kolommen_uitschrijving", "woningruil_aanvraag"],
}  # fmt: skip
FRESH9_SPLIT = {  # the fresh9 split as it was before fresh10 came: adding fresh10 must never change it
    "brp_uittreksel": ["brp_markeerstift_geeltje", "brp_twee_huishoudens_gegroepeerd"],
    "inkomensverklaring": ["ib60_hypotheek_samenvatting", "ib60_grote_letters"],
    "bankafschrift": ["spreadsheet_csv_print", "afgeschermde_bedragen"],
    "mantelzorgverklaring": ["zorgrooster_weekschema", "vlaams_huisarts_attest"],
    "huisbewaring_aanvraag": ["pdf_invulformulier_blauwe_velden", "app_lange_screenshot"],
    "huurovereenkomst_onderhuur": ["partijen_alleen_in_tekentabel", "servicekosten_tabel_totaal"],
    "arbeidsovereenkomst": ["arbeitsvertrag_befristet_duits", "seizoenscontract_waddeneiland"],
    "unknown": ["school_inschrijving_bevestiging", "kwijtschelding_gemeentebelastingen"],
}  # fmt: skip
FRESH10_SPLIT = {  # the fresh10 split as it was before fresh11 came: adding fresh11 must never change it
    "brp_uittreksel": ["brp_twee_op_een_liggend", "brp_gemeente_mail_platte_tekst"],
    "inkomensverklaring": ["ib60_portaal_digid_opgehaald", "ib60_pdf_viewer_print"],
    "bankafschrift": ["neobank_tweetalig_maandafschrift", "mail_met_afschrift_eronder"],
    "mantelzorgverklaring": ["kerk_diaconie_handgeschreven", "palliatief_team_email"],
    "huisbewaring_aanvraag": ["whatsapp_chat_print", "formulier_doorgehaalde_correcties"],
    "huurovereenkomst_onderhuur": ["studentenplatform_mail_thread", "esign_audittrail_kamercontract"],
    "arbeidsovereenkomst": ["uitzend_plaatsingsbevestiging", "vlaamse_bediende_bepaalde_duur"],
    "unknown": ["reis_boekingsbevestiging_lange_reis", "ziekenhuis_ontslagbrief_verpleging"],
}  # fmt: skip
FRESH11_SPLIT = {  # the fresh11 split as it was before fresh12 came: adding fresh12 must never change it
    "brp_uittreksel": ["brp_actueel_historie_kolommen", "brp_kwitantie_leges_strook"],
    "inkomensverklaring": ["ib60_accountant_begeleidende_brief", "ib60_app_donkere_modus"],
    "bankafschrift": ["transactieoverzicht_lopend_saldo_cookiebalk", "afschrift_omr_kantlijncode"],
    "mantelzorgverklaring": ["wijkteam_pdf_radioknoppen", "burenhulp_opsomming"],
    "huisbewaring_aanvraag": ["briefkaart_handgeschreven", "webformulier_kopieid_bijlage"],
    "huurovereenkomst_onderhuur": ["kladblok_tekstbestand_print", "contract_met_plattegrond_schets"],
    "arbeidsovereenkomst": ["dienstverlening_aan_huis_particulier", "sociaal_werkbedrijf_eenvoudige_taal"],
    "unknown": ["ciz_wlz_indicatiebesluit", "vrijwilligersovereenkomst"],
}  # fmt: skip
FRESH12_SPLIT = {  # the fresh12 split as it was before fresh13 came: adding fresh13 must never change it
    "brp_uittreksel": ["brp_digitaal_uittreksel_echtheidscode", "brp_bewoningsoverzicht_vertrokken"],
    "inkomensverklaring": ["ib60_fax_schuldhulpverlening", "ib60_gewaarmerkte_kopie"],
    "bankafschrift": ["camt053_xml_browserprint", "maandoverzicht_uitgaven_categorieen"],
    "mantelzorgverklaring": ["wijkverpleging_zvw_wlz_verklaring", "zorgtaken_uren_per_week_tabel"],
    "huisbewaring_aanvraag": ["email_vragen_inline_beantwoord", "formulier_bijlagen_checklist"],
    "huurovereenkomst_onderhuur": ["vraag_en_antwoord_kamerafspraken", "huurteam_model_kantlijntoelichting"],
    "arbeidsovereenkomst": ["allonge_verlenging_was_wordt", "vakantiewerk_ouder_medeondertekent"],
    "unknown": ["duo_studiefinanciering_toekenning", "servicekosten_jaarafrekening"],
}  # fmt: skip
FRESH13_SPLIT = {  # the fresh13 split as it was before fresh14 came: adding fresh14 must never change it
    "brp_uittreksel": ["brp_kleine_gemeente_tekstverwerker_stempel", "brp_certificate_of_registration_embassy"],
    "inkomensverklaring": ["ib60_mobiele_browser_adresbalk", "ib60_opgeplakt_intakeblad"],
    "bankafschrift": ["turkse_bank_nl_vestiging_tweetalig", "afschrift_pdfviewer_bladwijzers_zoektreffers"],
    "mantelzorgverklaring": ["jonge_mantelzorger_school_zorgcoordinator", "poh_mantelzorgscan_ja_nee_soms"],
    "huisbewaring_aanvraag": ["brief_kind_namens_ouder", "formulier_tweede_hand_huisbewaarder"],
    "huurovereenkomst_onderhuur": ["sjabloon_website_placeholders_deels", "onderhuur_toestemmingsstempel_corporatie"],
    "arbeidsovereenkomst": ["nulurencontract_schoonmaak_objecten", "waterschap_bevestiging_arbeidsovereenkomst"],
    "unknown": ["gemeente_inkomensverklaring_bijstand", "opzegging_huur_brief"],
}  # fmt: skip
FRESH14_SPLIT = {  # the fresh14 split as it was before fresh15 came: adding fresh15 must never change it
    "brp_uittreksel": ["brp_bewoning_tijdlijn_balken", "brp_zijbalk_kaarten_twee_kolommen"],
    "inkomensverklaring": ["ib60_whatsapp_foto_bubbel", "ib60_retourstrook_bedragkolom"],
    "bankafschrift": ["saldo_opgave_jaareinde_box3", "bevestiging_en_of_rekening_tenaamstelling"],
    "mantelzorgverklaring": ["medisch_maatschappelijk_werk_ontslag", "dagbesteding_zorgboerderij_weekrooster"],
    "huisbewaring_aanvraag": ["word_inhoudsbesturing_formulier", "formulier_routering_ga_naar_vraag"],
    "huurovereenkomst_onderhuur": ["kamer_gezinswoning_huisregels", "onderhuur_betaalschema_termijnen"],
    "arbeidsovereenkomst": ["gemeente_cao_arbeidsovereenkomst_hr21", "werkgeversverklaring_loonstrook_opmaak"],
    "unknown": ["aangifte_ib_overzicht_concept", "logeerverklaring_tijdelijk_verblijf"],
}  # fmt: skip
FRESH15_SPLIT = {  # the fresh15 split as it was before fresh16 came: adding fresh16 must never change it
    "brp_uittreksel": ["brp_verklaring_burgemeester_ordinale_zinnen", "brp_download_kleinkapitaal_raster"],
    "inkomensverklaring": ["ib60_jaar_in_woorden_bedragkolom", "ib60_gevouwen_vensterenvelop"],
    "bankafschrift": ["kwartaaloverzicht_betrokkenen_rollen", "afschrift_zijkolom_samenvatting"],
    "mantelzorgverklaring": ["ergotherapeut_huisbezoek_adl_tabel", "logeerhuis_respijtzorg_bevestiging"],
    "huisbewaring_aanvraag": ["tablet_balie_handtekening_samenvatting", "aanvraag_kalenderstrook_maanden"],
    "huurovereenkomst_onderhuur": ["kamer_genummerde_lijst_partijentabel", "bemiddelingsbureau_kamercontract_courtage"],
    "arbeidsovereenkomst": ["rijk_aanstellingsbrief_schaal_trede", "ov_bedrijf_contract_opleiding_standplaats"],
    "unknown": ["verwijsbrief_huisarts_ergotherapie", "corporatie_besluit_toestemming_onderhuur"],
}  # fmt: skip
FRESH16_SPLIT = {  # the fresh16 split as it was before fresh17 came: adding fresh17 must never change it
    "brp_uittreksel": ["brp_baliesysteem_mono_onderzoeksvlag", "brp_gemeente_app_telefoonscherm"],
    "inkomensverklaring": ["ib60_scanapp_scheef_voettekst", "ib60_kopieapp_watermerk_bsn_afgeschermd"],
    "bankafschrift": ["afschrift_informatieblad_depositogarantie", "internetbankieren_paginakop_saldo_cr_db"],
    "mantelzorgverklaring": ["zorgmap_rapportageblad_wijkverpleging", "arbodienst_zorgverlof_verklaring"],
    "huisbewaring_aanvraag": ["formulier_codevelden_legenda", "brief_maatschappelijk_werk_instelling_namens_huurder"],
    "huurovereenkomst_onderhuur": ["kamers_met_aandacht_driepartijen", "kamercontract_kernpunten_kader"],
    "arbeidsovereenkomst": ["defensie_verklaring_uitzending_missie", "uitzendbureau_fase_b_uurloon"],
    "unknown": ["gemeente_adresonderzoek_brief", "aanvraag_langdurend_zorgverlof_werkgever"],
}  # fmt: skip
FRESH17_SPLIT = {  # the fresh17 split as it was before fresh18 came: adding fresh18 must never change it
    "brp_uittreksel": ["brp_werkorganisatie_gemeenschappelijke_dienst", "brp_samenstelling_huishouden_relatiekolom"],
    "inkomensverklaring": ["ib60_uploadportaal_voorbeeldweergave", "ib60_bron_aanslag_dagtekening"],
    "bankafschrift": ["transacties_per_dag_gegroepeerd_dagsaldo", "afschrift_tenaamstelling_e_o_titulatuur"],
    "mantelzorgverklaring": ["mee_clientondersteuner_verklaring_vraagblokken", "kinderarts_emb_verklaring_ouders"],
    "huisbewaring_aanvraag": ["crm_contactmoment_telefoon_notitie", "formulierbouwer_vraag_per_blok_print"],
    "huurovereenkomst_onderhuur": ["kamer_tweetalig_nl_oekraiens", "kamercontract_invulgegevens_bijlage_a"],
    "arbeidsovereenkomst": ["eu_instelling_arbeidscontract_agent", "stage_drie_partijen_hogeschool_buitenland"],
    "unknown": ["ontvangstbevestiging_aanvraag_huisbewaring", "belastingdienst_uitnodiging_aangifte_ib"],
}  # fmt: skip
FRESH18_SPLIT = {  # the fresh18 split as it was before fresh19 came: adding fresh19 must never change it
    "brp_uittreksel": ["brp_verhuisbevestiging_nieuwe_bewoners", "brp_bewindvoerder_doorgestuurd_ontvangststempel"],
    "inkomensverklaring": ["ib60_corporatie_toetsstempel_grenzen", "ib60_pdf_handtekeningpaneel_validatie"],
    "bankafschrift": ["budgetapp_export_gekoppelde_rekeningen", "duurzame_bank_afschrift_impactkader"],
    "mantelzorgverklaring": ["vptz_coordinator_verklaring_thuiswaken", "als_team_revalidatiearts_verklaring"],
    "huisbewaring_aanvraag": ["fax_voorblad_aanvraagformulier", "tweetalig_pools_formulier"],
    "huurovereenkomst_onderhuur": ["akte_stijl_verschenen_partijen", "kamer_puntentelling_maximale_huur"],
    "arbeidsovereenkomst": ["intentieverklaring_aanname_voorwaardelijk", "caribisch_nederland_arbeidsovereenkomst"],
    "unknown": ["toestemming_hoofdbewoner_inwoning_gemeente", "sepa_machtiging_huurincasso"],
}  # fmt: skip
FRESH19_SPLIT = {  # the fresh19 split as it was before fresh20 came: adding fresh20 must never change it
    "brp_uittreksel": ["brp_grensgemeente_tweetalig_duits", "brp_briefadres_aantekening_secties"],
    "inkomensverklaring": ["ib60_taalmaatje_arabische_aantekeningen", "ib60_digid_machtigen_gemachtigde_banner"],
    "bankafschrift": ["afschrift_budgetcoach_pennotities", "tablet_splitview_rekeningen"],
    "mantelzorgverklaring": ["thuisdialyse_centrum_partnerverklaring", "visio_ambulant_begeleider_grootletter"],
    "huisbewaring_aanvraag": ["tweetalig_arabisch_formulier", "chatbot_gesprek_snelknoppen"],
    "huurovereenkomst_onderhuur": ["untermietvertrag_tweetalig_duits", "kamer_gemeubileerd_inventarislijst"],
    "arbeidsovereenkomst": ["kontrato_di_trabou_curacao_tweetalig", "ambassade_lokale_medewerker_contract"],
    "unknown": ["uittreksel_geboorteakte_burgerlijke_stand", "overboekingsbevestiging_huurbetaling"],
}  # fmt: skip
FRESH20_SPLIT = {  # the fresh20 split as it was before fresh21 came: adding fresh21 must never change it
    "brp_uittreksel": ["brp_woonboot_ligplaats_aanduiding", "brp_meertalig_modelformulier_eu"],
    "inkomensverklaring": ["ib60_kantoor_buitenland_emigrant", "ib60_briefadres_opvang_poststempel"],
    "bankafschrift": ["afschrift_duplicaat_balie_stempel", "afschrift_grote_letters_blokken"],
    "mantelzorgverklaring": ["geheugenpoli_geriater_diagnosebrief", "ondersteuningsplan_netwerk_vaststelling"],
    "huisbewaring_aanvraag": ["militair_uitzending_brief_gezien_stempel", "huurdersvereniging_voorbeeldbrief_ingevuld"],
    "huurovereenkomst_onderhuur": ["intergenerationeel_wonen_student_senior", "studentenvakbond_juridisch_loket_voetnoten"],
    "arbeidsovereenkomst": ["aios_opleidingsschema_ziekenhuis", "theaterproductie_speellijst_contract"],
    "unknown": ["pgb_zorgovereenkomst_sociaal_netwerk", "notaris_verklaring_van_erfrecht"],
}  # fmt: skip
FRESH21_SPLIT = {  # the fresh21 split as it was before fresh22 came: adding fresh22 must never change it
    "brp_uittreksel": ["brp_notaris_verstrekking_dossierkenmerk", "brp_nationaliteit_verblijfstitel_kolommen"],
    "inkomensverklaring": ["ib60_advocaat_productie_tabblad", "ib60_potlood_huurquote_berekening"],
    "bankafschrift": ["slotafschrift_rekening_opgeheven", "afschrift_overstapservice_doorgeleid"],
    "mantelzorgverklaring": ["parkinsonverpleegkundige_medicatietijden", "verpleeghuis_wachtlijst_zorgbemiddeling"],
    "huisbewaring_aanvraag": ["bewindvoerder_brief_namens_client", "formulier_intern_afhandelblok"],
    "huurovereenkomst_onderhuur": ["kamer_tweetalig_nl_spaans", "kamer_huurdeel_oppervlakte_berekening"],
    "arbeidsovereenkomst": ["offshore_rotatie_heliport_contract", "betaald_voetbal_spelerscontract_optie"],
    "unknown": ["personenalarmering_contactpersonen_formulier", "vakantieverhuur_boekingsbevestiging_gast"],
}  # fmt: skip
FRESH22_SPLIT = {  # the fresh22 split as it was before fresh23 came: adding fresh23 must never change it
    "brp_uittreksel": ["brp_gezag_minderjarigen_aantekening", "brp_herindeling_straatnaamwijziging"],
    "inkomensverklaring": ["ib60_browser_vertaald_engels", "ib60_drempelinkomen_toetsingsinkomen"],
    "bankafschrift": ["regiobank_adviseur_kantoor_afschrift", "vergoedingenstaat_betaalrekening_jaar"],
    "mantelzorgverklaring": ["jeugdhulp_gezinsbegeleider_nachttoezicht", "huisartsenpost_nachtcontacten_verklaring"],
    "huisbewaring_aanvraag": ["studentenhuisvester_uitwisseling_tijdelijke_bewoner", "complexbeheer_afwezigheid_sleutelmelding"],
    "huurovereenkomst_onderhuur": ["hospitakamer_huur_per_week_omgerekend", "kamerhuur_bepaalde_tijd_aanzegging"],
    "arbeidsovereenkomst": ["politie_aanstelling_aspirant_eenheid", "cabinepersoneel_thuisbasis_contract"],
    "unknown": ["rechtsbijstand_toevoeging_peiljaar", "parkeervergunning_bewonersvergunning_besluit"],
}  # fmt: skip
FRESH23_SPLIT = {  # the fresh23 split as it was before fresh24 came: adding fresh24 must never change it
    "brp_uittreksel": ["brp_verstrekkingsbeperking_geheimhouding", "brp_bag_verblijfsobject_identificatie"],
    "inkomensverklaring": ["ib60_op_basis_aangifte_geen_aanslag", "ib60_ondernemer_winst_specificatie"],
    "bankafschrift": ["afschrift_incassodetails_machtigingskenmerk", "afschrift_passenoverzicht_pashouders"],
    "mantelzorgverklaring": ["thuisbeademing_ctb_verklaring", "nah_casemanager_hersenletsel_verklaring"],
    "huisbewaring_aanvraag": ["detentie_casemanager_verzoek_huisbewaring", "wereldreis_brief_reisschema_tabel"],
    "huurovereenkomst_onderhuur": ["kamer_huurprijs_indexering_tabel", "kamer_opnamerapport_meterstanden"],
    "arbeidsovereenkomst": ["ambulancedienst_rav_standplaats_contract", "traineeship_rotatieschema_contract"],
    "unknown": ["stempas_gemeenteraadsverkiezing", "deurwaarder_beslagvrije_voet_mededeling"],
}  # fmt: skip
FRESH24_SPLIT = {  # the fresh24 split as it was before fresh25 came: adding fresh25 must never change it
    "brp_uittreksel": ["brp_gecorrigeerd_na_adresonderzoek", "brp_protocollering_verstrekkingen"],
    "inkomensverklaring": ["ib60_migratiejaar_binnenlandse_periode", "ib60_navordering_aanslagenoverzicht"],
    "bankafschrift": ["knab_afschrift_vreemde_valuta_koersen", "bunq_gezamenlijke_rekening_leden_iso"],
    "mantelzorgverklaring": ["veteraneninstituut_partnerzorg_verklaring", "zorgvrager_eigen_verklaring_handschrift"],
    "huisbewaring_aanvraag": ["proefsamenwonen_brief_partneradres", "b1_pictogrammen_formulier"],
    "huurovereenkomst_onderhuur": ["kamer_informatiebijlage_goed_verhuurderschap", "kamer_definities_juridisch_model"],
    "arbeidsovereenkomst": ["kennismigrant_erkend_referent_contract", "vervanging_zwangerschapsverlof_leerkracht"],
    "unknown": ["huisarts_inschrijfformulier_gezin", "uwv_tewerkstellingsvergunning_twv"],
}  # fmt: skip
FRESH25_SPLIT = {  # the fresh25 split as it was before fresh26 came: adding fresh26 must never change it
    "brp_uittreksel": ["brp_aanvraag_en_afgifte_formulier", "brp_burgerlijke_staat_huwelijkshistorie"],
    "inkomensverklaring": ["ib60_tegenbewijs_box3_was_wordt", "ib60_grensarbeider_buitenlands_loon"],
    "bankafschrift": ["psd2_rekeninginformatie_rapport", "kwartaalafschrift_per_soort_subtotalen"],
    "mantelzorgverklaring": ["zorgkantoor_vpt_mantelzorg_besluit", "international_gp_english_care_statement"],
    "huisbewaring_aanvraag": ["kliniekopname_formulier_verklaring_instelling", "overwinteren_spanje_brief_grote_letter"],
    "huurovereenkomst_onderhuur": ["woonark_hut_onderhuur", "woongroep_vereniging_onderhuur_lid"],
    "arbeidsovereenkomst": ["hulporganisatie_veldfunctie_standplaats", "reisorganisatie_reisleider_seizoen"],
    "unknown": ["belastingdienst_aanslag_bijdrage_zvw", "opzegging_onderhuur_kamer_brief"],
}  # fmt: skip
FRESH26_SPLIT = {  # the fresh26 split as it was before fresh27 came: adding fresh27 must never change it
    "brp_uittreksel": ["brp_medebewoners_zonder_bsn", "brp_leeswijzer_voorbeeld_kolom"],
    "inkomensverklaring": ["ib60_alimentatie_ex_partner_voetnoten", "ib60_dga_aanmerkelijk_belang_opbouw"],
    "bankafschrift": ["bank_reference_letter_english", "afschrift_bovenstrook_opgeplakt"],
    "mantelzorgverklaring": ["mdo_verslag_besluit_mantelzorg", "huisarts_verklaring_his_afkortingen"],
    "huisbewaring_aanvraag": ["huisbewaarder_brief_huurder_voor_akkoord", "voorwaarden_paraaf_per_regel_formulier"],
    "huurovereenkomst_onderhuur": ["sublease_agreement_english_whereas", "kamer_inwonende_mantelzorger_bijdrage"],
    "arbeidsovereenkomst": ["uk_written_statement_main_terms", "onboarding_mail_eerste_werkdag"],
    "unknown": ["verklaring_fiscale_woonplaats_tweetalig", "vaststellingsovereenkomst_einde_dienstverband"],
}  # fmt: skip
FRESH27_SPLIT = {  # the fresh27 split as it was before fresh28 came: adding fresh28 must never change it
    "brp_uittreksel": ["brp_vertrek_aangekondigd_aantekening", "brp_gezin_kinderen_elders_woonachtig"],
    "inkomensverklaring": ["ib60_uitkeringsinstanties_loonheffingennummers", "ib60_jarenoverzicht_kolommen_per_jaar"],
    "bankafschrift": ["internetbankieren_transactiedetails_uitgeklapt", "afschrift_twee_kolommen_compact"],
    "mantelzorgverklaring": ["migrantenouderen_tweetalig_nl_turks_verklaring", "mantelzorgpas_registratie_brief_met_pas"],
    "huisbewaring_aanvraag": ["english_tenant_letter_assignment_abroad", "liggend_twee_kolommen_huurder_en_huisbewaarder"],
    "huurovereenkomst_onderhuur": ["kamer_tweetalig_nl_pools_arbeidsmigrant", "bevestigingsbrief_afspraken_kamer_voor_akkoord"],
    "arbeidsovereenkomst": ["mbo_onderwijsovereenkomst_bol", "roemeens_nl_kassen_seizoenscontract"],
    "unknown": ["crypto_exchange_jaaroverzicht_gekoppelde_rekening", "volmacht_huurder_familielid_woningzaken"],
}  # fmt: skip
FRESH28_SPLIT = {  # the fresh28 split as it was before fresh29 came: adding fresh29 must never change it
    "brp_uittreksel": ["brp_datum_opneming_naast_aanvang", "brp_oekraiense_ontheemden_gastgezin_tweetalig"],
    "inkomensverklaring": ["ib60_staafdiagram_in_gewone_taal", "ib60_fiscale_partners_twee_kolommen"],
    "bankafschrift": ["bank_kalenderweergave_maandraster", "bank_saldoverloop_lijngrafiek"],
    "mantelzorgverklaring": ["wijkteam_netwerkkaart_ecogram", "zorgmail_beveiligd_bericht_poh"],
    "huisbewaring_aanvraag": ["bewonersblad_bon_uitgeknipt", "werkgever_brief_uitzending_voor_akkoord"],
    "huurovereenkomst_onderhuur": ["kamercontract_met_kwitantie_borg", "kamer_partijen_met_pasfoto_en_id"],
    "arbeidsovereenkomst": ["hr_selfservice_mijn_dienstverband", "universiteit_buitenland_admission_letter"],
    "unknown": ["werkgeversgetuigschrift_einde_dienstverband", "kadaster_eigendomsinformatie_perceel"],
}  # fmt: skip
FRESH29_SPLIT = {  # the fresh29 split as it was before fresh30 came: adding fresh30 must never change it
    "brp_uittreksel": ["brp_gezinsboom_schema_bewoners", "brp_pand_doorsnede_meerdere_adressen"],
    "inkomensverklaring": ["ib60_tekstversie_schermlezer", "ib60_digitale_postbus_envelopscan"],
    "bankafschrift": ["ing_totaaloverzicht_betalen_en_sparen", "private_banking_vermogensoverzicht_rekening_courant"],
    "mantelzorgverklaring": ["epilepsiecentrum_dagdelen_toezicht_tabel", "studentendecaan_verklaring_bijzondere_omstandigheden"],
    "huisbewaring_aanvraag": ["voicemail_transcriptie_klantcontactcentrum", "tweetalig_nl_portugees_formulier"],
    "huurovereenkomst_onderhuur": ["kamercontract_regelnummers_kantlijn", "kamercontract_ai_sjabloon_markdown_ruw"],
    "arbeidsovereenkomst": ["predikant_beroepsbrief_kerkenraad", "arbeidsavtale_noors_standaardformulier"],
    "unknown": ["bruikleen_leegstandbeheer_antikraak", "familie_groepsapp_zorgrooster_chat"],
}  # fmt: skip
FRESH30_SPLIT = {  # the fresh30 split as it was before fresh31 came: adding fresh31 must never change it
    "brp_uittreksel": ["brp_faxkopie_kopregel_verzendrapport", "brp_antwoordbrief_gegevens_in_slottabel"],
    "inkomensverklaring": ["ib60_outlook_doorgestuurd_partnerinkomen_in_mail", "ib60_kopie_samen_met_identiteitskaart"],
    "bankafschrift": ["afschrift_export_bedrag_eerst_tegenrekening", "internetbankieren_zoekfilter_periode_chips"],
    "mantelzorgverklaring": ["zorgplan_uittreksel_doelen_acties_omaha", "apotheek_medicatierol_toedienlijst_mantelzorger"],
    "huisbewaring_aanvraag": ["typemachine_ingevuld_verspringende_regels", "a5_twee_exemplaren_liggend_ontvangstparaaf"],
    "huurovereenkomst_onderhuur": ["kamer_advertentie_en_contract_op_een_vel", "kamercontract_boekje_dubbele_pagina_scan"],
    "arbeidsovereenkomst": ["model_arbeidsovereenkomst_aankruisopties_mkb", "contrat_cdd_frans_seizoenswerk"],
    "unknown": ["sportschool_lidmaatschap_incassomachtiging", "schuldhulp_intakeverslag_huishouden"],
}  # fmt: skip
FRESH31_SPLIT = {  # the fresh31 split as it was before fresh32 came: adding fresh32 must never change it
    "brp_uittreksel": ["brp_zivver_beveiligd_bericht_burgerzaken", "brp_uittreksel_samenwoning_gezamenlijk_sinds"],
    "inkomensverklaring": ["ib60_bibliotheek_printopdracht_kopstrook", "ib60_word_document_knipsels_met_bijschrift"],
    "bankafschrift": ["archiefkopie_oud_afschrift_kopiekosten", "asn_bank_naamswijziging_sns_afschrift"],
    "mantelzorgverklaring": ["oncologieverpleegkundige_kuurschema_verklaring", "mantelzorgwoning_zorgbehoefteverklaring_omgevingsloket"],
    "huisbewaring_aanvraag": ["excel_formulier_rasterprint_keuzelijst", "verzamelformulier_toestemming_onderdeel_huisbewaring"],
    "huurovereenkomst_onderhuur": ["kamercontract_ondertekend_met_twee_getuigen", "kamercontract_handgeschreven_bijzondere_bepalingen_parafen"],
    "arbeidsovereenkomst": ["zzp_opdrachtovereenkomst_geen_werkgeversgezag", "contrato_trabajo_espanol_modelo_sepe"],
    "unknown": ["waterschap_aanslag_zuiveringsheffing_huishouden", "cak_beschikking_eigen_bijdrage_peiljaar_inkomen"],
}  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _printed_forms(field: str, value) -> list[str]:
    """Every way the layouts may print a contract value."""
    if field in DATES:
        day = values.dt.date.fromisoformat(value)
        return [values.date_text(day, style) for style in values.DATE_STYLES + values.FRESH2_DATE_STYLES + values.FRESH3_DATE_STYLES + values.FRESH4_DATE_STYLES
                + values.FRESH5_DATE_STYLES + values.FRESH6_DATE_STYLES + values.FRESH7_DATE_STYLES + values.FRESH8_DATE_STYLES
                + values.FRESH9_DATE_STYLES + values.FRESH10_DATE_STYLES + values.FRESH11_DATE_STYLES + values.FRESH12_DATE_STYLES
                + values.FRESH13_DATE_STYLES + values.FRESH14_DATE_STYLES + values.FRESH15_DATE_STYLES + values.FRESH16_DATE_STYLES
                + values.FRESH17_DATE_STYLES]
    if field in AMOUNTS:
        return [values.amount_text(value, style) for style in values.AMOUNT_STYLES + values.FRESH2_AMOUNT_STYLES + values.FRESH3_AMOUNT_STYLES + values.FRESH4_AMOUNT_STYLES
                + values.FRESH5_AMOUNT_STYLES + values.FRESH6_AMOUNT_STYLES + values.FRESH7_AMOUNT_STYLES + values.FRESH8_AMOUNT_STYLES
                + values.FRESH9_AMOUNT_STYLES + values.FRESH10_AMOUNT_STYLES + values.FRESH11_AMOUNT_STYLES + values.FRESH12_AMOUNT_STYLES
                + values.FRESH13_AMOUNT_STYLES + values.FRESH14_AMOUNT_STYLES + values.FRESH15_AMOUNT_STYLES + values.FRESH16_AMOUNT_STYLES
                + values.FRESH17_AMOUNT_STYLES]
    if field == "postcode":
        return [value, values.postcode_text(value, True)]
    if field == "bsn":
        return [values.bsn_text(value, style) for style in range(3)]
    if field == "iban":
        return [value, values.iban_text(value, True)]
    if field == "house_number":
        number, suffix = re.fullmatch(r"(\d+)(.*)", value).groups()
        forms = [value, f"{number} {suffix}", f"{number}{suffix.lower()}", f"{number}-{suffix}", f"{number} {suffix.lower()}", f"{number}-{suffix.lower()}"]
        if suffix == "H":  # "hs" (huis): the ground floor
            forms += [f"{number}{sep}{hs}" for sep in ("", " ", "-") for hs in ("hs", "HS")]
        return forms
    if field == "tax_year":
        return [str(value)]
    return [value]


def _check_format(field: str, value) -> None:
    if value is None:
        return
    if field in DATES:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and values.dt.date.fromisoformat(value), (field, value)
    elif field in AMOUNTS:
        assert re.fullmatch(r"\d+\.\d{2}", value), (field, value)
    elif field == "postcode":
        assert re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", value) and value[4:] not in ("SA", "SD", "SS"), value
    elif field == "bsn":
        assert re.fullmatch(r"\d{9}", value) and values.elfproef(value), value
    elif field == "iban":
        assert stdnum_iban.is_valid(value) and value.startswith("NL"), value
    elif field == "house_number":
        assert re.fullmatch(r"\d+([A-Z]|-\d+|H)?", value), value
    elif field in BOOLEANS:
        assert isinstance(value, bool), (field, value)
    elif field == "reason":
        assert value in REASONS, value
    elif field == "tax_year":
        assert isinstance(value, int) and 2000 < value < 2030, value
    else:
        assert isinstance(value, str) and value == " ".join(value.split()) and value, (field, value)


def _render(doc_type: str, layout: str, seed: str = "test"):
    html, truth = corpus.make(doc_type, layout, random.Random(f"{seed}:{doc_type}:{layout}"))
    return render.render_digital(html), truth


def test_every_type_has_six_layouts_and_one_held_out_that_dev_never_shows():
    assert set(MODULES) == set(CONTRACT_FIELDS)
    dev, heldout = corpus.layouts("dev"), corpus.layouts("heldout")
    for doc_type, module in MODULES.items():
        assert len(module.LAYOUTS) >= 7 and module.HELDOUT and module.HELDOUT <= set(module.LAYOUTS)
        assert len(dev[doc_type]) >= 6 and not module.HELDOUT & set(dev[doc_type])
        assert set(heldout[doc_type]) == (set(module.LAYOUTS) - module.FRESH - module.FRESH2 - module.FRESH3 - module.FRESH4 - module.FRESH5 - module.FRESH6
                                          - module.FRESH7 - module.FRESH8 - module.FRESH9 - module.FRESH10 - module.FRESH11 - module.FRESH12
                                          - module.FRESH13 - module.FRESH14 - module.FRESH15 - module.FRESH16 - module.FRESH17 - module.FRESH18
                                          - module.FRESH19 - module.FRESH20 - module.FRESH21 - module.FRESH22 - module.FRESH23
                                          - module.FRESH24 - module.FRESH25 - module.FRESH26 - module.FRESH27 - module.FRESH28
                                          - module.FRESH29 - module.FRESH30 - module.FRESH31 - module.FRESH32)
    assert corpus.SPLITS["dev"] != corpus.SPLITS["heldout"]
    assert len(set(FONTS)) >= 15


@pytest.mark.parametrize(("doc_type", "layout"), ALL_LAYOUTS, ids=[f"{t}/{n}" for t, n in ALL_LAYOUTS])
def test_a_layout_prints_its_truth_in_the_contract_formats(doc_type, layout):
    pdf, truth = _render(doc_type, layout)
    assert set(truth) == CONTRACT_FIELDS[doc_type]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = _flat(" ".join(page.extract_text() or "" for page in document.pages))
    assert len(text) > 150
    for field, value in truth.items():
        elements = value if field in ("persons", "account_holders") else [value]
        for element in elements:
            pairs = element.items() if field == "persons" else [(field, element)]
            for key, item in pairs:
                _check_format(key, item)
                if item is None or key in BOOLEANS or key == "reason":
                    continue
                forms = _printed_forms(key, item)
                if key in SPLIT_PRINTED.get(layout, ()):  # printed as separate fields: every part is there
                    parts = item.split() if key == "name" else re.fullmatch(r"(\d+)-?(.*)", item).groups()
                    assert all(part in text for part in parts if part), (key, item)
                    continue
                if key in COMB_PRINTED.get(layout, ()):  # one character a box: the characters in order, spaced
                    assert any("".join(_flat(form).split()) in "".join(text.split()) for form in forms), (layout, key, item)
                    continue
                assert any(_flat(form) in text for form in forms), (layout, key, item, text[:400])


def test_the_fresh_split_holds_only_new_layouts_two_a_type_and_dev_is_unchanged():
    dev, heldout, fresh = (corpus.layouts(s) for s in ("dev", "heldout", "fresh"))
    assert dev == DEV_LAYOUTS
    assert len(set(corpus.SPLITS.values())) == len(corpus.SPLITS) and "fresh" in corpus.SPLITS
    for doc_type, module in MODULES.items():
        assert module.FRESH <= set(module.LAYOUTS) and not module.FRESH & module.HELDOUT
        assert len(module.FRESH) >= 2 and set(fresh[doc_type]) == module.FRESH
        assert not set(fresh[doc_type]) & set(dev[doc_type]) and not set(fresh[doc_type]) & set(heldout[doc_type])
    assert sum(len(names) for names in fresh.values()) >= 16


def test_the_fresh2_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    dev, heldout, fresh, fresh2 = (corpus.layouts(s) for s in ("dev", "heldout", "fresh", "fresh2"))
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT
    assert "fresh2" in corpus.SPLITS and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        assert module.FRESH2 <= set(module.LAYOUTS) and not module.FRESH2 & (module.HELDOUT | module.FRESH)
        assert len(module.FRESH2) >= (3 if doc_type == "unknown" else 2) and set(fresh2[doc_type]) == module.FRESH2
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type])
        assert not set(fresh2[doc_type]) & others
    assert sum(len(names) for names in fresh2.values()) >= 17


def test_the_fresh3_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    dev, heldout, fresh, fresh2, fresh3 = (corpus.layouts(s) for s in ("dev", "heldout", "fresh", "fresh2", "fresh3"))
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT
    assert corpus.SPLITS["fresh3"] == 20611 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        assert module.FRESH3 <= set(module.LAYOUTS) and not module.FRESH3 & (module.HELDOUT | module.FRESH | module.FRESH2)
        assert len(module.FRESH3) >= (4 if doc_type == "unknown" else 3) and set(fresh3[doc_type]) == module.FRESH3
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type])
        assert not set(fresh3[doc_type]) & others
    assert sum(len(names) for names in fresh3.values()) >= 25


def test_the_fresh4_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    dev, heldout, fresh, fresh2, fresh3, fresh4 = (corpus.layouts(s) for s in ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4"))
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT
    assert corpus.SPLITS["fresh4"] == 21737 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3
        assert module.FRESH4 <= set(module.LAYOUTS) and not module.FRESH4 & earlier
        assert len(module.FRESH4) >= 3 and set(fresh4[doc_type]) == module.FRESH4
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type])
        assert not set(fresh4[doc_type]) & others
    assert sum(len(names) for names in fresh4.values()) >= 24


def test_the_fresh5_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5 = (corpus.layouts(s) for s in ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5"))
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert corpus.SPLITS["fresh5"] == 23021 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4
        assert module.FRESH5 <= set(module.LAYOUTS) and not module.FRESH5 & earlier
        assert len(module.FRESH5) >= 3 and set(fresh5[doc_type]) == module.FRESH5
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        assert not set(fresh5[doc_type]) & others
    assert sum(len(names) for names in fresh5.values()) >= 24


def test_the_fresh6_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6 = (corpus.layouts(s) for s in ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"))
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT
    assert corpus.SPLITS["fresh6"] == 24517 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5
        assert module.FRESH6 <= set(module.LAYOUTS) and not module.FRESH6 & earlier
        assert len(module.FRESH6) >= 2 and set(fresh6[doc_type]) == module.FRESH6
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        assert not set(fresh6[doc_type]) & (others | set(fresh5[doc_type]))
    assert sum(len(names) for names in fresh6.values()) >= 16


def test_the_fresh7_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT
    assert corpus.SPLITS["fresh7"] == 25913 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6
        assert module.FRESH7 <= set(module.LAYOUTS) and not module.FRESH7 & earlier
        assert len(module.FRESH7) >= 2 and set(fresh7[doc_type]) == module.FRESH7
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        assert not set(fresh7[doc_type]) & (others | set(fresh5[doc_type]) | set(fresh6[doc_type]))
    assert sum(len(names) for names in fresh7.values()) >= 16


def test_the_fresh8_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT
    assert corpus.SPLITS["fresh8"] == 27329 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
        assert module.FRESH8 <= set(module.LAYOUTS) and not module.FRESH8 & earlier
        assert len(module.FRESH8) >= 2 and set(fresh8[doc_type]) == module.FRESH8
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        assert not set(fresh8[doc_type]) & (others | set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]))
    assert sum(len(names) for names in fresh8.values()) >= 16


def test_the_fresh9_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT
    assert corpus.SPLITS["fresh9"] == 28657 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8)
        assert module.FRESH9 <= set(module.LAYOUTS) and not module.FRESH9 & earlier
        assert len(module.FRESH9) >= 2 and set(fresh9[doc_type]) == module.FRESH9
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        assert not set(fresh9[doc_type]) & (others | set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]))
    assert sum(len(names) for names in fresh9.values()) >= 16


def test_the_fresh10_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert corpus.SPLITS["fresh10"] == 30011 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9)
        assert module.FRESH10 <= set(module.LAYOUTS) and not module.FRESH10 & earlier
        assert len(module.FRESH10) >= 2 and set(fresh10[doc_type]) == module.FRESH10
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type])
        assert not set(fresh10[doc_type]) & others
    assert sum(len(names) for names in fresh10.values()) >= 16


def test_the_fresh11_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT
    assert corpus.SPLITS["fresh11"] == 31259 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10)
        assert module.FRESH11 <= set(module.LAYOUTS) and not module.FRESH11 & earlier
        assert len(module.FRESH11) >= 2 and set(fresh11[doc_type]) == module.FRESH11
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        assert not set(fresh11[doc_type]) & others
    assert sum(len(names) for names in fresh11.values()) >= 16


def test_the_fresh12_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT
    assert corpus.SPLITS["fresh12"] == 32771 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11)
        assert module.FRESH12 <= set(module.LAYOUTS) and not module.FRESH12 & earlier
        assert len(module.FRESH12) >= 2 and set(fresh12[doc_type]) == module.FRESH12
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type])
        assert not set(fresh12[doc_type]) & others
    assert sum(len(names) for names in fresh12.values()) >= 16


def test_the_fresh13_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13")
    dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13 = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT
    assert corpus.SPLITS["fresh13"] == 34127 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12)
        assert module.FRESH13 <= set(module.LAYOUTS) and not module.FRESH13 & earlier
        assert len(module.FRESH13) >= 2 and set(fresh13[doc_type]) == module.FRESH13
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type])
        assert not set(fresh13[doc_type]) & others
    assert sum(len(names) for names in fresh13.values()) >= 16


def test_the_fresh14_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert corpus.SPLITS["fresh14"] == 35617 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13)
        assert module.FRESH14 <= set(module.LAYOUTS) and not module.FRESH14 & earlier
        assert len(module.FRESH14) >= 2 and set(fresh14[doc_type]) == module.FRESH14
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type])
        assert not set(fresh14[doc_type]) & others
    assert sum(len(names) for names in fresh14.values()) >= 16


def test_the_fresh15_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT
    assert corpus.SPLITS["fresh15"] == 37019 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14)
        assert module.FRESH15 <= set(module.LAYOUTS) and not module.FRESH15 & earlier
        assert len(module.FRESH15) >= 2 and set(fresh15[doc_type]) == module.FRESH15
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type])
        assert not set(fresh15[doc_type]) & others
    assert sum(len(names) for names in fresh15.values()) >= 16


def test_the_fresh16_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT
    assert corpus.SPLITS["fresh16"] == 38557 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15)
        assert module.FRESH16 <= set(module.LAYOUTS) and not module.FRESH16 & earlier
        assert len(module.FRESH16) >= 2 and set(fresh16[doc_type]) == module.FRESH16
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        assert not set(fresh16[doc_type]) & others
    assert sum(len(names) for names in fresh16.values()) >= 16


def test_the_fresh17_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT
    assert corpus.SPLITS["fresh17"] == 40213 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16)
        assert module.FRESH17 <= set(module.LAYOUTS) and not module.FRESH17 & earlier
        assert len(module.FRESH17) >= 2 and set(fresh17[doc_type]) == module.FRESH17
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type])
        assert not set(fresh17[doc_type]) & others
    assert sum(len(names) for names in fresh17.values()) >= 16


def test_the_fresh18_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert corpus.SPLITS["fresh18"] == 41827 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17)
        assert module.FRESH18 <= set(module.LAYOUTS) and not module.FRESH18 & earlier
        assert len(module.FRESH18) >= 2 and set(fresh18[doc_type]) == module.FRESH18
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type])
        assert not set(fresh18[doc_type]) & others
    assert sum(len(names) for names in fresh18.values()) >= 16


def test_the_fresh19_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT
    assert corpus.SPLITS["fresh19"] == 43391 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18)
        assert module.FRESH19 <= set(module.LAYOUTS) and not module.FRESH19 & earlier
        assert len(module.FRESH19) >= 2 and set(fresh19[doc_type]) == module.FRESH19
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type])
        assert not set(fresh19[doc_type]) & others
    assert sum(len(names) for names in fresh19.values()) >= 16


def test_the_fresh20_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT
    assert corpus.SPLITS["fresh20"] == 44987 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19)
        assert module.FRESH20 <= set(module.LAYOUTS) and not module.FRESH20 & earlier
        assert len(module.FRESH20) >= 2 and set(fresh20[doc_type]) == module.FRESH20
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type])
        assert not set(fresh20[doc_type]) & others
    assert sum(len(names) for names in fresh20.values()) >= 16


def test_the_fresh21_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT
    assert corpus.SPLITS["fresh21"] == 46271 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20)
        assert module.FRESH21 <= set(module.LAYOUTS) and not module.FRESH21 & earlier
        assert len(module.FRESH21) >= 2 and set(fresh21[doc_type]) == module.FRESH21
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        assert not set(fresh21[doc_type]) & others
    assert sum(len(names) for names in fresh21.values()) >= 16


def test_the_fresh22_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert corpus.SPLITS["fresh22"] == 47923 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21)
        assert module.FRESH22 <= set(module.LAYOUTS) and not module.FRESH22 & earlier
        assert len(module.FRESH22) >= 2 and set(fresh22[doc_type]) == module.FRESH22
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type])
        assert not set(fresh22[doc_type]) & others
    assert sum(len(names) for names in fresh22.values()) >= 16


def test_the_fresh23_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT
    assert corpus.SPLITS["fresh23"] == 49157 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22)
        assert module.FRESH23 <= set(module.LAYOUTS) and not module.FRESH23 & earlier
        assert len(module.FRESH23) >= 2 and set(fresh23[doc_type]) == module.FRESH23
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type])
        assert not set(fresh23[doc_type]) & others
    assert sum(len(names) for names in fresh23.values()) >= 16


def test_the_fresh24_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT
    assert corpus.SPLITS["fresh24"] == 50513 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23)
        assert module.FRESH24 <= set(module.LAYOUTS) and not module.FRESH24 & earlier
        assert len(module.FRESH24) >= 2 and set(fresh24[doc_type]) == module.FRESH24
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type])
        assert not set(fresh24[doc_type]) & others
    assert sum(len(names) for names in fresh24.values()) >= 16


def test_the_fresh25_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT
    assert corpus.SPLITS["fresh25"] == 51871 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24)
        assert module.FRESH25 <= set(module.LAYOUTS) and not module.FRESH25 & earlier
        assert len(module.FRESH25) >= 2 and set(fresh25[doc_type]) == module.FRESH25
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type])
        assert not set(fresh25[doc_type]) & others
    assert sum(len(names) for names in fresh25.values()) >= 16


def test_the_fresh26_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
     fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert corpus.SPLITS["fresh26"] == 53261 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25)
        assert module.FRESH26 <= set(module.LAYOUTS) and not module.FRESH26 & earlier
        assert len(module.FRESH26) >= 2 and set(fresh26[doc_type]) == module.FRESH26
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        assert not set(fresh26[doc_type]) & others
    assert sum(len(names) for names in fresh26.values()) >= 16


def test_the_fresh27_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT
    assert corpus.SPLITS["fresh27"] == 54187 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26)
        assert module.FRESH27 <= set(module.LAYOUTS) and not module.FRESH27 & earlier
        assert len(module.FRESH27) >= 2 and set(fresh27[doc_type]) == module.FRESH27
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type])
        assert not set(fresh27[doc_type]) & others
    assert sum(len(names) for names in fresh27.values()) >= 16


def test_the_fresh28_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27", "fresh28")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT and fresh27 == FRESH27_SPLIT
    assert corpus.SPLITS["fresh28"] == 55319 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26 | module.FRESH27)
        assert module.FRESH28 <= set(module.LAYOUTS) and not module.FRESH28 & earlier
        assert len(module.FRESH28) >= 2 and set(fresh28[doc_type]) == module.FRESH28
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type]) | set(fresh27[doc_type])
        assert not set(fresh28[doc_type]) & others
    assert sum(len(names) for names in fresh28.values()) >= 16


def test_the_fresh29_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27", "fresh28", "fresh29")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT and fresh27 == FRESH27_SPLIT and fresh28 == FRESH28_SPLIT
    assert corpus.SPLITS["fresh29"] == 56203 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26 | module.FRESH27 | module.FRESH28)
        assert module.FRESH29 <= set(module.LAYOUTS) and not module.FRESH29 & earlier
        assert len(module.FRESH29) >= 2 and set(fresh29[doc_type]) == module.FRESH29
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type]) | set(fresh27[doc_type]) | set(fresh28[doc_type])
        assert not set(fresh29[doc_type]) & others
    assert sum(len(names) for names in fresh29.values()) >= 16


def test_the_fresh30_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27", "fresh28", "fresh29", "fresh30")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT and fresh27 == FRESH27_SPLIT and fresh28 == FRESH28_SPLIT and fresh29 == FRESH29_SPLIT
    assert corpus.SPLITS["fresh30"] == 57131 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26 | module.FRESH27 | module.FRESH28
                   | module.FRESH29)
        assert module.FRESH30 <= set(module.LAYOUTS) and not module.FRESH30 & earlier
        assert len(module.FRESH30) >= 2 and set(fresh30[doc_type]) == module.FRESH30
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type]) | set(fresh27[doc_type]) | set(fresh28[doc_type]) | set(fresh29[doc_type])
        assert not set(fresh30[doc_type]) & others
    assert sum(len(names) for names in fresh30.values()) >= 16


def test_the_fresh31_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT and fresh27 == FRESH27_SPLIT and fresh28 == FRESH28_SPLIT and fresh29 == FRESH29_SPLIT
    assert fresh30 == FRESH30_SPLIT
    assert corpus.SPLITS["fresh31"] == 58087 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26 | module.FRESH27 | module.FRESH28
                   | module.FRESH29 | module.FRESH30)
        assert module.FRESH31 <= set(module.LAYOUTS) and not module.FRESH31 & earlier
        assert len(module.FRESH31) >= 2 and set(fresh31[doc_type]) == module.FRESH31
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type]) | set(fresh27[doc_type]) | set(fresh28[doc_type]) | set(fresh29[doc_type])
        others |= set(fresh30[doc_type])
        assert not set(fresh31[doc_type]) & others
    assert sum(len(names) for names in fresh31.values()) >= 16


def test_the_fresh32_split_holds_only_its_own_layouts_and_every_other_split_is_unchanged():
    splits = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
              "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32")
    (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15,
     fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32) = (corpus.layouts(s) for s in splits)
    assert dev == DEV_LAYOUTS and fresh == FRESH_SPLIT and fresh2 == FRESH2_SPLIT and fresh3 == FRESH3_SPLIT and fresh4 == FRESH4_SPLIT
    assert fresh5 == FRESH5_SPLIT and fresh6 == FRESH6_SPLIT and fresh7 == FRESH7_SPLIT and fresh8 == FRESH8_SPLIT and fresh9 == FRESH9_SPLIT
    assert fresh10 == FRESH10_SPLIT and fresh11 == FRESH11_SPLIT and fresh12 == FRESH12_SPLIT and fresh13 == FRESH13_SPLIT
    assert fresh14 == FRESH14_SPLIT and fresh15 == FRESH15_SPLIT and fresh16 == FRESH16_SPLIT and fresh17 == FRESH17_SPLIT
    assert fresh18 == FRESH18_SPLIT and fresh19 == FRESH19_SPLIT and fresh20 == FRESH20_SPLIT and fresh21 == FRESH21_SPLIT
    assert fresh22 == FRESH22_SPLIT and fresh23 == FRESH23_SPLIT and fresh24 == FRESH24_SPLIT and fresh25 == FRESH25_SPLIT
    assert fresh26 == FRESH26_SPLIT and fresh27 == FRESH27_SPLIT and fresh28 == FRESH28_SPLIT and fresh29 == FRESH29_SPLIT
    assert fresh30 == FRESH30_SPLIT and fresh31 == FRESH31_SPLIT
    assert corpus.SPLITS["fresh32"] == 59173 and len(set(corpus.SPLITS.values())) == len(corpus.SPLITS)
    for doc_type, module in MODULES.items():
        earlier = (module.HELDOUT | module.FRESH | module.FRESH2 | module.FRESH3 | module.FRESH4 | module.FRESH5 | module.FRESH6 | module.FRESH7
                   | module.FRESH8 | module.FRESH9 | module.FRESH10 | module.FRESH11 | module.FRESH12 | module.FRESH13 | module.FRESH14 | module.FRESH15
                   | module.FRESH16 | module.FRESH17 | module.FRESH18 | module.FRESH19 | module.FRESH20 | module.FRESH21 | module.FRESH22
                   | module.FRESH23 | module.FRESH24 | module.FRESH25 | module.FRESH26 | module.FRESH27 | module.FRESH28
                   | module.FRESH29 | module.FRESH30 | module.FRESH31)
        assert module.FRESH32 <= set(module.LAYOUTS) and not module.FRESH32 & earlier
        assert len(module.FRESH32) >= 2 and set(fresh32[doc_type]) == module.FRESH32
        others = set(dev[doc_type]) | set(heldout[doc_type]) | set(fresh[doc_type]) | set(fresh2[doc_type]) | set(fresh3[doc_type]) | set(fresh4[doc_type])
        others |= set(fresh5[doc_type]) | set(fresh6[doc_type]) | set(fresh7[doc_type]) | set(fresh8[doc_type]) | set(fresh9[doc_type]) | set(fresh10[doc_type])
        others |= set(fresh11[doc_type]) | set(fresh12[doc_type]) | set(fresh13[doc_type]) | set(fresh14[doc_type]) | set(fresh15[doc_type])
        others |= set(fresh16[doc_type]) | set(fresh17[doc_type]) | set(fresh18[doc_type]) | set(fresh19[doc_type]) | set(fresh20[doc_type])
        others |= set(fresh21[doc_type]) | set(fresh22[doc_type]) | set(fresh23[doc_type]) | set(fresh24[doc_type]) | set(fresh25[doc_type])
        others |= set(fresh26[doc_type]) | set(fresh27[doc_type]) | set(fresh28[doc_type]) | set(fresh29[doc_type])
        others |= set(fresh30[doc_type]) | set(fresh31[doc_type])
        assert not set(fresh32[doc_type]) & others
    assert sum(len(names) for names in fresh32.values()) >= 16


@pytest.mark.parametrize(("split", "attribute"), [("fresh", "FRESH"), ("fresh2", "FRESH2"), ("fresh3", "FRESH3"), ("fresh4", "FRESH4"), ("fresh5", "FRESH5"),
                                                  ("fresh6", "FRESH6"), ("fresh7", "FRESH7"), ("fresh8", "FRESH8"),
                                                  ("fresh9", "FRESH9"), ("fresh10", "FRESH10"), ("fresh11", "FRESH11"),
                                                  ("fresh12", "FRESH12"), ("fresh13", "FRESH13"), ("fresh14", "FRESH14"),
                                                  ("fresh15", "FRESH15"), ("fresh16", "FRESH16"), ("fresh17", "FRESH17"),
                                                  ("fresh18", "FRESH18"), ("fresh19", "FRESH19"), ("fresh20", "FRESH20"),
                                                  ("fresh21", "FRESH21"), ("fresh22", "FRESH22"), ("fresh23", "FRESH23"),
                                                  ("fresh24", "FRESH24"), ("fresh25", "FRESH25"), ("fresh26", "FRESH26"),
                                                  ("fresh27", "FRESH27"), ("fresh28", "FRESH28"), ("fresh29", "FRESH29"),
                                                  ("fresh30", "FRESH30"), ("fresh31", "FRESH31"), ("fresh32", "FRESH32")])
def test_a_first_contact_batch_draws_only_its_own_layouts(tmp_path, monkeypatch, split, attribute):
    drawn = []
    real_make = corpus.make
    monkeypatch.setattr(corpus, "make", lambda doc_type, layout, rng: drawn.append((doc_type, layout)) or real_make(doc_type, layout, rng))
    written = corpus.generate_corpus(tmp_path, split, per_layout=0, batches=1, doc_types=["bankafschrift", "unknown"])
    assert [p.name for p in written] == ["batch-0.pdf"] and drawn
    assert all(layout in getattr(MODULES[doc_type], attribute) for doc_type, layout in drawn)
    expected = json.loads(corpus.expected_path(written[0]).read_text(encoding="utf-8"))
    assert [d["doc_type"] for d in expected["documents"]] == [t for t, _ in drawn]


FIRST_CONTACT_LAYOUTS = (FRESH_LAYOUTS + FRESH2_LAYOUTS + FRESH3_LAYOUTS + FRESH4_LAYOUTS + FRESH5_LAYOUTS + FRESH6_LAYOUTS + FRESH7_LAYOUTS
                         + FRESH8_LAYOUTS + FRESH9_LAYOUTS + FRESH10_LAYOUTS + FRESH11_LAYOUTS + FRESH12_LAYOUTS + FRESH13_LAYOUTS
                         + FRESH14_LAYOUTS + FRESH15_LAYOUTS + FRESH16_LAYOUTS + FRESH17_LAYOUTS + FRESH18_LAYOUTS + FRESH19_LAYOUTS
                         + FRESH20_LAYOUTS + FRESH21_LAYOUTS + FRESH22_LAYOUTS + FRESH23_LAYOUTS + FRESH24_LAYOUTS + FRESH25_LAYOUTS
                         + FRESH26_LAYOUTS + FRESH27_LAYOUTS + FRESH28_LAYOUTS + FRESH29_LAYOUTS
                         + FRESH30_LAYOUTS + FRESH31_LAYOUTS + FRESH32_LAYOUTS)


@pytest.mark.parametrize(("doc_type", "layout"), FIRST_CONTACT_LAYOUTS, ids=[f"{t}/{n}" for t, n in FIRST_CONTACT_LAYOUTS])
def test_a_fresh_layout_varies_with_its_seed_and_keeps_its_field_names(doc_type, layout):
    drawn = [corpus.make(doc_type, layout, random.Random(f"variety:{i}")) for i in range(6)]
    assert all(set(truth) == CONTRACT_FIELDS[doc_type] for _, truth in drawn)
    assert len({html for html, _ in drawn}) == len(drawn)
    if doc_type != "unknown":
        assert len({json.dumps(truth, sort_keys=True) for _, truth in drawn}) == len(drawn)
    for html, truth in drawn:
        for name in truth.get("persons", []):
            assert set(name) == {"name", "birth_date", "bsn", "registered_since"}


def test_a_seed_reproduces_a_document_and_another_seed_changes_it():
    first, again, other = (corpus.make("bankafschrift", "ing_statement", random.Random(s)) for s in ("a", "a", "b"))
    assert first == again and first != other


def test_a_scan_is_image_only_and_tesseract_still_reads_it():
    pdf, truth = _render("brp_uittreksel", "municipal_blocks", seed="scan")
    content, extension = render.render_scan(pdf, random.Random("scan"), form="pdf")
    assert extension == "pdf"
    with pdfplumber.open(io.BytesIO(content)) as document:
        assert not (document.pages[0].extract_text() or "").strip() and document.pages[0].images
        image = document.pages[0].to_image(resolution=200).original
    text = _ocr(image)
    assert "Uittreksel" in text or "Basisregistratie" in text
    assert truth["city"].split()[-1].lstrip("'s-") in text


def test_a_photo_has_the_page_on_a_background_and_an_exif_orientation():
    pdf, _ = _render("inkomensverklaring", "ib60_boxes", seed="photo")
    for seed in range(12):
        jpeg, orientation = render.render_photo(pdf, random.Random(seed))
        if orientation in (6, 8):
            break
    stored = Image.open(io.BytesIO(jpeg))
    assert stored.getexif()[0x0112] == orientation and stored.width > stored.height  # stored turned a quarter
    shown = render.upright(jpeg)
    assert shown.height > shown.width
    corner = shown.convert("L").getpixel((5, 5))
    assert corner < 215  # the background, not the white page
    assert "Inkomensverklaring" in _ocr(shown.convert("L"))


def _ocr(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld", "--psm", "3"], input=buffer.getvalue(),
                            capture_output=True, check=True)  # fmt: skip
    return result.stdout.decode("utf-8")
