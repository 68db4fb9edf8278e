"""Views translate HTTP to a service call and back; they live in one module per audience."""
