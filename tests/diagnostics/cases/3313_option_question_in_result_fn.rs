//! mistake: used `?` on `HashMap::get`'s `Option` in a function returning `Result`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
enum FeedError {
    UnknownHandle(String),
}

fn resolve_mentions(handles: &[&str], directory: &HashMap<String, u64>) -> Result<Vec<u64>, FeedError> {
    if handles.is_empty() {
        return Err(FeedError::UnknownHandle(String::new()));
    }
    comp![*directory.get(*h)? for h in handles]
}

fn main() {
    let mut directory = HashMap::new();
    directory.insert("@ana".to_string(), 1u64);
    println!("{:?}", resolve_mentions(&["@ana", "@ghost"], &directory));
}
