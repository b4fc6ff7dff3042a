//! mistake: used `?` on a `HashMap::get` lookup inside a function returning `Result`
//! offending: ?
//! category: try
use comprehensions::{comp};
use std::collections::HashMap;

#[derive(Debug)]
enum ChatError {
    UnknownUser(u64),
}

fn display_names(nicks: &HashMap<u64, String>, ids: &[u64]) -> Result<Vec<String>, ChatError> {
    comp![nicks.get(id)?.clone() for id in ids]
}

fn main() {
    let nicks = HashMap::from([(1, "alice".to_string())]);
    let _ = ChatError::UnknownUser(0);
    println!("{:?}", display_names(&nicks, &[1, 2]));
}
