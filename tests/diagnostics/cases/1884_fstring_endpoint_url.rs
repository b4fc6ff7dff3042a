//! mistake: Python's f-string for the endpoint URL (`await get_json(f"{BASE}/users/{id}")`)
//! offending: f"{BASE}/users/{id}"
//! category: python-habit
use comprehensions::acomp;

const BASE: &str = "https://api.example.com";

async fn get_json(url: String) -> usize {
    url.len()
}

async fn run() {
    let ids = vec![7, 42];
    let users = acomp![get_json(f"{BASE}/users/{id}").await for id in ids];
    println!("{users:?}");
}

fn main() {
    futures::executor::block_on(run());
}
