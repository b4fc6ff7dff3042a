//! mistake: Python's `base_url + path` with an owned `String` base, which `+` moves on the first item
//! offending: base_url
//! category: ownership
use comprehensions::comp;

fn main() {
    let base_url = String::from("https://api.example.com");
    let endpoints = vec!["/users", "/orders"];
    let urls = comp![base_url + e for e in endpoints];
    println!("{urls:?}");
}
