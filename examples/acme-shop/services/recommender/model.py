"""Product recommendations. Reads its flag through the Unleash Python client."""
from UnleashClient import UnleashClient

client = UnleashClient(url="http://localhost:4242/api", app_name="recommender")


def recommend(user_id: str, history: list[str]) -> list[str]:
    if client.is_enabled("recs-v2-model", {"userId": user_id}):
        return _v2(history)
    return _v1(history)


def _v1(history: list[str]) -> list[str]:
    return history[-3:]


def _v2(history: list[str]) -> list[str]:
    return sorted(set(history), key=history.index)[-5:]
