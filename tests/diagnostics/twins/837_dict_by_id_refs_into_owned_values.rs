//! mistake: builds a `{id: entry}` index over `&self.entries` and returns it as a map of owned entries (Python's dict holds references)
//! offending: insert(e.id, e)
//! category: type
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
        let mut map: HashMap<u32, Entry> = HashMap::new();
        for e in &self.entries {
            map.insert(e.id, e);
        }
        map
    }
}

fn main() {
    let j = Journal { entries: vec![Entry { id: 1, title: "hi".into() }] };
    println!("{:?}", j.by_id());
}
