"""The task helpers' sans-I/O halves: each checks its arguments and returns a ``TaskCall``.

Both clients expose these functions as methods (see ``hfhub._methods``); their signatures and
docstrings are the methods'.
"""
