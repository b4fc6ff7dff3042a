//! mistake: returned `&str`s borrowed from a local `Vec<String>` that is dropped at the end of the function
//! offending: raw
//! category: ownership
use comprehensions::comp;

fn load() -> Vec<String> {
    vec!["db-1.prod".to_string(), "db-2.prod".to_string()]
}

fn hostnames() -> Vec<&'static str> {
    let raw = load();
    comp![r.as_str() for r in &raw]
}

fn main() {
    println!("{:?}", hostnames());
}
