"""Reading any spreadsheet safely: the readers, the workbook and sheet-size guards,
.xls in a child process, cell values, column mappings, and bulk-read settings.
"""
