"""Writing every workbook the same way: the shared xlsx writer and layout,
streamed writing for long tables, whole-table and list-screen exports.
"""
