"""placeholder until scripts/generate.py writes this package"""
from ._client_base import AsyncAPIClient as AsyncClient, SyncAPIClient as Client
