//! mistake: returning `&str` keys borrowed from a temporary `String` made by `.replace(..)` in the iterable
//! offending: comp![kv.split('=').next().unwrap() for kv in query.replace("%26", "&").split('&')]
//! category: ownership
use comprehensions::comp;

fn query_keys(query: &str) -> Vec<&str> {
    comp![kv.split('=').next().unwrap() for kv in query.replace("%26", "&").split('&')]
}

fn main() {
    println!("{:?}", query_keys("page=2&per_page=20"));
}
