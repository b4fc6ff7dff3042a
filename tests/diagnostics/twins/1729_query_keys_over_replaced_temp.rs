//! mistake: returning `&str` keys borrowed from a temporary `String` made by `.replace(..)` in the iterable
//! offending: query.replace("%26", "&").split('&').map(|kv| kv.split('=').next().unwrap()).collect()
//! category: ownership

fn query_keys(query: &str) -> Vec<&str> {
    query.replace("%26", "&").split('&').map(|kv| kv.split('=').next().unwrap()).collect()
}

fn main() {
    println!("{:?}", query_keys("page=2&per_page=20"));
}
