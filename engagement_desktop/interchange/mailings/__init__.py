"""Mailings in the files other programs take: the mailing list (xlsx/CSV) for a print
room or mailing house, personalised .eml drafts with BCC batches for the officer's
mail program, a CSV in the shape SMS services import, an .ics invitation, and the
letters as a Word .docx (python-docx) for those who edit in Word. Nothing is sent."""
