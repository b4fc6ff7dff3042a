//! mistake: returned `&str`s borrowed from a local `Vec<String>` that is dropped at the end of the function
//! offending: raw
//! category: ownership

fn load() -> Vec<String> {
    vec!["db-1.prod".to_string(), "db-2.prod".to_string()]
}

fn hostnames() -> Vec<&'static str> {
    let raw = load();
    raw.iter().map(|r| r.as_str()).collect()
}

fn main() {
    println!("{:?}", hostnames());
}
