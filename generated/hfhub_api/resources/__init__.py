"""One module per resource of the Hub API. Generated: do not edit."""
