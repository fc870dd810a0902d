"""You Choose: the result sheet of a ballot (PDF), for the noticeboard and the Board."""
