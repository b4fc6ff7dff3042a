//! mistake: Python's `base_url + path` with an owned `String` base, which `+` moves on the first item
//! offending: base_url
//! category: ownership

fn main() {
    let base_url = String::from("https://api.example.com");
    let endpoints = vec!["/users", "/orders"];
    let mut urls = Vec::new();
    for e in endpoints {
        urls.push(base_url + e);
    }
    println!("{urls:?}");
}
