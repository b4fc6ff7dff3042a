//! mistake: Python's f-string for the endpoint URL (`await get_json(f"{BASE}/users/{id}")`)
//! offending: f"{BASE}/users/{id}"
//! category: python-habit
const BASE: &str = "https://api.example.com";

async fn get_json(url: String) -> usize {
    url.len()
}

async fn run() {
    let ids = vec![7, 42];
    let mut users = Vec::new();
    for id in ids {
        users.push(get_json(f"{BASE}/users/{id}").await);
    }
    println!("{users:?}");
}

fn main() {
    futures::executor::block_on(run());
}
