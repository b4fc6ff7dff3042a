//! mistake: joined each token's scopes with Python's `" ".join(list)` on the separator string
//! offending: join
//! category: python-habit
use comprehensions::comp;

struct AccessToken {
    client_id: String,
    scopes: Vec<String>,
}

fn main() {
    let tokens = vec![
        AccessToken { client_id: "web".to_string(), scopes: vec!["read".to_string(), "write".to_string()] },
        AccessToken { client_id: "cli".to_string(), scopes: vec!["read".to_string()] },
    ];
    let scope_headers = comp![(t.client_id.as_str(), " ".join(&t.scopes)) for t in &tokens];
    println!("{scope_headers:?}");
}
