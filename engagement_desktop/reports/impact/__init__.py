"""The annual Involvement Impact Assessment: inputs -> outputs -> outcomes -> impact."""
