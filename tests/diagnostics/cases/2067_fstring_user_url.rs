//! mistake: built each endpoint URL with a Python f-string instead of `format!`
//! offending: f"{BASE}/users/{uid}"
//! category: python-habit
use comprehensions::comp;

const BASE: &str = "https://api.example.com/v2";

fn main() {
    let user_ids: Vec<u64> = vec![17, 42, 99];
    let urls: Vec<String> = comp![f"{BASE}/users/{uid}" for uid in &user_ids];
    for u in &urls {
        println!("GET {u}");
    }
}
