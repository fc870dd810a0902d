"""What every report shares: fonts, hiding small numbers, page numbering."""
