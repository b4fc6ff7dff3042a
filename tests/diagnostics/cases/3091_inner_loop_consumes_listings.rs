//! mistake: grouped listings by agent with an inner `for` that consumes `listings` on every agent
//! offending: listings
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Agent {
    id: u32,
    name: String,
}

struct Listing {
    mls: String,
    agent_id: u32,
}

fn main() {
    let agents = vec![Agent { id: 1, name: "Maria".into() }, Agent { id: 2, name: "Dev".into() }];
    let listings = vec![
        Listing { mls: "IL-1".into(), agent_id: 1 },
        Listing { mls: "IL-2".into(), agent_id: 2 },
        Listing { mls: "IL-3".into(), agent_id: 1 },
    ];
    let by_agent: HashMap<String, Vec<String>> =
        comp!({a.name.clone(): [l.mls for l in listings if l.agent_id == a.id] for a in &agents});
    println!("{by_agent:?}");
}
