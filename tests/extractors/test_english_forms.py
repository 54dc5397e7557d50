"""A corporation's English form for expat tenants (issue 17): its row labels ("Full name"
under "2. House-sitter"), its dates' labels and its reasons are wordings of the label
table and the concepts, data rather than code."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_an_english_house_sitting_form_is_read_by_its_labels_and_concepts():
    rows = [(60, 50, "House-sitting request form"),
            (60, 80, "Please use this form when you will be away from your home for more than three months."),
            (60, 110, "1. Tenant"), (60, 126, "Full name"), (200, 126, "Pieter Jansen"),
            (60, 142, "Address"), (200, 142, "Kerkstraat 4, 1311 AB Almere"),
            (60, 170, "2. House-sitter"), (60, 186, "Full name"), (200, 186, "Amina Haddou"),
            (60, 202, "Date of birth"), (200, 202, "03/04/1999"),
            (60, 230, "3. Absence"), (60, 246, "First day of absence"), (200, 246, "01/06/2026"),
            (60, 262, "Last day of absence"), (200, 262, "30/11/2026"),
            (60, 278, "Reason"), (200, 278, "[ ] Work or study elsewhere"), (200, 292, "[X] Care for a relative"),
            (200, 306, "[ ] Long journey"), (200, 320, "[ ] Other reason")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["tenant_name"], fields["sitter_name"]) == ("Pieter Jansen", "Amina Haddou")
    assert (fields["start_date"], fields["end_date"], fields["reason"]) == ("2026-06-01", "2026-11-30", "care")


def test_an_english_forms_wrapped_questions_are_answered_beside_their_first_line():
    """"Does the house-sitter rent or   Yes / -No-" over "own a home?": the question wraps in
    its cell and the answer stands beside its first line; an answer struck out leaves the
    other. The signing date stands after a bare "Date:"."""
    rows = [(63, 121, "House-sitting request form"),
            (63, 181, "1. Tenant"), (63, 201, "Full name"), (200, 201, "Abena Owusu"),
            (63, 263, "2. House-sitter"), (63, 283, "Full name"), (200, 283, "Zineb Zarrouk"),
            (63, 302, "Date of birth"), (200, 302, "15/12/2008"),
            (63, 321, "Does the house-sitter rent or"), (200, 321, "Yes / -No-"), (63, 333, "own a home?"),
            (63, 354, "Does the house-sitter have"), (200, 354, "-Yes- / No"), (63, 366, "children under 18?"),
            (63, 393, "3. Absence"), (63, 412, "First day of absence"), (200, 412, "10/05/2026"),
            (63, 431, "Last day of absence"), (200, 431, "20/07/2026"),
            (63, 579, "Strike through what does not apply."),
            (63, 605, "Date: 19/02/2026"), (250, 605, "Signature tenant: ____________")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["sitter_has_own_home"], fields["sitter_has_minor_children"]) == (True, False)
    assert (fields["sitter_birth_date"], fields["signed_date"]) == ("2008-12-15", "2026-02-19")


def test_an_expat_employers_english_contract_is_read_by_its_wordings():
    """"hereinafter the "Employee"", "commencing on", "ends by operation of law ... on", "work
    at the Employer's office in": the English contract's parties, term and place; the
    probation's end ("ending on 21 July 2026") is no end of the contract."""
    rows = [(63, 60, "Harbour Analytics Netherlands B.V."), (63, 104, "Contract of Employment"), (63, 135, "The undersigned:"),
            (63, 160, "1. Harbour Analytics Netherlands B.V., having its registered office in Delft, hereinafter the \"Employer\";"),
            (63, 174, "and"), (63, 199, "2. Maria Jansen, born on 3 March 1991, hereinafter the \"Employee\","),
            (63, 224, "agree as follows:"), (63, 248, "Article 1. Commencement and duration"),
            (63, 262, "This Agreement is entered into for a fixed term of 12 months, commencing on 1 August 2026, and ends by"),
            (63, 276, "operation of law, without notice being required, on 31 July 2027."),
            (63, 300, "A probationary period of one month applies, ending on 31 August 2026."),
            (63, 324, "The Employee will perform the work at the Employer's office in Rijswijk."),
            (63, 350, "Signed in Delft on 12 June 2026.")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["employee_name"], fields["employer"]) == ("Maria Jansen", "Harbour Analytics Netherlands B.V.")
    assert (fields["start_date"], fields["end_date"], fields["place"]) == ("2026-08-01", "2027-07-31", "Rijswijk")


def test_a_traineeship_learning_agreement_is_a_work_or_study_contract():
    """An Erasmus+ "Learning Agreement for Traineeships" (fresh7's studied half): the
    trainee's name after its label, the period "from 1st March 2026 till 28th February
    2027" in English ordinals; typed `unknown` before."""
    rows = [(46, 47, "Erasmus+ Trainee's name: Lina de Groot"), (169, 90, "Learning Agreement for Traineeships"),
            (46, 120, "Trainee"), (49, 137, "Last name(s) First name(s) Date of birth Nationality"),
            (49, 152, "de Groot Lina 6th July 2004 Dutch"),
            (46, 234, "Receiving Organisation / Enterprise"),
            (55, 321, "Table A - Traineeship Programme at the Receiving Organisation"),
            (55, 334, "Planned period of the physical mobility: from 1st March 2026 till 28th February 2027"),
            (55, 358, "Number of working hours per week: 38")]
    document = only_document(placed_pdf([rows]))
    fields = field_values(document)
    assert document.doc_type.value == "arbeidsovereenkomst"
    assert (fields["employee_name"], fields["start_date"], fields["end_date"]) == ("Lina de Groot", "2026-03-01", "2027-02-28")
