//! mistake: builds a `{id: entry}` index over `&self.entries` and returns it as a map of owned entries (Python's dict holds references)
//! offending: e.id: e
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Entry {
    id: u32,
    title: String,
}

struct Journal {
    entries: Vec<Entry>,
}

impl Journal {
    fn by_id(&self) -> HashMap<u32, Entry> {
        comp!({e.id: e for e in &self.entries})
    }
}

fn main() {
    let j = Journal { entries: vec![Entry { id: 1, title: "hi".into() }] };
    println!("{:?}", j.by_id());
}
