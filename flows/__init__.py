"""Prefect flows: the pipeline from inbox to report (`process_inbox`), and its runtime settings.

Only this package imports Prefect; the domain code it sequences lives in `extractors/`,
`validators/` and `woondossier/`, plain functions that run and are tested without it.
"""
