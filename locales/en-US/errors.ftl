# Error messages shown to the user. Ids are `error-` + the core's ErrorCode.

error-not-found = That item no longer exists. Reload the list and try again.
error-invalid-input = Some of what you entered cannot be used: { $detail }
error-invalid-date = That is not a date. Use the form YYYY-MM-DD, for example 2026-03-09.
error-store-corrupt = Your RightsDesk database is damaged. Nothing was changed. Restore your latest backup from Settings.
error-store-not-a-database = The chosen file is not a RightsDesk database (or it is encrypted). Nothing was changed.
error-store-newer-schema = This database was saved by a newer version of RightsDesk. Update RightsDesk to open it.
error-store-read-only = RightsDesk cannot write to its data folder. Check that the folder exists and that you may write to it.
error-store-disk-full = The disk is full, so nothing was saved. Free some space and try again.
error-store-busy = The database is in use by another program. Close other copies of RightsDesk and try again.
error-store-io = RightsDesk could not read or write its data: { $detail }
error-append-only = The history of a request cannot be changed after it was recorded. Add a note instead.
error-holder-in-use = This company has requests on record. Their history is evidence, so the company cannot be deleted; close the requests instead.
error-attachment-unreadable = The attached file cannot be read. Check that it still exists and try again.
error-attachment-too-large = The attached file is too large (the limit is 50 MB).
error-calendar-unknown = The official holiday calendar for { $year } is not available yet, so the working-day deadline cannot be computed.
error-not-sent = Mark the request as sent first.
error-already-sent = This request was already marked as sent.
error-citation-refused = The letter would cite a text that is not binding law in force on its date, so it was not produced.
error-pdf = The PDF could not be written: { $detail }
error-import = The file could not be imported: { $detail }
error-fetch = The page could not be fetched: { $detail }
error-internal = Something went wrong inside RightsDesk: { $detail }
